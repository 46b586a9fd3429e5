package org.raddeid.recognizers.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;

/**
 * Turns CRF labels into spans. A run of tokens with the same label is one entity; punctuation at either end is trimmed,
 * and so are titles and credentials the CRF put inside a person. An entity that is a field label (first on its line and
 * followed by a colon, like {@code DOB:}) is dropped: a label names a field, it is not PHI. Mapping:
 * <ul>
 *   <li>{@code PERSON}: NAME, subtype DOCTOR when a title ({@code Dr}, {@code Doctor}) precedes it or a physician's
 *       credential ({@code MD}, {@code DO}, {@code PhD}, ...) follows it, otherwise no subtype (patient, relative and
 *       staff cannot be told apart here). A "person" whose last word is a facility word ({@code Aultman Hospital}) is
 *       treated as an organisation;
 *   <li>{@code LOCATION}: LOCATION without subtype, because the CRF's class joins cities, states, countries, regions and
 *       geographic features, and a wrong subtype is worse than none for surrogates and per-subtype scores;
 *   <li>{@code ORGANIZATION}: LOCATION, subtype HOSPITAL when it holds a health-care word, else ORGANIZATION.
 * </ul>
 * Other labels (from 4- or 7-class models) are ignored.
 *
 * <p>Scores: a person's score falls from {@value #MAX_SCORE} with the CRF's marginal probability of its least certain
 * token (on generated train reports, person hits the CRF is unsure of are mostly capitalised medical words), and a
 * doctor's title or credential raises it to at least {@value #DOCTOR_SCORE}. Locations and organisations get fixed
 * scores, because their probabilities did not separate right from wrong hits there. Stateless and thread-safe.
 */
final class EntitySpans {

    /** Score of a person the CRF is certain of (every token's label has marginal probability 1). */
    static final double MAX_SCORE = 0.85;
    /** How much the score drops per unit of probability below 1: a coin-flip (0.5) person scores 0.55. */
    static final double SCORE_SLOPE = 0.6;
    /** Lowest score of a person with a doctor's title or credential next to it. */
    static final double DOCTOR_SCORE = 0.8;
    static final double LOCATION_SCORE = 0.7;
    static final double HOSPITAL_SCORE = 0.75;
    static final double ORGANIZATION_SCORE = 0.65;

