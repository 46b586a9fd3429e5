package org.raddeid.corpora.generator;

import org.raddeid.core.PhiSubtype;

/**
 * The spoken opening of a dictated report, which stands in for its header: who dictates, on whom, with the record
 * number, birth date and exam date said aloud. The builder's voice then writes it, and the rest, in lower case with
 * few punctuation marks. Stateless.
 */
final class DictatedIntro {

    private DictatedIntro() {
    }

    static void write(Draft d) {
        d.t("this is dr ").name(d.reading, PhiSubtype.DOCTOR, NameStyle.LAST_ONLY).t(" dictating ")
                .t(d.pick(java.util.List.of("the ", "a report on the "))).t(d.modality.code()).t(" study on ")
                .name(d.patient, PhiSubtype.PATIENT, d.chance(0.5) ? NameStyle.FIRST_LAST : NameStyle.FIRST_MIDDLE_LAST);
        if (d.chance(0.7)) {
            d.t(" medical record number ").phi(Identifiers.mrn(d.rnd), PhiSubtype.MEDICALRECORD);
        }
        if (d.chance(0.7)) {
            d.t(" date of birth ").date(d.dob, PhiSubtype.DOB, d.chance(0.5) ? DateStyle.LONG : DateStyle.US_SLASH);
        }
        d.t(" date of exam ").date(d.examDate, PhiSubtype.DATE, d.chance(0.5) ? DateStyle.LONG : DateStyle.US_SHORT);
        if (d.chance(0.5)) {
            d.t(" ordered by dr ").name(d.ordering, PhiSubtype.DOCTOR, NameStyle.FIRST_LAST);
        }
        d.t(".").nl().nl();
    }
}
