package org.raddeid.recognizers.context;

import java.util.List;
import java.util.Set;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.raddeid.recognizers.dictionary.CueLexicons;
import org.raddeid.recognizers.dictionary.Lexicons;
import org.raddeid.recognizers.dictionary.TextShapes;
import org.raddeid.recognizers.dictionary.TokenTrie;
import org.raddeid.recognizers.dictionary.WordClasses;

/**
 * Finds places by the words before them, whatever a dictionary says: a run of capitalised words after a place cue
 * ({@code transferred from St. Mary's}, {@code OSH: Mass General}, {@code lives in Tromsø}), and a saint's name
 * anywhere ({@code St. Mary's}, {@code Saint Luke's}), which names a hospital, a church, a school or a town. A run of
 * everyday and clinical words only ({@code transferred from Emergency Department}) is not a place, unless it is a
 * known short name of a hospital. Cues that are nouns ({@code hospital}, {@code city}, {@code address}) count only
 * as field labels, with a colon. Health-care cues make the place a {@link PhiSubtype#HOSPITAL}. Thread-safe.
 */
final class PlaceCues {

    private static final int MAX_WORDS = 5;
    private static final double SCORE = 0.8;
    private static final double SAINT_SCORE = 0.75;
    /** Cues that announce where care happened: the place is a hospital or a facility. */
    private static final Set<String> CARE_WORDS = Set.of("transferred", "transfer", "transported", "sent",
            "referred", "admitted", "discharged", "presented", "presenting", "seen", "evaluated", "followed",
            "treated", "hospitalized", "performed", "obtained", "done", "acquired", "imaged", "scanned", "prior",
            "comparison", "outside", "osh", "hospital", "facility", "institution", "referring", "sending",
            "originating", "images", "nursing", "snf", "ltac", "rehab", "rehabilitation", "clinic", "medical",
            "health");
    /** Cues that are nouns or too common alone: they count only as a field label with its colon. */
    private static final Set<String> NOUN_CUES = Set.of("from", "hospital", "medical center", "health center",
            "health system", "clinic", "facility", "institution", "location", "department", "unit", "ward", "floor",
            "room", "bed", "address", "home address", "street address", "mailing address", "street", "city", "town",
            "village", "county", "state", "province", "country", "zip", "zip code", "postal code", "region",
            "district", "neighborhood", "township", "parish", "borough", "residence", "rehab", "shelter", "jail",
            "prison");
    private static final Set<String> JOINERS = Set.of("of", "the", "and", "&", "at", "for", "de", "la", "del",
            "du", "des", "y", "on", "upon");
    /** Joiners that may stand inside any place's name; the others only after an institution's head word. */
    private static final Set<String> NAME_JOINERS = Set.of("of", "the", "de", "la", "del", "du", "des", "y", "&");
    private static final Set<String> HEADS = Set.of("hospital", "center", "centre", "clinic", "institute",
            "university", "college", "school", "home", "house", "infirmary", "hospice", "foundation", "department",
            "church", "medicine");
    private static final Set<String> SAINTS = Set.of("st", "saint", "ste", "sainte", "san", "santa", "sao", "são");
    /** What follows a saint's name when it is a plant, a dance or a disease, not a place. */
    private static final Set<String> NOT_AFTER_SAINT = Set.of("wort", "vitus", "anthony's", "elmo's", "fire");

    private final TokenTrie<String> labels = CueLexicons.load().placeLabels();
    private final Lexicons lex = Lexicons.get();
    private final WordClasses words = WordClasses.get();

