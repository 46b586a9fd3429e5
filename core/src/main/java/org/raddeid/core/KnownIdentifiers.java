package org.raddeid.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.SpacedKey;

/**
 * Identifiers the caller already knows for the patient of one report (from the order, the DICOM header or the HL7 PID
 * segment): name parts, record numbers and dates such as the birth date. Each is found wherever it occurs, whatever
 * the recognizers say, in any case and spacing: {@code SMITH, JOHN} and {@code john smith} both match the name
 * {@code John Smith}, and {@code 12 345-678} matches the MRN {@code 12345678}. Immutable.
 *
 * @param names person names of the patient (and relatives); matched by their parts of two letters or more
 * @param ids identifiers and their subtype; letters and digits must match in order, separators are ignored
 * @param dates dates (the birth date as {@link PhiSubtype#DOB}); matched in the common written forms
 */
public record KnownIdentifiers(List<String> names, List<KnownId> ids, List<KnownDate> dates) {

    /** No known identifiers. */
    public static final KnownIdentifiers NONE = new KnownIdentifiers(List.of(), List.of(), List.of());

    /** Recognizer name of the spans these identifiers produce. */
    public static final String RECOGNIZER = "known";

    /** One known identifier value and its subtype (of type ID). */
    public record KnownId(String value, PhiSubtype subtype) {
        public KnownId {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(subtype, "subtype");
            if (subtype.type() != PhiType.ID) {
                throw new IllegalArgumentException("known id subtype must be of type ID, was " + subtype);
            }
        }
    }

    /** One known date and its subtype (of type DATE). */
    public record KnownDate(LocalDate date, PhiSubtype subtype) {
        public KnownDate {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(subtype, "subtype");
            if (subtype.type() != PhiType.DATE) {
                throw new IllegalArgumentException("known date subtype must be of type DATE, was " + subtype);
            }
        }
    }

    public KnownIdentifiers {
        names = List.copyOf(names);
        ids = List.copyOf(ids);
        dates = List.copyOf(dates);
    }

    /** Returns true when nothing is known. */
    public boolean isEmpty() {
        return names.isEmpty() && ids.isEmpty() && dates.isEmpty();
    }

    /** Returns every occurrence of the known identifiers in {@code text}, score 1, recognizer {@value #RECOGNIZER}. */
    public List<PhiSpan> find(AnalyzedText text) {
        List<PhiSpan> out = new ArrayList<>();
        String lower = text.lowerCase();
        for (String part : nameParts()) {
            for (int at : occurrences(lower, part)) {
                out.add(new PhiSpan(at, at + part.length(), PhiType.NAME, PhiSubtype.PATIENT, 1.0, RECOGNIZER));
            }
        }
        for (KnownId id : ids) {
            String key = SpacedKey.alnum(id.value());
            if (key.length() >= 2) {
                findSpaced(text.text(), key, id.subtype(), out);
            }
        }
        for (KnownDate d : dates) {
            for (String form : forms(d.date())) {
                for (int at : occurrences(lower, form)) {
                    out.add(new PhiSpan(at, at + form.length(), PhiType.DATE, d.subtype(), 1.0, RECOGNIZER));
                }
            }
        }
        return out;
    }

    /** The name parts of each list of names, made once (see {@link #forms}). */
    private static final java.util.Map<List<String>, Set<String>> PARTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Set<String> nameParts() {
        if (PARTS.size() > 10_000) {
            PARTS.clear();
        }
        return PARTS.computeIfAbsent(names, KnownIdentifiers::partsOf);
    }

    private static Set<String> partsOf(List<String> names) {
        Set<String> parts = new LinkedHashSet<>();
        for (String n : names) {
            for (String p : n.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}'’-]+")) {
                if (p.codePointCount(0, p.length()) >= 2) {
                    parts.add(p);
                }
            }
        }
        return java.util.Collections.unmodifiableSet(parts);
    }

    /** Starts of {@code needle} in {@code hay} on word boundaries. */
    private static List<Integer> occurrences(String hay, String needle) {
        List<Integer> out = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = hay.indexOf(needle, from)) >= 0) {
            if (SpacedKey.edge(hay, at - 1) && SpacedKey.edge(hay, at + needle.length())) {
                out.add(at);
            }
            from = at + 1;
        }
        return out;
    }

    /**
     * The written forms of each date, made once: {@link #find} runs on every value of a DICOM file and every text of a
     * batch. Cleared when it grows large (a date's forms are cheap to make again).
     */
    private static final java.util.Map<LocalDate, List<String>> FORMS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> forms(LocalDate d) {
        if (FORMS.size() > 10_000) {
            FORMS.clear();
        }
        return FORMS.computeIfAbsent(d, KnownIdentifiers::dateForms);
    }

    /** Identifiers are matched with one separator at a time between their characters. */
    private static final SpacedKey SPACED = new SpacedKey(" -./_\t", 1);

    /** Finds {@code key} (lower-case letters and digits) in {@code s}, skipping separators between its characters. */
    private static void findSpaced(String s, String key, PhiSubtype subtype, List<PhiSpan> out) {
        for (int[] at : SPACED.find(s, key)) {
            out.add(new PhiSpan(at[0], at[1], PhiType.ID, subtype, 1.0, RECOGNIZER));
        }
    }

    private static List<String> dateForms(LocalDate d) {
        Set<String> forms = new LinkedHashSet<>();
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        forms.add(d.toString());
        forms.add(String.format(Locale.ROOT, "%04d%02d%02d", y, m, day));
        for (String sep : List.of("/", "-", ".")) {
            forms.add(String.format(Locale.ROOT, "%02d%s%02d%s%04d", m, sep, day, sep, y));
            forms.add(m + sep + day + sep + y);
            forms.add(String.format(Locale.ROOT, "%02d%s%02d%s%02d", m, sep, day, sep, y % 100));
            forms.add(m + sep + day + sep + String.format(Locale.ROOT, "%02d", y % 100));
            forms.add(String.format(Locale.ROOT, "%02d%s%02d%s%04d", day, sep, m, sep, y));
        }
        String full = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        String abbr = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        for (String mon : List.of(full, abbr, abbr + ".")) {
            forms.add(mon + " " + day + ", " + y);
            forms.add(mon + " " + day + " " + y);
            forms.add(day + " " + mon + " " + y);
            forms.add(day + "-" + mon + "-" + y);
        }
        forms.add(DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH).format(d).toLowerCase(Locale.ROOT));
        return List.copyOf(forms);
    }
}
