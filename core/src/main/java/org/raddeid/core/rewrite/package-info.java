/**
 * Rewriting found PHI: operators that turn a span into its replacement, and the secret and scope that keyed
 * operators use. Work in progress for the rewriting issue: redact, mask, hash and remove are here; surrogates, date
 * shifting, policies and {@code Deidentifier.deidentify} come next.
 */
package org.raddeid.core.rewrite;
