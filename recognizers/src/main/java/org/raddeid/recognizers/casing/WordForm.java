package org.raddeid.recognizers.casing;

/** How the truecaser writes one word of a line whose case it restores. */
enum WordForm {
    /** As it is: an abbreviation in capitals, a code, a word with digits. */
    KEEP,
    /** All lower case ({@code the}, {@code hemostasis}); capitalised when it starts a sentence. */
    LOWER,
    /** First letter upper, rest lower, per part of a compound ({@code Gomez}, {@code O'Brien}, {@code Smith-Jones}). */
    CAPITALISED,
    /** All upper case: an abbreviation written in capitals ({@code NPO}, {@code PICC}). */
    UPPER
}