    private static final Set<String> TITLES = Set.of("dr", "dr.", "doctor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
            "miss", "prof", "prof.", "professor");
    private static final Set<String> DOCTOR_TITLES = Set.of("dr", "dr.", "doctor", "prof", "prof.", "professor");
    /** Physicians' credentials, as written (upper case, so the verb "do" is not one). */
    private static final Set<String> DOCTOR_CREDENTIALS = Set.of("MD", "M.D.", "DO", "D.O.", "PhD", "PHD", "Ph.D.",
            "MBBS", "MBChB", "FACR", "FRCR", "FRCPC", "DMD", "DDS", "DPM");
    /** Other staff credentials: trimmed off a name, but they do not make it a doctor. */
    private static final Set<String> OTHER_CREDENTIALS = Set.of("RN", "NP", "PA", "PA-C", "RT", "RTR", "RDMS", "RVT",
            "CNMT", "LPN", "CRNA", "ARNP", "APRN");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?i)\\b(?:dr|doctor|prof|professor)\\.?\\s*$");
    private static final Pattern CREDENTIAL_AFTER = Pattern.compile(
            "\\s*,?\\s*(?:M\\.?D|D\\.O|DO|Ph\\.?D|PHD|MBBS|MBChB|FACR|FRCR|FRCPC|DMD|DDS|DPM)\\b");
    private static final Set<String> HEALTH_WORDS = Set.of("hospital", "hospitals", "hosp", "clinic", "clinics",
            "medical", "medicine", "health", "healthcare", "care", "imaging", "radiology", "infirmary", "hospice",
            "sanatorium", "rehabilitation", "rehab", "surgical", "surgery", "cancer", "oncology", "diagnostic",
            "diagnostics", "pediatric", "paediatric", "physicians", "nursing");
    /** Words that end a facility's name, never a person's. */
    private static final Set<String> FACILITY_ENDINGS = Set.of("hospital", "hospitals", "clinic", "center", "centre",
            "institute", "infirmary", "hospice", "pavilion", "sanatorium", "health", "healthcare", "imaging");

    private EntitySpans() {
    }

    /** Appends to {@code out} the spans of the entities in {@code sentence}, labelled {@code labels}. */
    static void collect(AnalyzedText text, List<CrfToken> sentence, CrfLabels crf, String recognizer,
            List<PhiSpan> out) {
        String[] labels = crf.labels();
        double[] p = crf.probabilities();
        int first = out.size();
        int i = 0;
        while (i < labels.length) {
            String label = labels[i];
            int j = i + 1;
            while (j < labels.length && labels[j].equals(label)) {
                j++;
            }
            PhiSpan span = switch (label) {
                case "PERSON" -> person(text, sentence, p, i, j, recognizer);
                case "LOCATION" -> location(sentence, i, j, recognizer);
                case "ORGANIZATION" -> organization(sentence, i, j, recognizer);
                default -> null;
            };
            if (span != null && !isFieldLabel(text, span)) {
                out.add(span);
            }
            i = j;
        }
        shareDoctorSubtype(text.text(), out, first);
    }

    /**
     * Makes both parts of an inverted name ({@code LOPEZ, MARIA MD}, {@code Dr. Lopez, Maria}) doctors when one is: the
     * CRF labels the parts as two persons separated by the comma, and only one of them touches the title or credential.
     */
    private static void shareDoctorSubtype(String text, List<PhiSpan> out, int first) {
        for (int k = first; k + 1 < out.size(); k++) {
            PhiSpan a = out.get(k);
            PhiSpan b = out.get(k + 1);
            if (a.type() == PhiType.NAME && b.type() == PhiType.NAME && (a.subtype() == null) != (b.subtype() == null)
                    && text.substring(a.end(), b.start()).strip().equals(",")) {
                out.set(k, PhiSpan.of(a.start(), a.end(), PhiSubtype.DOCTOR, Math.max(a.score(), DOCTOR_SCORE),
                        a.recognizer()));
                out.set(k + 1, PhiSpan.of(b.start(), b.end(), PhiSubtype.DOCTOR, Math.max(b.score(), DOCTOR_SCORE),
                        b.recognizer()));
            }
        }
    }

    private static PhiSpan location(List<CrfToken> s, int from, int to, String recognizer) {
        int[] b = trimPunctuation(s, from, to);
        return b == null ? null
                : new PhiSpan(s.get(b[0]).start(), s.get(b[1] - 1).end(), PhiType.LOCATION, null,
                        LOCATION_SCORE, recognizer);
    }

    private static PhiSpan organization(List<CrfToken> s, int from, int to, String recognizer) {
        int[] b = trimPunctuation(s, from, to);
        if (b == null) {
            return null;
        }
        boolean health = false;
        for (int k = b[0]; k < b[1] && !health; k++) {
            health = HEALTH_WORDS.contains(lower(s.get(k)));
        }
        return PhiSpan.of(s.get(b[0]).start(), s.get(b[1] - 1).end(),
                health ? PhiSubtype.HOSPITAL : PhiSubtype.ORGANIZATION, health ? HOSPITAL_SCORE : ORGANIZATION_SCORE,
                recognizer);
    }

    private static PhiSpan person(AnalyzedText text, List<CrfToken> s, double[] p, int from, int to,
            String recognizer) {
        int[] t = trimPunctuation(s, from, to);
        if (t != null && t[1] - t[0] > 1 && FACILITY_ENDINGS.contains(lower(s.get(t[1] - 1)))) {
            return organization(s, from, to, recognizer);
        }
        boolean doctor = false;
        int a = from;
        int b = to;
        while (a < b && (TITLES.contains(lower(s.get(a))) || !hasLetterOrDigit(s.get(a)))) {
            doctor |= DOCTOR_TITLES.contains(lower(s.get(a)));
            a++;
        }
        while (b > a && (isCredential(s.get(b - 1)) || !hasLetterOrDigit(s.get(b - 1)))) {
            doctor |= DOCTOR_CREDENTIALS.contains(s.get(b - 1).word());
            b--;
        }
        if (a == b) {
            return null;
        }
        int start = s.get(a).start();
        int end = s.get(b - 1).end();
        if (!doctor) {
            doctor = titleBefore(text, start) || credentialAfter(text, end);
        }
        double score = score(p, a, b);
        return doctor ? PhiSpan.of(start, end, PhiSubtype.DOCTOR, Math.max(score, DOCTOR_SCORE), recognizer)
                : new PhiSpan(start, end, PhiType.NAME, null, score, recognizer);
    }

    /** Returns a person's score from the least certain token's label probability in {@code [a, b)}. */
    static double score(double[] p, int a, int b) {
        double min = 1.0;
        for (int k = a; k < b; k++) {
            min = Math.min(min, p[k]);
        }
        return Math.max(0.0, MAX_SCORE - SCORE_SLOPE * (1.0 - min));
    }

    /** Returns true when {@code span} is first on its line and followed by a colon: a field label such as "DOB:". */
    static boolean isFieldLabel(AnalyzedText text, PhiSpan span) {
        String s = text.text();
        for (int k = text.lineStart(span.start()); k < span.start(); k++) {
            if (!Character.isWhitespace(s.charAt(k))) {
                return false;
            }
        }
        int k = span.end();
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k++;
        }
        return k < s.length() && s.charAt(k) == ':';
    }

    private static boolean titleBefore(AnalyzedText text, int start) {
        int from = Math.max(text.lineStart(start), start - 12);
        return TITLE_BEFORE.matcher(text.text()).region(from, start).useTransparentBounds(true).find();
    }

    private static boolean credentialAfter(AnalyzedText text, int end) {
        int to = Math.min(text.lineEnd(end - 1), end + 12);
        return to > end
                && CREDENTIAL_AFTER.matcher(text.text()).region(end, to).useTransparentBounds(true).lookingAt();
    }

    private static boolean isCredential(CrfToken t) {
        return DOCTOR_CREDENTIALS.contains(t.word()) || OTHER_CREDENTIALS.contains(t.word());
    }

    private static int[] trimPunctuation(List<CrfToken> s, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && !hasLetterOrDigit(s.get(a))) {
            a++;
        }
        while (b > a && !hasLetterOrDigit(s.get(b - 1))) {
            b--;
        }
        return a == b ? null : new int[] {a, b};
    }

    private static String lower(CrfToken t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    private static boolean hasLetterOrDigit(CrfToken t) {
        String w = t.word();
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLetterOrDigit(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
