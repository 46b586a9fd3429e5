/** Dictionary matching over analysed text: phrase tries, the medical allowlist veto, and the name and place cue lexicons. */
package org.raddeid.recognizers.dictionary;
