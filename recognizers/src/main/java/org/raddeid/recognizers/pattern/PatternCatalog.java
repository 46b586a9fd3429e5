package org.raddeid.recognizers.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * Every built-in pattern definition, in run order. Adding a PHI kind is one file returning its definitions and one
 * line here. Thread-safe: the list is built once and immutable.
 */
public final class PatternCatalog {

    private static final List<PatternDefinition> ALL = build();

    private PatternCatalog() {
    }

    /** Returns all built-in definitions. Unmodifiable; the regexes are compiled once per JVM. */
    public static List<PatternDefinition> all() {
        return ALL;
    }

    private static List<PatternDefinition> build() {
        List<PatternDefinition> all = new ArrayList<>();
        all.addAll(DatePatterns.definitions());
        all.addAll(PhonePatterns.definitions());
        all.addAll(WebPatterns.definitions());
        all.addAll(SsnPatterns.definitions());
        all.addAll(AddressPatterns.definitions());
        all.addAll(AgePatterns.definitions());
        all.addAll(LabelledIdPatterns.definitions());
        all.addAll(ProviderIdPatterns.definitions());
        all.addAll(PersonPatterns.definitions());
        all.addAll(PaymentPatterns.definitions());
        return List.copyOf(all);
    }
}
