/** Regex recognizers kept as data: pattern definitions per PHI kind, their validators, and the one recognizer that runs them. */
package org.raddeid.recognizers.pattern;
