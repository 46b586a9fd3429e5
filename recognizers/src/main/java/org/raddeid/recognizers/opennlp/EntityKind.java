package org.raddeid.recognizers.opennlp;

import java.util.Locale;
import java.util.Optional;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

/**
 * The entity types the name finder can learn, with the OpenNLP type string each is trained and found as, and the PHI
 * type and subtype it is reported as. Names of every subtype (patient, doctor, relative, user name) are one kind:
 * context rarely tells them apart and the ensemble needs only the type.
 */
public enum EntityKind {
    /** Person names of every subtype. */
    NAME(PhiType.NAME, null),
    /** Hospitals and other care sites. */
    HOSPITAL(PhiType.LOCATION, PhiSubtype.HOSPITAL),
    /** Departments and named units of a hospital. */
    DEPARTMENT(PhiType.LOCATION, PhiSubtype.DEPARTMENT),
    /** Organisations: insurers, employers, companies. */
    ORGANIZATION(PhiType.LOCATION, PhiSubtype.ORGANIZATION),
    /** Professions and job titles. */
    PROFESSION(PhiType.PROFESSION, PhiSubtype.PROFESSION);

    private final PhiType type;
    private final PhiSubtype subtype;

    EntityKind(PhiType type, PhiSubtype subtype) {
        this.type = type;
        this.subtype = subtype;
    }

    /** Returns the type string used inside the OpenNLP model, such as {@code name}. */
    public String modelType() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the PHI type spans of this kind are reported as. */
    public PhiType type() {
        return type;
    }

    /** Returns the PHI subtype spans of this kind are reported as, or null (names: patient or doctor is unknown). */
    public PhiSubtype subtype() {
        return subtype;
    }

    /** Returns the kind a gold span is learnt as, or empty when the model does not learn spans like it. */
    public static Optional<EntityKind> of(PhiSpan gold) {
        if (gold.type() == PhiType.NAME) {
            return Optional.of(NAME);
        }
        if (gold.type() == PhiType.PROFESSION) {
            return Optional.of(PROFESSION);
        }
        if (gold.subtype() == null) {
            return Optional.empty();
        }
        return switch (gold.subtype()) {
            case HOSPITAL -> Optional.of(HOSPITAL);
            case DEPARTMENT -> Optional.of(DEPARTMENT);
            case ORGANIZATION -> Optional.of(ORGANIZATION);
            default -> Optional.empty();
        };
    }

    /** Returns the kind with model type string {@code modelType}, or empty for a string this build does not know. */
    public static Optional<EntityKind> ofModelType(String modelType) {
        for (EntityKind k : values()) {
            if (k.modelType().equals(modelType)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
