package org.raddeid.core.rewrite;

import java.util.List;

/**
 * The names surrogates are drawn from, supplied by a module that ships word lists (core has none). Given names are
 * grouped by initial so that a surrogate keeps the mapping of initials ({@code J. Smith} and {@code John Smith} become
 * {@code L. Brown} and {@code Liam Brown}).
 */
public interface NamePool {

    /** Returns capitalised given names starting with upper-case {@code initial} (A-Z); may be empty. */
    List<String> givenNames(char initial);

    /** Returns capitalised surnames; never empty. */
    List<String> surnames();

    /** Returns true when the lower-cased word is known as a given name (else it is treated as a surname). */
    boolean isGivenName(String lower);

    /**
     * Returns surnames written with an apostrophe ({@code O'Neill}, {@code D'Angelo}), the surrogates of such names;
     * empty when the pool has none (the original's prefix is then kept before an ordinary surname).
     */
    default List<String> apostropheSurnames() {
        return List.of();
    }
}
