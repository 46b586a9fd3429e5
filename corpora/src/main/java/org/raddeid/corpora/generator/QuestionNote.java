package org.raddeid.corpora.generator;

import java.util.List;
import org.raddeid.core.PhiSubtype;

/**
 * A short question about a patient, as a clinician sends it to the reading room or a patient types it into a portal:
 * one or two sentences naming the patient or a relative, a date, a hospital or an identifier. A third of them are typed
 * all in lower case. Stateless.
 */
final class QuestionNote {

    private static final List<String> FINDINGS = List.of("nodule", "effusion", "fracture", "mass", "bleed",
            "cyst", "stone", "aneurysm");
    private static final List<String> RELATIONS = List.of("mother", "mom", "father", "dad", "husband", "wife",
            "son", "daughter", "grandmother");

    private QuestionNote() {
    }

    static void write(Draft d) {
        if (d.chance(0.35)) {
            d.out.voice(Voices.lowerCase(), Voices.lowerCase());
        }
        String finding = d.pick(FINDINGS);
        String exam = d.modality.name().equals("MR") ? "MRI" : d.pick(List.of("CT", "scan", "ultrasound", "x-ray"));
        String anExam = ("aeiouAEIOUM".indexOf(exam.charAt(0)) >= 0 ? "an " : "a ") + exam;
        switch (d.rnd.nextInt(6)) {
            case 0 -> d.t("Can you look at ").name(d.patient, PhiSubtype.PATIENT, NameStyle.FIRST_LAST)
                    .t("'s " + exam + " from ").date(d.examDate, PhiSubtype.DATE, DateStyle.MONTH_DAY)
                    .t("? Is the " + finding + " new?");
            case 1 -> {
                PersonName relative = d.person();
                d.t("Dr. ").name(d.reading, PhiSubtype.DOCTOR, NameStyle.LAST_ONLY).t(", my " + d.pick(RELATIONS)
                        + " ").given(relative, PhiSubtype.RELATIVE).t(" had " + anExam + " at ");
                ShorthandNote.hospital(d);
                d.t(" on ").date(d.examDate, PhiSubtype.DATE, DateStyle.MONTH_DAY).t(". Does it show cancer?");
            }
            case 2 -> d.t("what does it mean that my " + exam + " on ").date(d.examDate, PhiSubtype.DATE,
                    DateStyle.MONTH_DAY_PADDED).t(" showed a " + finding + "? thanks, ")
                    .given(d.patient, PhiSubtype.PATIENT);
            case 3 -> d.t("Pt ").name(d.patient, PhiSubtype.PATIENT, NameStyle.LAST_COMMA_FIRST).t(", MRN ")
                    .phi(Identifiers.mrn(d.rnd), PhiSubtype.MEDICALRECORD).t(": ok to give contrast with a GFR of "
                            + (25 + d.rnd.nextInt(30)) + "?");
            case 4 -> d.t("Question re ").name(d.patient, PhiSubtype.PATIENT, NameStyle.FIRST_LAST).t(" (DOB ")
                    .date(d.dob, PhiSubtype.DOB, DateStyle.US_SLASH).t("): should the CXR be repeated before "
                            + "discharge? Please page me at ").phi(Identifiers.digits(d.rnd, 5), PhiSubtype.PHONE)
                    .t(".");
            default -> {
                PersonName relative = d.person();
                d.t("Is ");
                String age = String.valueOf(90 + d.rnd.nextInt(12));
                d.phi(age, PhiSubtype.AGE).t(" too old for " + anExam + "? asking for my " + d.pick(RELATIONS)
                        + " ").given(relative, PhiSubtype.RELATIVE).t(", who lives in ")
                        .phi(d.place.city(), PhiSubtype.CITY).t(".");
            }
        }
        d.nl();
    }
}
