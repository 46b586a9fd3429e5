package org.raddeid.corpora.generator;

import java.util.Locale;
import org.raddeid.core.PhiSubtype;

/**
 * The header of a legacy RIS export: fixed-width fields with dotted labels, two columns, the age as {@code 071Y}, the
 * whole report later written in capitals by the builder's voice. Stateless.
 */
final class LegacyHeader {

    private static final int LABEL = 14;
    private static final int SECOND_COLUMN = 42;

    private LegacyHeader() {
    }

    static void write(Draft d) {
        d.t("RADIOLOGY REPORT");
        pad(d, SECOND_COLUMN);
        d.phi(d.hospital, PhiSubtype.HOSPITAL).nl();
        label(d, "PATIENT").name(d.patient, PhiSubtype.PATIENT, NameStyle.CAPS_LAST_COMMA_FIRST);
        pad(d, SECOND_COLUMN);
        label(d, "MRN").phi(Identifiers.mrn(d.rnd), PhiSubtype.MEDICALRECORD).nl();
        label(d, "DOB").date(d.dob, PhiSubtype.DOB, DateStyle.US_SLASH);
        pad(d, SECOND_COLUMN);
        if (d.chance(0.5)) {
            label(d, "AGE/SEX");
            ageCode(d, false);
            d.t("/" + (d.female ? "F" : "M")).nl();
        } else {
            label(d, "AGE");
            ageCode(d, true);
            d.t("   SEX: " + (d.female ? "F" : "M")).nl();
        }
        label(d, "ACCESSION").phi(Identifiers.accession(d.rnd, d.examDate.getYear()), PhiSubtype.ACCESSION);
        pad(d, SECOND_COLUMN);
        label(d, "EXAM DATE").dateTime(d.examDate, d.examTime, PhiSubtype.DATE).nl();
        label(d, "EXAM").t(d.data.phrases().phrase(d.rnd, d.modality, PhraseBank.Section.EXAM)
                .toUpperCase(Locale.ROOT)).nl();
        label(d, "ORDERING DR").doctor(d.ordering).nl();
        if (d.chance(0.4)) {
            label(d, "LOCATION").t("RM ").phi(String.valueOf(100 + d.rnd.nextInt(900)), PhiSubtype.ROOM).nl();
        }
        if (d.chance(0.3)) {
            label(d, "PHONE").phi(Identifiers.phone(d.rnd), PhiSubtype.PHONE).nl();
        }
        d.t("-".repeat(60)).nl();
    }

    /** The age as a DICOM-like code: {@code 071Y}, or {@code 71Y}; labelled only when 90 or over. */
    private static void ageCode(Draft d, boolean padded) {
        String n = padded ? String.format(Locale.ROOT, "%03d", d.age) : String.valueOf(d.age);
        if (d.age >= 90) {
            d.phi(n, PhiSubtype.AGE);
        } else {
            d.t(n);
        }
        d.t("Y");
    }

    /** A label padded with dots to a fixed width, then a colon: {@code PATIENT......: }. */
    private static Draft label(Draft d, String name) {
        return d.t(name + ".".repeat(Math.max(1, LABEL - name.length())) + ": ");
    }

    private static void pad(Draft d, int column) {
        d.t(" ".repeat(Math.max(2, column - d.out.column())));
    }
}
