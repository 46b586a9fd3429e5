package org.raddeid.corpora.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.raddeid.core.PhiSubtype;

/**
 * An ICU or nursing progress note in clinical shorthand: systems lines ({@code neuro:}, {@code cv:}, {@code resp:}),
 * abbreviations ({@code pt}, {@code s/p}, {@code d/w}, {@code f/u}, {@code w/}, {@code h/o}), month/day dates, times,
 * relatives named by their first name, pager numbers, hospitals by their short names after transfer verbs, and the
 * slash numbers that are no dates (BP 118/72, strength 5/5, 2/6 murmur, pain 3/10). Most notes are typed in lower case
 * with abbreviations in capitals. Stateless.
 */
final class ShorthandNote {

    private static final List<String> UNITS = List.of("MICU", "SICU", "CCU", "CVICU", "NICU", "step-down", "ICU");
    private static final List<String> PROCEDURES = List.of("CABG", "ex lap", "AVR", "colectomy", "crani",
            "R TKA", "L hip ORIF", "whipple", "PEG placement", "EGD", "cath");
    private static final List<String> RELATIONS = List.of("wife", "husband", "son", "daughter", "dtr", "mother",
            "mom", "father", "sister", "brother", "niece", "grandson");
    private static final List<String> SAINTS = List.of("mary", "joseph", "luke", "john", "francis", "vincent",
            "elizabeth", "anne", "jude", "michael", "patrick", "peter", "catherine", "agnes", "clare", "anthony");
    private static final List<String> SERVICES = List.of("surgery", "cards", "renal", "ID", "neuro", "GI", "pulm");
    private static final List<String> TRANSFER = List.of("transferred from", "xfer from", "tx from",
            "sent from", "came from", "admitted from");

    private ShorthandNote() {
    }

    static void write(Draft d) {
        boolean lower = d.chance(0.65);
        if (lower) {
            d.out.voice(s -> s, Voices.lowerCase());
        }
        LocalDate today = d.examDate;
        d.t(d.pick(UNITS) + " " + d.pick(List.of("nursing note", "progress note", "RN note", "NP note", "events"))
                + " ");
        d.date(today, PhiSubtype.DATE, monthDay(d)).t(" " + d.pick(List.of("0700", "1900", "7p-7a", "7a-7p")))
                .nl();
        List<Consumer<Draft>> lines = new ArrayList<>();
        lines.add(ShorthandNote::neuro);
        lines.add(ShorthandNote::cardiac);
        lines.add(x -> x.t("resp: on " + (1 + x.rnd.nextInt(5)) + "L NC, sats 9" + x.rnd.nextInt(10)
                + "%. ABG 7.3" + x.rnd.nextInt(10) + "/4" + x.rnd.nextInt(10) + "/8" + x.rnd.nextInt(10)
                + ". ").t(x.chance(0.5) ? "CXR " : "CXR from ").date(today.minusDays(1), PhiSubtype.DATE, monthDay(x))
                .t(" w/ small R effusion.").nl());
        lines.add(x -> x.t("gi: NPO after MN, NGT to LIWS. TPN via PICC. " + (x.chance(0.5) ? "BM x1." : "no BM."))
                .nl());
        lines.add(x -> x.t("gu: foley in place, UOP " + (30 + x.rnd.nextInt(40)) + "cc/hr. 1/2 NS @ 75.").nl());
        lines.add(ShorthandNote::family);
        lines.add(ShorthandNote::doctor);
        for (int i = lines.size() - 1; i > 0; i--) {
            if (d.chance(0.4)) {
                int j = d.rnd.nextInt(i + 1);
                lines.set(i, lines.set(j, lines.get(i)));
            }
        }
        history(d, today);
        lines.forEach(l -> l.accept(d));
        d.t("plan: f/u ").t(d.pick(List.of("echo", "CT A/P", "cx", "MRI", "US"))).t(" ")
                .date(today.plusDays(1 + d.rnd.nextInt(5)), PhiSubtype.DATE, monthDay(d))
                .t(d.chance(0.5) ? ", cont abx, wean vent as tol." : ", PT/OT eval, d/c planning.").nl();
        signature(d);
    }

    private static DateStyle monthDay(Draft d) {
        return d.chance(0.75) ? DateStyle.MONTH_DAY : DateStyle.MONTH_DAY_PADDED;
    }

