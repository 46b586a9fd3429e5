/** A seeded synthetic radiology report generator whose PHI labels are recorded while the text is built. */
package org.raddeid.corpora.generator;
