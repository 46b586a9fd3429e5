package org.raddeid.corpora.generator;

import java.util.Objects;

/**
 * A generated person's name. Immutable.
 *
 * @param given the given name, capitalised
 * @param middleInitial a middle initial letter, or {@code '\0'} when none
 * @param family the surname, possibly hyphenated ({@code Garcia-Lopez}) or multi-word ({@code van der Berg})
 * @param origin the pool the name was drawn from
 */
public record PersonName(String given, char middleInitial, String family, NameOrigin origin) {

    public PersonName {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(origin, "origin");
    }

    /** Returns true when a middle initial is present. */
    public boolean hasMiddle() {
        return middleInitial != '\0';
    }
}
