/** Scoring of found PHI spans against gold labels (token and entity level) and the JSON, Markdown and HTML reports. */
package org.raddeid.evaluation;
