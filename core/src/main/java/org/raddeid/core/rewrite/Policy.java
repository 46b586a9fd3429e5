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

    /**
     * HIPAA Safe Harbor with type tags: every identifier becomes {@code [TYPE]}, except that ZIP codes keep their first
     * three digits where allowed and ages over 89 become {@code 90+}.
     */
    public static Policy safeHarbor() {
        return new Policy("safe-harbor", Map.of(), Map.of(PhiSubtype.ZIP, SafeHarbor.zip(), PhiSubtype.AGE,
                SafeHarbor.ageOver89("90+")), Operators.redactTag());
    }
}