    /** Appends the places found in {@code text} to {@code out}. */
    void find(AnalyzedText text, List<PhiSpan> out) {
        String s = text.text();
        List<Token> tokens = text.tokens();
        for (TokenTrie.Match<String> m : labels.findAll(text)) {
            int k = m.endToken();
            boolean colon = false;
            while (k < tokens.size() && TextShapes.isPunct(s, tokens.get(k), ":-")
                    && TextShapes.sameLineGap(s, tokens.get(k - 1).end(), tokens.get(k).start(), 3)) {
                colon |= s.charAt(tokens.get(k).start()) == ':';
                k++;
            }
            String label = m.value();
            if (NOUN_CUES.contains(label) && !colon || k >= tokens.size()
                    || text.lineStart(tokens.get(k).start()) != text.lineStart(m.start())) {
                continue;
            }
            while (k < tokens.size() && text.lowerCase().startsWith("the", tokens.get(k).start())
                    && tokens.get(k).end() - tokens.get(k).start() == 3) {
                k++;
            }
            boolean care = false;
            for (String w : label.split(" ")) {
                care |= CARE_WORDS.contains(w);
            }
            capture(text, k, care ? PhiSubtype.HOSPITAL : null, SCORE, out);
        }
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (TextShapes.capitalised(s, t) && SAINTS.contains(text.lowerCase().substring(t.start(), t.end()))
                    && (k == 0 || !TextShapes.isPunct(s, tokens.get(k - 1), "'"))) {
                saint(text, k, out);
            }
        }
    }

    /** {@code St. Mary's}, {@code Saint Luke}: a saint's title and a capitalised name. */
    private void saint(AnalyzedText text, int k, List<PhiSpan> out) {
        String s = text.text();
        List<Token> tokens = text.tokens();
        int q = k + 1;
        if (TextShapes.isPunct(s, tokens.get(q), ".")) {
            q++;
        }
        if (q >= tokens.size() || !TextShapes.capitalised(s, tokens.get(q))
                || !TextShapes.sameLineGap(s, tokens.get(q - 1).end(), tokens.get(q).start(), 2)
                && tokens.get(q - 1).end() != tokens.get(q).start()) {
            return;
        }
        int end = TextShapes.compoundEnd(s, tokens, q);
        // the possessive stays with the name: St. Mary's
        if (end + 1 < tokens.size() && TextShapes.isPunct(s, tokens.get(end), "'\u2019")
                && tokens.get(end).start() == tokens.get(end - 1).end()
                && text.lowerCase().startsWith("s", tokens.get(end + 1).start())
                && tokens.get(end + 1).end() - tokens.get(end + 1).start() == 1) {
            end += 2;
        }
        if (end < tokens.size() && tokens.get(end).kind() == Token.Kind.WORD && NOT_AFTER_SAINT.contains(
                text.lowerCase().substring(tokens.get(end).start(), tokens.get(end).end()))) {
            return;
        }
        out.add(PhiSpan.of(tokens.get(k).start(), tokens.get(end - 1).end(), PhiSubtype.HOSPITAL, SAINT_SCORE,
                ContextRecognizer.NAME));
    }

    /** Captures up to {@value #MAX_WORDS} capitalised words from token {@code k}, joiners between them allowed. */
    private void capture(AnalyzedText text, int k, PhiSubtype subtype, double score, List<PhiSpan> out) {
        String s = text.text();
        String lower = text.lowerCase();
        List<Token> tokens = text.tokens();
        int last = -1;
        int count = 0;
        boolean proper = false;
        int q = k;
        while (q < tokens.size() && count < MAX_WORDS) {
            Token t = tokens.get(q);
            if (q > k && (text.lineStart(t.start()) != text.lineStart(tokens.get(k).start())
                    || !TextShapes.sameLineGap(s, tokens.get(q - 1).end(), t.start(), 2)
                    && tokens.get(q - 1).end() != t.start())) {
                break;
            }
            if (t.kind() == Token.Kind.PUNCT) {
                Token prev = tokens.get(q - 1 < k ? k : q - 1);
                boolean abbreviationDot = TextShapes.isPunct(s, t, ".") && prev.end() == t.start()
                        && prev.end() - prev.start() <= 3 && prev.kind() == Token.Kind.WORD;
                if (q > k && (abbreviationDot || TextShapes.isPunct(s, t, "'\u2019-&"))) {
                    q++;
                    continue;
                }
                break;
            }
            String w = lower.substring(t.start(), t.end());
            if (t.kind() != Token.Kind.WORD || TextShapes.hasDigit(s, t)) {
                break;
            }
            if (!TextShapes.nameShaped(s, t)) {
                // "University of Michigan", "Hospital for Special Surgery": a joiner inside an institution's name
                boolean joins = JOINERS.contains(w) && (NAME_JOINERS.contains(w) || last >= 0 && HEADS.contains(
                        lower.substring(tokens.get(last).start(), tokens.get(last).end())));
                if (q > k && joins && q + 1 < tokens.size() && TextShapes.capitalised(s, tokens.get(q + 1))
                        && !TextShapes.allCaps(s, tokens.get(q + 1))) {
                    q++;
                    continue;
                }
                break;
            }
            if (words.functionWord(w) && !SAINTS.contains(w)) {
                break;
            }
            proper |= !lex.isEnglish(w) && !words.clinicalWord(w) || lex.isName(w) || lex.places.contains(w);
            last = q;
            count++;
            q++;
        }
        if (last < 0 || !proper) {
            return;
        }
        out.add(new PhiSpan(tokens.get(k).start(), tokens.get(last).end(), PhiType.LOCATION, subtype, score,
                ContextRecognizer.NAME));
    }
}
