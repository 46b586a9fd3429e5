package org.raddeid.core.rewrite;

import java.util.List;
import org.raddeid.core.PhiSubtype;

/**
 * The real-world values surrogates are drawn from, supplied by a module that ships word lists (core has none): names,
 * and per location-like subtype a list of plausible values. Implementations are immutable and thread-safe.
 */
public interface SurrogatePools {

    /** Returns the person names. */
    NamePool names();

    /**
     * Returns plausible values for {@code subtype}, as they would be written in Title case: hospital names for
     * {@link PhiSubtype#HOSPITAL}, real cities for {@link PhiSubtype#CITY}, full state names for
     * {@link PhiSubtype#STATE}, street names without a number or suffix ({@code Maple}) for {@link PhiSubtype#STREET},
     * and so on for {@code ORGANIZATION}, {@code DEPARTMENT}, {@code COUNTRY}, {@code PROFESSION}. A value may hold
     * {@link Surrogates#SURNAME}, replaced by a surrogate surname. Empty when the pool has none; never null.
     */
    List<String> values(PhiSubtype subtype);

    /** Returns two-letter state codes ({@code OH}), used when the original state was written as a code. */
    List<String> stateCodes();
}
