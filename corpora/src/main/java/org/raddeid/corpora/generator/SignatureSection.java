package org.raddeid.corpora.generator;

import java.time.LocalTime;
import java.util.List;
import org.raddeid.core.PhiSubtype;

/** Writes the signature block (dictated, transcribed, signed), contact lines and addenda. Stateless. */
final class SignatureSection {

    private SignatureSection() {
    }

    static void write(Draft d) {
        if (d.resident != null) {
            d.t("Resident: ").doctor(d.resident).nl();
        }
        if (d.chance(0.4)) {
            d.t("Dictated by: ").doctor(d.reading).nl();
        }
        if (d.chance(0.3)) {
            PersonName typist = d.person();
            d.t("Transcribed by: ").name(d.reading, PhiSubtype.DOCTOR, NameStyle.INITIALS).t("/")
                    .out.name(NameStyle.initials(typist).toLowerCase(java.util.Locale.ROOT), PhiSubtype.DOCTOR,
                            typist.origin());
            d.nl();
        }
        LocalTime signed = d.examTime.plusMinutes(30 + d.rnd.nextInt(300));
        d.t(d.pick(List.of("Electronically signed by: ", "Signed: ", "Attending radiologist: ",
                "I have personally reviewed the images and agree with the report. Signed by ")));
        d.doctor(d.reading).t(" on ").dateTime(d.examDate, signed, PhiSubtype.DATE).nl();
        if (d.chance(0.2)) {
            d.t("NPI: ").phi(Identifiers.npi(d.rnd), PhiSubtype.IDNUM).t("   License: ")
                    .phi(Identifiers.license(d.rnd), PhiSubtype.LICENSE).nl();
        }
        if (d.chance(0.25)) {
            d.t("Questions? Contact ").name(d.reading, PhiSubtype.DOCTOR, NameStyle.LAST_ONLY).t("'s office at ")
                    .phi(Identifiers.phone(d.rnd), PhiSubtype.PHONE).t(" or ")
                    .phi(Identifiers.email(d.rnd, d.reading), PhiSubtype.EMAIL).t(".").nl();
        }
        if (d.chance(0.2)) {
            d.t("View images: ").phi(Identifiers.url(d.rnd), PhiSubtype.URL).nl();
        }
        if (d.chance(0.2)) {
            addendum(d);
        }
    }

    private static void addendum(Draft d) {
        d.nl().t(d.chance(0.5) ? "ADDENDUM:" : "Addendum").t(" ");
        switch (d.rnd.nextInt(3)) {
            case 0 -> d.t("Comparison was made with the outside study from ")
                    .date(HeaderSection.priorDate(d), PhiSubtype.DATE).t(", which shows the finding was present"
                            + " and is stable.");
            case 1 -> d.t("Per Dr. ").name(d.ordering, PhiSubtype.DOCTOR, NameStyle.LAST_ONLY)
                    .t("'s request, measurements were repeated; the grade 2/4 finding is unchanged.");
            default -> d.t("The patient was brought to the emergency department by private vehicle, plate ")
                    .phi(Identifiers.plate(d.rnd), PhiSubtype.VEHICLE).t(", after the study.");
        }
        d.nl().t("Addendum signed by ").doctor(d.reading).t(" on ")
                .date(d.examDate.plusDays(d.rnd.nextInt(3)), PhiSubtype.DATE).nl();
    }
}
