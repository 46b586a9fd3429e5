package org.raddeid.core.rewrite;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

/**
 * Which operator rewrites which PHI: a subtype's operator wins over its type's, and a type without one falls back to
 * {@code fallback} (never "keep" by accident: when unsure, remove). Immutable and thread-safe.
 *
 * @param name the policy's name, shown in outputs
 * @param byType operators per type
 * @param bySubtype operators per subtype, overriding {@code byType}
 * @param fallback the operator for anything else
 */
public record Policy(String name, Map<PhiType, Operator> byType, Map<PhiSubtype, Operator> bySubtype,
        Operator fallback) {

    public Policy {
        Objects.requireNonNull(name, "name");
        byType = byType.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byType));
        bySubtype = bySubtype.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(bySubtype));
        Objects.requireNonNull(fallback, "fallback");
    }

    /** Returns the operator for {@code span}. */
    public Operator operatorFor(PhiSpan span) {
        if (span.subtype() != null) {
            Operator o = bySubtype.get(span.subtype());
            if (o != null) {
                return o;
            }
        }
        return byType.getOrDefault(span.type(), fallback);
    }

    /** Returns a copy in which {@code type} is rewritten by {@code operator} (its subtypes' own rules still win). */
    public Policy withOperator(PhiType type, Operator operator) {
        Map<PhiType, Operator> m = new EnumMap<>(PhiType.class);
        m.putAll(byType);
        m.put(type, Objects.requireNonNull(operator, "operator"));
        return new Policy(name, m, bySubtype, fallback);
    }

    /** Returns a copy in which {@code subtype} is rewritten by {@code operator}. */
    public Policy withOperator(PhiSubtype subtype, Operator operator) {
        Map<PhiSubtype, Operator> m = new EnumMap<>(PhiSubtype.class);
        m.putAll(bySubtype);
        m.put(subtype, Objects.requireNonNull(operator, "operator"));
        return new Policy(name, byType, m, fallback);
    }

    /** Returns a copy called {@code newName}. */
    public Policy named(String newName) {
        return new Policy(newName, byType, bySubtype, fallback);
    }

    /**
     * HIPAA Safe Harbor with type tags: every identifier becomes {@code [TYPE]}, except that ZIP codes keep their first
     * three digits where allowed and ages over 89 become {@code 90+}.
     */
    public static Policy safeHarbor() {
        return safeHarbor("safe-harbor", SafeHarbor.keepYears(Operators.redactTag()), SafeHarbor.ageOver89("90+"));
    }

    /** {@link #safeHarbor()} with its own name and operators for dates and ages; everything else as there. */
    public static Policy safeHarbor(String name, Operator dates, Operator ages) {
        return new Policy(name, Map.of(PhiType.DATE, dates), Map.of(PhiSubtype.ZIP, SafeHarbor.zip(),
                PhiSubtype.AGE, ages), Operators.redactTag());
    }

    /** The default shift range of the presets, in days either way: up to about a year, never zero. */
    public static final int DEFAULT_MIN_SHIFT_DAYS = 1;

    /** The default largest shift of the presets, in days. */
    public static final int DEFAULT_MAX_SHIFT_DAYS = 365;

    /**
     * Hide in plain sight: every identifier becomes a realistic surrogate ({@link Surrogates}), dates move by the
     * patient's keyed shift (1 to 365 days either way) keeping their format, years alone are kept, ZIP codes and ages
     * over 89 follow Safe Harbor.
     */
    public static Policy surrogate(SurrogatePools pools) {
        return surrogate("surrogate", pools,
                SafeHarbor.keepYears(new DateShift(DEFAULT_MIN_SHIFT_DAYS, DEFAULT_MAX_SHIFT_DAYS)),
                SafeHarbor.ageOver89("90+"));
    }

    /** {@link #surrogate(SurrogatePools)} with its own name and operators for dates and ages. */
    public static Policy surrogate(String name, SurrogatePools pools, Operator dates, Operator ages) {
        return new Policy(name, Map.of(), Map.of(), new Surrogates(pools, dates, ages, SafeHarbor.zip()));
    }

    /**
     * A HIPAA limited data set (45 CFR 164.514(e)): dates, ages, cities, states, ZIP codes and countries are kept;
     * every direct identifier (names, street addresses, contacts, identifiers, institutions) becomes a type tag. Only
     * for recipients under a data use agreement.
     */
    public static Policy limitedDataSet() {
        Operator keep = Operators.keep();
        Map<PhiSubtype, Operator> kept = new EnumMap<>(PhiSubtype.class);
        for (PhiSubtype s : new PhiSubtype[] {PhiSubtype.CITY, PhiSubtype.STATE, PhiSubtype.ZIP, PhiSubtype.COUNTRY}) {
            kept.put(s, keep);
        }
        return new Policy("limited-data-set", Map.of(PhiType.DATE, keep, PhiType.AGE, keep), kept,
                Operators.redactTag());
    }
}
