package org.raddeid.corpora.generator;

import java.util.Locale;

/**
 * The name pools the generator draws from. Each pool is a curated list of given names and surnames found in the
 * shared dictionaries; the origin is a coarse label of the pool, recorded in {@code Annotation.origin()} so
 * evaluations can report recall per origin. It says nothing about any real person.
 */
public enum NameOrigin {
    ANGLO,
    HISPANIC,
    EAST_ASIAN,
    SOUTH_ASIAN,
    AFRICAN,
    MIDDLE_EASTERN,
    SLAVIC,
    CONTINENTAL_EUROPEAN;

    /** Returns the resource file stem of this pool, such as {@code east-asian}. */
    public String resourceStem() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
