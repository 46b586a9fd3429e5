package org.raddeid.corpora.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.raddeid.core.PhiSubtype;

/**
 * Writes the report header: facility block and patient/exam fields in one of three layouts (caps labels, title-case
 * labels, terse labels), with fields sometimes missing and partly shuffled. Stateless.
 */
final class HeaderSection {

    private static final List<String> UNIT_KINDS = List.of("Imaging Center", "Pavilion", "Breast Center",
            "Outpatient Imaging", "Heart and Vascular Institute");
    private static final List<String> PLANS = List.of("Aetna", "Blue Cross Blue Shield", "UnitedHealthcare",
            "Cigna", "Humana", "Kaiser Permanente");

    private HeaderSection() {
    }

    static void write(Draft d) {
        int layout = d.rnd.nextInt(3);
        facility(d);
        List<Consumer<Draft>> fields = new ArrayList<>();
        fields.add(x -> patientName(x, layout));
        fields.add(x -> mrn(x, layout));
        fields.add(x -> dob(x, layout));
        if (x(d, 0.9)) {
            fields.add(x -> accession(x, layout));
        }
        fields.add(x -> examDate(x, layout));
        if (x(d, 0.85)) {
            fields.add(x -> label(x, layout, "ORDERING PHYSICIAN", "Ordering Physician", "Ordered by").doctor(x.ordering)
                    .nl());
        }
        if (x(d, 0.3)) {
            fields.add(HeaderSection::address);
        }
        if (x(d, 0.25)) {
            fields.add(x -> label(x, layout, "PHONE", "Patient Phone", "Tel").phi(Identifiers.phone(x.rnd),
                    PhiSubtype.PHONE).nl());
        }
        if (x(d, 0.2)) {
            fields.add(x -> label(x, layout, "ACCOUNT #", "Account Number", "Acct").phi(Identifiers.account(x.rnd),
                    PhiSubtype.ACCOUNT).nl());
        }
        if (x(d, 0.15)) {
            fields.add(HeaderSection::insurance);
        }
        if (x(d, 0.04)) {
            fields.add(x -> label(x, layout, "SSN", "Social Security Number", "SSN").phi(Identifiers.ssn(x.rnd),
                    PhiSubtype.SSN).nl());
        }
        if (x(d, 0.15)) {
            fields.add(x -> label(x, layout, "LOCATION", "Patient Location", "Loc").t("Room ")
                    .phi(String.valueOf(100 + x.rnd.nextInt(900)) + (x.chance(0.5) ? "B" : ""), PhiSubtype.ROOM).nl());
        }
        // Name first most of the time; the rest keep a mild shuffle.
        for (int i = fields.size() - 1; i > 1; i--) {
            if (d.chance(0.3)) {
                int j = 1 + d.rnd.nextInt(i);
                fields.set(i, fields.set(j, fields.get(i)));
            }
        }
        fields.forEach(f -> f.accept(d));
        d.nl();
    }

    private static boolean x(Draft d, double p) {
        return d.chance(p);
    }

    private static Draft label(Draft d, int layout, String caps, String title, String terse) {
        return d.t(switch (layout) {
            case 0 -> caps + ": ";
            case 1 -> title + ": ";
            default -> terse + ": ";
        });
    }

    private static void facility(Draft d) {
        if (d.chance(0.85)) {
            String h = d.chance(0.3) ? d.hospital.toUpperCase(Locale.ROOT) : d.hospital;
            d.phi(h, PhiSubtype.HOSPITAL).nl();
        }
        if (d.chance(0.5)) {
            d.t(d.chance(0.5) ? "Department of Radiology" : "Diagnostic Imaging").nl();
        } else if (d.chance(0.4)) {
            PersonName donor = d.person();
            d.phi(donor.family() + " " + d.pick(UNIT_KINDS), PhiSubtype.DEPARTMENT).nl();
        }
        if (d.chance(0.35)) {
            d.phi(d.data.places().street(d.rnd), PhiSubtype.STREET).t(", ");
            cityStateZip(d, d.place);
            if (d.chance(0.6)) {
                d.t(" | Tel ").phi(Identifiers.phone(d.rnd), PhiSubtype.PHONE);
            }
            if (d.chance(0.4)) {
                d.t(" | Fax ").phi(Identifiers.phone(d.rnd), PhiSubtype.FAX);
            }
            d.nl();
        }
        d.nl();
    }

