package org.raddeid.recognizers.casing;

import static org.raddeid.recognizers.dictionary.ClosedWords.US_STATE_CODES;
import static org.raddeid.recognizers.dictionary.ClosedWords.WEEKDAYS;

import java.util.List;
import java.util.Set;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.raddeid.recognizers.dictionary.Lexicons;
import org.raddeid.recognizers.dictionary.TextShapes;
import org.raddeid.recognizers.dictionary.TokenTrie;

/**
 * Capitalises, in a line written in one case, the words whose shape says they are a proper name even when each of
 * them is an everyday word: a street after a house number ({@code 4980 CHESTNUT AVENUE}), a city before a state and
 * ZIP code ({@code LONG BEACH, CA 90853}), an institution before its head word ({@code DREW MEMORIAL HOSPITAL},
 * {@code NASSAR HEART AND VASCULAR INSTITUTE}), a place of several words the place dictionary knows
 * ({@code DEER PARK}), and a month name next to a day number ({@code 1ST OF MARCH}). Not thread-safe: one per line.
 */
final class PlaceShapes {

    static final Set<String> STREET_TYPES = Set.of("street", "st", "avenue", "ave", "av", "road", "rd", "boulevard",
            "blvd", "drive", "dr", "lane", "ln", "court", "ct", "place", "pl", "terrace", "ter", "way", "circle", "cir",
            "parkway", "pkwy", "highway", "hwy", "square", "sq", "trail", "trl", "plaza", "plz", "alley", "crescent",
            "loop", "pike", "turnpike", "tpke", "expressway", "expy", "freeway", "fwy", "heights", "hts", "row",
            "walk", "close", "gardens", "grove", "hill", "path", "run", "point", "pt");
    private static final Set<String> INSTITUTION_HEADS = Set.of("hospital", "hospitals", "clinic", "clinics",
            "center", "centre", "institute", "infirmary", "hospice", "pavilion", "university", "college",
            "foundation", "associates", "campus", "imaging", "health", "healthcare", "sanatorium", "hsptl", "hosp",
            "ctr", "radiology", "rehabilitation", "rehab", "practice", "group", "partners", "network", "system",
            "inc", "ltd", "llc", "corp", "corporation", "company", "co", "plc", "gmbh", "lines", "investments",
            "technologies", "solutions", "systems", "insurance", "bank", "trust", "holdings", "industries");
    /** Heads that name an institution by themselves; the others (imaging, health) also name what is done there. */
    private static final Set<String> STRONG_HEADS = Set.of("hospital", "hospitals", "clinic", "clinics", "center",
            "centre", "institute", "infirmary", "hospice", "pavilion", "university", "college", "foundation",
            "associates", "campus", "sanatorium", "hsptl", "hosp", "ctr", "inc", "ltd", "llc", "corp", "corporation",
            "company", "plc", "gmbh");
    private static final Set<String> JOINERS = Set.of("of", "and", "&", "the", "at", "for", "de", "la", "st", "saint");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    private static final int MAX_RUN = 6;

    private final Vocabulary v;
    private final AnalyzedText text;
    private final String s;
    private final List<Token> tokens;
    private final WordForm[] forms;
    private final int from;
    private final int to;

    PlaceShapes(Vocabulary vocabulary, AnalyzedText text, WordForm[] forms, int from, int to) {
        this.v = vocabulary;
        this.text = text;
        this.s = text.text();
        this.tokens = text.tokens();
        this.forms = forms;
        this.from = from;
        this.to = to;
    }

