package org.raddeid.corpora.generator;

import java.time.LocalTime;
import java.util.List;
import org.raddeid.core.PhiSubtype;

/** Writes findings, impression and the critical-result communication. Stateless. */
final class ResultSection {

    private ResultSection() {
    }

    static void findings(Draft d) {
        d.t(d.chance(0.8) ? "FINDINGS:" : "Findings:").nl();
        for (String p : d.data.phrases().some(d.rnd, d.modality, PhraseBank.Section.FINDINGS, 2 + d.rnd.nextInt(4))) {
            d.t(p).nl();
        }
        if (d.chance(0.25)) {
            d.t("Key image: series ").t(String.valueOf(2 + d.rnd.nextInt(8))).t(" image ")
                    .t(String.valueOf(10 + d.rnd.nextInt(200))).t(".").nl();
        }
        d.nl();
    }

    static void impression(Draft d) {
        d.t(d.chance(0.8) ? "IMPRESSION:" : "Impression:").nl();
        List<String> items = d.data.phrases().some(d.rnd, d.modality, PhraseBank.Section.IMPRESSION,
                1 + d.rnd.nextInt(3));
        boolean numbered = items.size() > 1 && d.chance(0.7);
        for (int i = 0; i < items.size(); i++) {
            d.t(numbered ? (i + 1) + ". " : "").t(items.get(i)).nl();
        }
        if (d.chance(0.2)) {
            d.t("Recommend follow-up per ACR 2017 white paper and Fleischner Society 2017 guidelines.").nl();
        }
        d.nl();
    }

    /** A critical-result communication: who was told, how, when, and whether it was read back. */
    static void critical(Draft d) {
        LocalTime at = d.examTime.plusMinutes(20 + d.rnd.nextInt(90));
        switch (d.rnd.nextInt(3)) {
            case 0 -> {
                d.t("Findings were discussed with ").doctor(d.ordering).t(" by telephone at ").time(at)
                        .t(" on ").date(d.examDate, PhiSubtype.DATE).t(" with read-back confirmation.");
            }
            case 1 -> {
                d.t("CRITICAL RESULT: communicated to ").doctor(d.ordering).t(" (pager ")
                        .phi(Identifiers.extension(d.rnd), PhiSubtype.PHONE).t(") at ").time(at).t(" by ")
                        .doctor(d.resident != null ? d.resident : d.reading).t(".");
            }
            default -> {
                d.t("The above was called to the ordering provider's office, ").phi(Identifiers.phone(d.rnd),
                        PhiSubtype.PHONE).t(", and left with ").name(d.person(), PhiSubtype.DOCTOR,
                        NameStyle.FIRST_LAST).t(", RN on ").date(d.examDate, PhiSubtype.DATE).t(" at ").time(at)
                        .t(".");
            }
        }
        d.nl().nl();
    }
}