    static void cityStateZip(Draft d, Places.ZipRow row) {
        d.phi(row.city(), PhiSubtype.CITY).t(", ").phi(row.state(), PhiSubtype.STATE).t(" ")
                .phi(row.zip(), PhiSubtype.ZIP);
    }

    private static void patientName(Draft d, int layout) {
        NameStyle style = switch (layout) {
            case 0 -> NameStyle.CAPS_LAST_COMMA_FIRST;
            case 1 -> d.chance(0.5) ? NameStyle.FIRST_LAST : NameStyle.FIRST_MIDDLE_LAST;
            default -> d.chance(0.5) ? NameStyle.LAST_COMMA_FIRST_MIDDLE : NameStyle.LAST_COMMA_FIRST;
        };
        label(d, layout, "PATIENT", "Patient Name", "Name").name(d.patient, PhiSubtype.PATIENT, style).nl();
    }

    private static void mrn(Draft d, int layout) {
        label(d, layout, "MRN", "Medical Record #", "MR#").phi(Identifiers.mrn(d.rnd), PhiSubtype.MEDICALRECORD).nl();
    }

    private static void dob(Draft d, int layout) {
        label(d, layout, "DOB", "Date of Birth", "DOB").date(d.dob, PhiSubtype.DOB, dobStyle(d));
        if (d.chance(0.6)) {
            d.t(layout == 0 ? "   AGE: " : "  Age: ");
            age(d, d.chance(0.5) ? "Y" : "");
        }
        if (d.chance(0.6)) {
            d.t(layout == 0 ? "   SEX: " : "  Sex: ").t(d.female ? "F" : "M");
        }
        d.nl();
    }

    private static DateStyle dobStyle(Draft d) {
        DateStyle s = d.mainStyle;
        return s == DateStyle.MONTH_YEAR || s == DateStyle.ORDINAL ? DateStyle.US_SLASH : s;
    }

    /** Writes the patient's age; labelled AGE only when it is 90 or more (HIPAA), plain text otherwise. */
    static void age(Draft d, String unitSuffix) {
        String n = String.valueOf(d.age);
        if (d.age >= 90) {
            d.phi(n, PhiSubtype.AGE);
        } else {
            d.t(n);
        }
        d.t(unitSuffix);
    }

    private static void accession(Draft d, int layout) {
        label(d, layout, "ACCESSION", "Accession Number", "Acc #");
        if (d.chance(0.3)) {
            d.t("ACC ");
        }
        d.phi(Identifiers.accession(d.rnd, d.examDate.getYear()), PhiSubtype.ACCESSION).nl();
    }

    private static void examDate(Draft d, int layout) {
        label(d, layout, "EXAM DATE", "Date of Service", "Exam").dateTime(d.examDate, d.examTime, PhiSubtype.DATE).nl();
        label(d, layout, "EXAM", "Procedure", "Study").t(d.data.phrases().phrase(d.rnd, d.modality,
                PhraseBank.Section.EXAM)).nl();
    }

    private static void address(Draft d) {
        String street = d.data.places().street(d.rnd);
        if (d.chance(0.3)) {
            street = street + " Apt " + (1 + d.rnd.nextInt(40));
        }
        d.t("Address: ").phi(street, PhiSubtype.STREET).t(", ");
        cityStateZip(d, d.data.places().zip(d.rnd));
        d.nl();
    }

    private static void insurance(Draft d) {
        d.t("Insurance: ").phi(d.pick(PLANS), PhiSubtype.ORGANIZATION).t("  Member ID: ")
                .phi(Identifiers.healthPlan(d.rnd), PhiSubtype.HEALTHPLAN).nl();
    }

    /** Writes {@code City, ST} (half the time) or just the city of a random ZIP row. */
    static void cityStateZipOrCity(Draft d) {
        Places.ZipRow row = d.data.places().zip(d.rnd);
        d.phi(row.city(), PhiSubtype.CITY);
        if (d.chance(0.5)) {
            d.t(", ").phi(row.state(), PhiSubtype.STATE);
        }
    }

    static LocalDate priorDate(Draft d) {
        return d.examDate.minusDays(20 + d.rnd.nextInt(1500));
    }
}