    /** Capitalises the proper names these shapes reveal among tokens {@code [from, to)}. */
    void mark() {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.NUMBER) {
                street(k);
                continue;
            }
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            String w = word(k);
            if (INSTITUTION_HEADS.contains(w)) {
                institution(k);
            } else if (WEEKDAYS.contains(w) || MONTHS.contains(w) && nextToNumber(k)) {
                forms[k] = WordForm.CAPITALISED;
            } else if (US_STATE_CODES.contains(w) && (zipFollows(k) || !v.functionWord(w) && endsField(k))) {
                forms[k] = WordForm.UPPER; // LONG BEACH, CA 90853; ELK FALLS, KS, DATED
                cityBefore(k);
            }
        }
        places();
    }

    private boolean zipFollows(int k) {
        return k + 1 < to && tokens.get(k + 1).kind() == Token.Kind.NUMBER
                && tokens.get(k + 1).end() - tokens.get(k + 1).start() == 5;
    }

    /** True when a comma comes before token {@code k} and a comma, period or the line end after it. */
    private boolean endsField(int k) {
        boolean commaBefore = k > from && TextShapes.isPunct(s, tokens.get(k - 1), ",");
        boolean after = k + 1 >= to || TextShapes.isPunct(s, tokens.get(k + 1), ",.;");
        return commaBefore && after;
    }

    /** {@code 4980 CHESTNUT AVENUE}: up to four words after a house number, ending in a street type. */
    private void street(int k) {
        Token number = tokens.get(k);
        if (number.start() > 0 && ":./-".indexOf(s.charAt(number.start() - 1)) >= 0) {
            return; // a time (04:46), a decimal or a date, not a house number
        }
        int q = k + 1;
        int words = 0;
        while (q < to && words < 5 && tokens.get(q).kind() == Token.Kind.WORD && !v.functionWord(word(q))
                && TextShapes.sameLineGap(s, tokens.get(q - 1).end(), tokens.get(q).start(), 2)) {
            if (STREET_TYPES.contains(word(q)) && words > 0) {
                capitalise(k + 1, q);
                forms[q] = WordForm.CAPITALISED; // ST, AVE: the street type, even when it spells an abbreviation
                return;
            }
            words++;
            q++;
            if (q < to && TextShapes.isPunct(s, tokens.get(q), ".")) {
                q++; // N. OAK AVE
            }
        }
    }

    /** {@code LONG BEACH, CA 90853}: up to three words between a comma or line start and the state's comma. */
    private void cityBefore(int state) {
        int comma = state - 1;
        if (comma <= from || !TextShapes.isPunct(s, tokens.get(comma), ",")) {
            return;
        }
        int q = comma - 1;
        int first = comma;
        while (q >= from && comma - q <= 3 && tokens.get(q).kind() == Token.Kind.WORD) {
            first = q;
            q--;
        }
        if (first < comma) {
            capitalise(first, comma);
        }
    }

    /** {@code DREW MEMORIAL HOSPITAL}: the words before a head word, back to a function word or punctuation. */
    private void institution(int head) {
        int q = head - 1;
        int first = head;
        int words = 0;
        while (q >= from && words < MAX_RUN) {
            Token t = tokens.get(q);
            if (t.kind() == Token.Kind.PUNCT) {
                // an abbreviation's period (ST. JOSEPH), an apostrophe or a hyphen may sit inside the name
                boolean dot = TextShapes.isPunct(s, t, ".") && q > from && tokens.get(q - 1).end() == t.start()
                        && tokens.get(q - 1).end() - tokens.get(q - 1).start() <= 2;
                if (!dot && !TextShapes.isPunct(s, t, "'\u2019-&")) {
                    break;
                }
                q--;
                continue;
            }
            if (t.kind() != Token.Kind.WORD) {
                break;
            }
            String w = word(q);
            boolean ourLady = w.equals("our") && q + 1 < to && word(q + 1).equals("lady");
            if (!ourLady && (v.functionWord(w) && !JOINERS.contains(w) || forms[q] == WordForm.UPPER
                    && !JOINERS.contains(w))) {
                break;
            }
            first = q;
            words++;
            q--;
        }
        while (first < head && JOINERS.contains(word(first)) && !word(first).equals("st")
                && !word(first).equals("saint")) {
            first++;
        }
        if (first < head && proper(first, head, STRONG_HEADS.contains(word(head)))) {
            capitalise(first, head + 1);
        }
    }

    /**
     * True when the words {@code [a, b)} hold a proper noun: a name or a word no list knows that is no medical term,
     * or, before a strong head ({@code HOSPITAL}, not {@code IMAGING}), any name ({@code DREW MEMORIAL HOSPITAL}).
     */
    private boolean proper(int a, int b, boolean strongHead) {
        for (int q = a; q < b; q++) {
            if (tokens.get(q).kind() != Token.Kind.WORD) {
                continue;
            }
            String w = word(q);
            if (v.clinical.isMedicalWord(w) || v.clinical.properForm(w) != null) {
                continue;
            }
            if (v.name(w) && (strongHead || !v.common(w)) || v.unknown(w) || v.place(w)) {
                return true;
            }
        }
        return false;
    }

    /** Places of two or more words in the place dictionary ({@code DEER PARK}, {@code NEW YORK}). */
    private void places() {
        for (TokenTrie.Match<Lexicons.PlaceKind> m : v.lex.places.findAll(text, from, to)) {
            if (m.endToken() <= to && m.endToken() - m.firstToken() >= 2
                    && !v.functionWord(word(m.firstToken())) && !(m.value() == Lexicons.PlaceKind.CITY
                            && everyday(m.firstToken(), m.endToken()))) {
                capitalise(m.firstToken(), m.endToken());
            }
        }
    }

    /**
     * True when every word of the city {@code [a, b)} is an everyday word ({@code HIGH POINT}, {@code LONG BEACH}) and
     * no state code follows: the words, not the place. Countries and states of several words are always places
     * ({@code UNITED STATES}).
     */
    private boolean everyday(int a, int b) {
        for (int q = a; q < b; q++) {
            if (tokens.get(q).kind() == Token.Kind.WORD && !v.common(word(q))) {
                return false;
            }
        }
        int c = b < to && TextShapes.isPunct(s, tokens.get(b), ",") ? b + 1 : b;
        return !(c < to && tokens.get(c).kind() == Token.Kind.WORD && US_STATE_CODES.contains(word(c)));
    }

    private boolean nextToNumber(int k) {
        for (int q = Math.max(from, k - 3); q < Math.min(to, k + 3); q++) {
            if (q != k && tokens.get(q).kind() == Token.Kind.NUMBER || q != k && TextShapes.hasDigit(s, tokens.get(q))) {
                return true;
            }
        }
        return false;
    }

    /** Capitalises the words of {@code [a, b)}, joiners ({@code of}, {@code and}) and abbreviations aside. */
    private void capitalise(int a, int b) {
        for (int q = a; q < b; q++) {
            Token t = tokens.get(q);
            if (t.kind() != Token.Kind.WORD || TextShapes.hasDigit(s, t) || forms[q] == WordForm.UPPER) {
                continue;
            }
            String w = word(q);
            boolean joiner = JOINERS.contains(w) && !w.equals("st") && !w.equals("saint");
            boolean clitic = q > 0 && tokens.get(q - 1).end() == t.start()
                    && TextShapes.isPunct(s, tokens.get(q - 1), "'\u2019") && t.end() - t.start() == 1;
            forms[q] = joiner && q > a || clitic ? WordForm.LOWER : WordForm.CAPITALISED;
        }
    }

    private String word(int k) {
        return text.lowerToken(k); // cut once per text and shared with the recognizers
    }
}
