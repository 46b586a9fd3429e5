package org.raddeid.corpora.generator;

import java.util.List;
import org.raddeid.core.PhiSubtype;

/**
 * Writes clinical history (ages, professions, relatives), comparison (prior dates, outside hospitals) and technique
 * (device serials, workstation addresses). Stateless.
 */
final class ClinicalSection {

    private static final List<String> PROFESSIONS = List.of("firefighter", "welder", "coal miner",
            "school teacher", "construction worker", "shipyard worker", "farmer", "truck driver", "nurse",
            "software engineer", "professional cyclist", "bus driver", "chef", "electrician", "pilot");
    private static final List<String> PROFESSION_LEADS = List.of("Retired ", "Works as a ", "Occupation: ",
            "Former ", "Employed as a ");
    private static final List<String> RELATIVES = List.of("daughter", "son", "wife", "husband", "sister",
            "brother", "niece", "granddaughter");
    private static final List<String> FAMILY_HISTORY = List.of("Mother with breast cancer.",
            "Father had a myocardial infarction at 52.", "Sister with ovarian cancer.",
            "Family history of colon cancer in a brother.", "No family history of malignancy.");

    private ClinicalSection() {
    }

    static void history(Draft d) {
        d.t(d.pick(List.of("CLINICAL HISTORY: ", "HISTORY: ", "INDICATION: ", "Reason for exam: ",
                "CLINICAL INFORMATION: ")));
        if (d.chance(0.75)) {
            ageLead(d);
        }
        d.t(d.data.phrases().phrase(d.rnd, d.modality, PhraseBank.Section.INDICATION));
        if (d.chance(0.3)) {
            d.t(" ").t(d.pick(PROFESSION_LEADS)).phi(d.pick(PROFESSIONS), PhiSubtype.PROFESSION).t(".");
        }
        if (d.chance(0.25)) {
            d.t(" ").t(d.pick(FAMILY_HISTORY));
        }
        if (d.chance(0.2)) {
            relative(d);
        }
        if (d.chance(0.15)) {
            d.t(d.female ? " Ms. " : " Mr. ").name(d.patient, PhiSubtype.PATIENT, NameStyle.LAST_ONLY)
                    .t("'s prior imaging was reviewed.");
        } else if (d.chance(0.1)) {
            d.t(" Identity confirmed with patient (initials ").name(d.patient, PhiSubtype.PATIENT, NameStyle.INITIALS)
                    .t(") and date of birth.");
        }
        if (d.chance(0.15)) {
            d.t(" Transferred from ").phi(d.data.places().hospital(d.rnd), PhiSubtype.HOSPITAL).t(" on ")
                    .date(HeaderSection.priorDate(d), PhiSubtype.DATE).t(".");
        }
        d.nl().nl();
    }

    private static void ageLead(Draft d) {
        switch (d.rnd.nextInt(4)) {
            case 0 -> {
                HeaderSection.age(d, "-year-old ");
                d.t(d.noun()).t(". ");
            }
            case 1 -> {
                HeaderSection.age(d, " yo ");
                d.t(d.noun()).t(" with ");
            }
            case 2 -> {
                HeaderSection.age(d, "");
                d.t(" y/o ").t(d.noun()).t(". ");
            }
            default -> {
                d.t("Patient is ");
                HeaderSection.age(d, " years old. ");
            }
        }
    }

    private static void relative(Draft d) {
        PersonName rel = d.data.names().draw(d.rnd, d.chance(0.6) ? d.patient.origin() : NamePools.drawOrigin(d.rnd));
        String who = d.pick(RELATIVES);
        if (d.chance(0.5)) {
            d.t(" History provided by the patient's ").t(who).t(", ")
                    .name(rel, PhiSubtype.RELATIVE, NameStyle.FIRST_LAST).t(".");
        } else {
            d.t(" Patient's ").t(who).t(" ").name(rel, PhiSubtype.RELATIVE, NameStyle.FIRST_LAST)
                    .t(" can be reached at ").phi(Identifiers.phone(d.rnd), PhiSubtype.PHONE).t(".");
        }
    }

    static void comparison(Draft d) {
        d.t(d.pick(List.of("COMPARISON: ", "Comparison: ", "PRIORS: ")));
        switch (d.rnd.nextInt(5)) {
            case 0 -> d.t("None.");
            case 1 -> d.t("Prior study dated ").date(HeaderSection.priorDate(d), PhiSubtype.DATE).t(".");
            case 2 -> {
                d.t("Outside ").t(d.modality.code()).t(" from ").phi(d.data.places().hospital(d.rnd),
                        PhiSubtype.HOSPITAL).t(", ");
                HeaderSection.cityStateZipOrCity(d);
                d.t(", dated ").date(HeaderSection.priorDate(d), PhiSubtype.DATE).t(".");
            }
            case 3 -> {
                Places.Abroad a = d.data.places().abroad(d.rnd);
                d.t("Report of imaging performed in ").phi(a.city(), PhiSubtype.CITY).t(", ")
                        .phi(a.country(), PhiSubtype.COUNTRY).t(" in ").date(HeaderSection.priorDate(d),
                                PhiSubtype.DATE, DateStyle.MONTH_YEAR).t("; images not available.");
            }
            default -> {
                d.t("Multiple prior studies, most recent ").date(HeaderSection.priorDate(d), PhiSubtype.DATE)
                        .t(" and ").date(HeaderSection.priorDate(d), PhiSubtype.DATE).t(".");
            }
        }
        d.nl().nl();
    }

    static void technique(Draft d) {
        d.t(d.pick(List.of("TECHNIQUE: ", "Technique: ", "PROCEDURE: "))).t(d.data.phrases().phrase(d.rnd,
                d.modality, PhraseBank.Section.TECHNIQUE));
        if (d.chance(0.3)) {
            d.t(" Scanner: ").t(Identifiers.vendor(d.rnd)).t(", ").t(d.chance(0.5) ? "S/N: " : "serial ")
                    .phi(Identifiers.serial(d.rnd), PhiSubtype.DEVICE).t(".");
        }
        if (d.chance(0.2)) {
            d.t(" Performed by ").t(d.chance(0.5) ? "technologist " : "")
                    .name(d.technologist, PhiSubtype.DOCTOR, NameStyle.FIRST_LAST)
                    .t(d.chance(0.5) ? ", RT(R)(CT)" : " RT(R)").t(".");
        }
        if (d.chance(0.15)) {
            d.t(" Images reviewed on workstation ").phi(Identifiers.ip(d.rnd), PhiSubtype.IPADDR).t(" by user ")
                    .out.name(Identifiers.username(d.reading, d.rnd), PhiSubtype.USERNAME, d.reading.origin());
            d.t(".");
        }
        d.nl().nl();
    }
}