    private static void history(Draft d, LocalDate today) {
        d.t("pt is a ");
        String age = String.valueOf(d.age);
        if (d.age >= 90) {
            d.phi(age, PhiSubtype.AGE);
        } else {
            d.t(age);
        }
        d.t(d.pick(List.of("yo ", " y/o ", "yo")) + (d.female ? "F" : "M") + " h/o " + d.pick(List.of("HTN, DM2",
                "CAD, CHF", "COPD", "ESRD on HD", "afib on coumadin")) + " s/p " + d.pick(PROCEDURES) + " ");
        d.date(today.minusDays(2 + d.rnd.nextInt(6)), PhiSubtype.DATE, monthDay(d));
        if (d.chance(0.7)) {
            d.t(", " + d.pick(TRANSFER) + " ");
            hospital(d);
            d.t(" on ").date(today.minusDays(1 + d.rnd.nextInt(2)), PhiSubtype.DATE, monthDay(d));
        }
        d.t(".").nl();
    }

    /** A hospital by the short name staff use: St. Mary's, Dayton General, Kaplan Memorial. */
    static void hospital(Draft d) {
        int kind = d.rnd.nextInt(5);
        String name = switch (kind) {
            case 0 -> d.pick(List.of("St. ", "st ", "St ", "Saint ")) + capital(d.pick(SAINTS)) + "'s";
            case 1 -> d.place.city() + " General";
            case 2 -> d.person().family() + " Memorial";
            case 3 -> d.place.city() + " Regional";
            default -> d.hospital;
        };
        d.phi(name, PhiSubtype.HOSPITAL);
    }

    private static void neuro(Draft d) {
        d.t("neuro: A&Ox" + (1 + d.rnd.nextInt(3)) + ", PERRL, MAE. strength 5/5 BUE, 4/5 BLE. pain "
                + (2 + d.rnd.nextInt(6)) + "/10, dilaudid 0.5mg IV x" + (1 + d.rnd.nextInt(3)) + ".").nl();
    }

    private static void cardiac(Draft d) {
        d.t("cv: SBP " + (90 + d.rnd.nextInt(30)) + "s-1" + (10 + d.rnd.nextInt(30)) + "s, BP "
                + (100 + d.rnd.nextInt(40)) + "/" + (55 + d.rnd.nextInt(30)) + " at " + (10 + d.rnd.nextInt(12))
                + "00. HR 80s NSR, 2/6 SEM. CVP 8-12. 1u PRBC + 2u FFP given.").nl();
    }

    private static void family(Draft d) {
        PersonName relative = d.person();
        String relation = d.pick(RELATIONS);
        d.t("social: " + relation + " ").given(relative, PhiSubtype.RELATIVE)
                .t(d.pick(List.of(" at bedside, updated on plan.", " called, updated.", " here, questions answered.",
                        ", HCP, aware of plan.")));
        if (d.chance(0.5)) {
            d.t(" " + relation + " cell ").phi(Identifiers.phone(d.rnd), PhiSubtype.PHONE).t(".");
        }
        if (d.chance(0.4)) {
            PersonName other = d.person();
            d.t(" " + d.pick(List.of("son", "dtr", "sister")) + " ").given(other, PhiSubtype.RELATIVE)
                    .t(" to visit tomorrow.");
        }
        d.nl();
    }

    private static void doctor(Draft d) {
        PersonName doc = d.chance(0.5) ? d.ordering : d.reading;
        d.t(d.pick(List.of("d/w dr ", "d/w Dr. ", "per dr ", "paged dr ", "dr "))).name(doc, PhiSubtype.DOCTOR,
                NameStyle.LAST_ONLY).t(" (" + d.pick(SERVICES) + ")");
        switch (d.rnd.nextInt(3)) {
            case 0 -> d.t(", pager #").phi(Identifiers.digits(d.rnd, 5), PhiSubtype.PHONE);
            case 1 -> d.t(" pg ").phi(Identifiers.digits(d.rnd, 5), PhiSubtype.PHONE);
            default -> d.t(", pgr ").phi(d.rnd.nextInt(9) + 1 + "-" + Identifiers.digits(d.rnd, 4), PhiSubtype.PHONE);
        }
        d.t(d.pick(List.of(", aware of K 3.2, repleted.", ", ok to advance diet.", ", will see pt in AM.")))
                .nl();
    }

    private static void signature(Draft d) {
        PersonName nurse = d.technologist;
        d.t(d.pick(List.of("-- ", "signed ", "")));
        d.name(nurse, PhiSubtype.DOCTOR, d.chance(0.5) ? NameStyle.FIRST_LAST : NameStyle.INITIAL_LAST)
                .t(d.pick(List.of(", RN", " RN", " NP", ", RN BSN"))).nl();
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
