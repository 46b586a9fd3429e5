package org.raddeid.evaluation;

import java.util.Comparator;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.corpora.Annotation;

/** The ways scores are grouped; each gives a key (or null: not in any group) for gold annotations and found spans. */
enum Grouping {
    /** Everything in one group, for the overall scores. */
    ALL,
    TYPE,
    SUBTYPE,
    /** Name origin; found spans have none. */
    ORIGIN;

    static final String ALL_KEY = "ALL";

    String key(Annotation a) {
        return switch (this) {
            case ALL -> ALL_KEY;
            case TYPE -> a.type().name();
            case SUBTYPE -> a.subtype() == null ? null : a.subtype().name();
            case ORIGIN -> a.origin();
        };
    }

    String key(PhiSpan s) {
        return switch (this) {
            case ALL -> ALL_KEY;
            case TYPE -> s.type().name();
            case SUBTYPE -> s.subtype() == null ? null : s.subtype().name();
            case ORIGIN -> null;
        };
    }

    /** Returns the order keys appear in reports: enum order for types and subtypes, alphabetical for origins. */
    Comparator<String> order() {
        return switch (this) {
            case TYPE -> Comparator.comparingInt(k -> PhiType.valueOf(k).ordinal());
            case SUBTYPE -> Comparator.comparingInt(k -> PhiSubtype.valueOf(k).ordinal());
            default -> Comparator.naturalOrder();
        };
    }
}
