package org.raddeid.corpora.generator;

import java.util.Locale;

/** The imaging modalities the generator writes reports for; each has its own phrase bank resource. */
public enum Modality {
    CT("CT"),
    MR("MRI"),
    RADIOGRAPH("XR"),
    ULTRASOUND("US"),
    MAMMOGRAPHY("MAMMO"),
    PET_CT("PET/CT"),
    NUCLEAR_MEDICINE("NM"),
    INTERVENTIONAL("IR");

    private final String code;

    Modality(String code) {
        this.code = code;
    }

    /** Returns the short department code printed in headers, such as {@code MRI}. */
    public String code() {
        return code;
    }

    /** Returns the phrase bank resource name, such as {@code phrases/pet-ct.txt}. */
    public String resourceName() {
        return "phrases/" + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
    }
}
