package org.raddeid.dicom.deid;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The options of the PS3.15 Basic Application Level Confidentiality Profile that change actions of Table E.1-1, each
 * with its column in the table and its code from CID 7050 (De-identification Method), coding scheme DCM.
 */
public enum ProfileOption {
    RETAIN_SAFE_PRIVATE("retain_safe_private", "113111", "Retain Safe Private Option"),
    RETAIN_UIDS("retain_uids", "113110", "Retain UIDs Option"),
    RETAIN_DEVICE_IDENTITY("retain_device_ident", "113109", "Retain Device Identity Option"),
    RETAIN_INSTITUTION_IDENTITY("retain_institution_ident", "113112", "Retain Institution Identity Option"),
    RETAIN_PATIENT_CHARACTERISTICS("retain_patient_chars", "113108", "Retain Patient Characteristics Option"),
    RETAIN_LONGITUDINAL_FULL_DATES("retain_long_full_dates", "113106",
            "Retain Longitudinal Temporal Information Full Dates Option"),
    RETAIN_LONGITUDINAL_MODIFIED_DATES("retain_long_modif_dates", "113107",
            "Retain Longitudinal Temporal Information Modified Dates Option"),
    CLEAN_DESCRIPTORS("clean_desc", "113105", "Clean Descriptors Option"),
    CLEAN_STRUCTURED_CONTENT("clean_struct_cont", "113104", "Clean Structured Content Option"),
    CLEAN_GRAPHICS("clean_graph", "113103", "Clean Graphics Option");

    /** CID 7050 code of the profile itself, always present in the De-identification Method Code Sequence. */
    public static final String BASIC_PROFILE_CODE = "113100";

    /** CID 7050 meaning of {@link #BASIC_PROFILE_CODE}. */
    public static final String BASIC_PROFILE_MEANING = "Basic Application Confidentiality Profile";

    /**
     * raddeid's default: the Basic Profile with descriptors and structured content cleaned through the recognizers
     * and dates shifted per patient (as in report text), so that reports, SR and headers stay usable and consistent.
     */
    public static final Set<ProfileOption> DEFAULTS = Set.copyOf(EnumSet.of(CLEAN_DESCRIPTORS, CLEAN_STRUCTURED_CONTENT,
            RETAIN_LONGITUDINAL_MODIFIED_DATES));

    private final String column;
    private final String code;
    private final String meaning;

    ProfileOption(String column, String code, String meaning) {
        this.column = column;
        this.code = code;
        this.meaning = meaning;
    }

    /** Returns the column of {@code ps3.15-e1-1.csv} holding this option's actions. */
    public String column() {
        return column;
    }

    /** Returns the CID 7050 code value. */
    public String code() {
        return code;
    }

    /** Returns the CID 7050 code meaning. */
    public String meaning() {
        return meaning;
    }

    /** Returns the name used on the command line and in the API: {@code clean-descriptors}, ... */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a comma-separated list of {@link #cliName()}s; {@code default} stands for {@link #DEFAULTS} and
     * {@code none} (or {@code basic}) for the Basic Profile alone.
     *
     * @throws IllegalArgumentException naming the unknown option, or when both longitudinal options are asked for
     */
    public static Set<ProfileOption> parseList(String list) {
        EnumSet<ProfileOption> out = EnumSet.noneOf(ProfileOption.class);
        for (String raw : list.split(",")) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || name.equals("none") || name.equals("basic")) {
                continue;
            }
            if (name.equals("default")) {
                out.addAll(DEFAULTS);
                continue;
            }
            ProfileOption found = null;
            for (ProfileOption o : values()) {
                if (o.cliName().equals(name)) {
                    found = o;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("unknown profile option '" + name + "'; known: default, none, "
                        + String.join(", ", java.util.Arrays.stream(values()).map(ProfileOption::cliName).toList()));
            }
            out.add(found);
        }
        validate(out);
        return Set.copyOf(out);
    }

    /** Rejects option sets the standard does not allow together. */
    public static void validate(Set<ProfileOption> options) {
        if (options.contains(RETAIN_LONGITUDINAL_FULL_DATES) && options.contains(RETAIN_LONGITUDINAL_MODIFIED_DATES)) {
            throw new IllegalArgumentException("retain-longitudinal-full-dates and retain-longitudinal-modified-dates "
                    + "exclude each other");
        }
    }
}
