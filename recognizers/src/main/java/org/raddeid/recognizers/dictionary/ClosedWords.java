package org.raddeid.recognizers.dictionary;

import java.util.Set;

/** Small closed word classes that several recognizers and the truecaser test, in lower case, kept in one place. */
public final class ClosedWords {

    /** Days of the week: capitalised, and no one's name. */
    public static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** US state codes and Puerto Rico, which stand alone after a city ({@code Boston, MA}). */
    public static final Set<String> US_STATE_CODES = Set.of("al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc",
            "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt",
            "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut",
            "vt", "va", "wa", "wv", "wi", "wy", "pr");

    /** Particles that may open or join the words of a captured name ({@code van der Berg}, {@code de la Cruz}). */
    public static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "del", "della", "der", "den", "di",
            "da", "du", "le", "la", "al", "el", "bin", "ibn", "ben", "dos", "das", "ter", "st");

    private ClosedWords() {}
}
