package org.raddeid.recognizers.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.raddeid.recognizers.dictionary.Lexicons.PlaceKind;

/**
 * The places half of the {@link DictionaryRecognizer}: hospitals from the dictionaries, counties, US states, countries,
 * and cities when followed by a state ({@code Mobile, AL}) or a country ({@code Nairobi, Kenya}), or, for cities that
 * are not English words, on their own. Thread-safe.
 */
final class PlaceMatches {

    private static final String NAME = DictionaryRecognizer.NAME;
    private static final Set<String> US_STATE_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC",
            "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT",
            "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
            "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI");

    private final Lexicons lex;

    PlaceMatches(Lexicons lex) {
        this.lex = lex;
    }

    /** Adds the places of {@code text}, as the {@link DictionaryRecognizer}'s spans. */
    void find(AnalyzedText text, List<PhiSpan> out) {
        String s = text.text();
        List<Token> tokens = text.tokens();
        int coveredTo = -1;
        for (TokenTrie.Match<PlaceKind> m : longestMatches(text)) {
            if (m.start() < coveredTo) {
                continue;
            }
            Token first = tokens.get(m.firstToken());
            if (!TextShapes.capitalised(s, first)) {
                continue;
            }
            boolean upper = TextShapes.upperLine(text, m.start());
            String lowerText = text.lowerCase().substring(m.start(), m.end());
            boolean english = m.endToken() - m.firstToken() == 1 && (lex.isEnglish(lowerText) || lex.isName(lowerText));
            int after = m.endToken();
            // a city that is also a name or a word (Boston, Warren) reads as a city after a comma or a preposition
            boolean placed = m.firstToken() > 0
                    && (TextShapes.isPunct(s, tokens.get(m.firstToken() - 1), ",") && !lastFirst(text, m.firstToken())
                            || PLACE_PREPOSITIONS.contains(text.lowerToken(m.firstToken() - 1)));
            boolean knownCity = m.value() == PlaceKind.CITY && (!english || placed);
            boolean stateFollows = after + 1 < tokens.size() && s.charAt(tokens.get(after).start()) == ','
                    && (stateCode(text, after + 1, knownCity)
                            || lex.places.longestAt(text, after + 1).stream()
                                    .anyMatch(x -> x.value() == PlaceKind.STATE));
            double score;
            PhiSubtype sub;
            switch (m.value()) {
                case HOSPITAL -> {
                    sub = PhiSubtype.HOSPITAL;
                    score = m.endToken() - m.firstToken() > 1 ? 0.9 : english ? 0 : 0.6;
                }
                case ORGANIZATION -> {
                    sub = PhiSubtype.ORGANIZATION;
                    score = 0.85;
                }
                case COUNTY -> {
                    sub = PhiSubtype.LOCATION_OTHER;
                    score = 0.85;
                }
                case STATE -> {
                    sub = PhiSubtype.STATE;
                    score = english ? 0.5 : 0.75;
                }
                case COUNTRY -> {
                    sub = PhiSubtype.COUNTRY;
                    score = english ? 0.5 : 0.75;
                    cityBeforeCountry(text, m.firstToken(), out);
                }
                default -> {
                    sub = PhiSubtype.CITY;
                    score = stateFollows ? 0.9 : english || upper ? 0 : 0.55;
                }
            }
            if (score > 0) {
                out.add(PhiSpan.of(m.start(), m.end(), sub, score, NAME));
                coveredTo = m.end();
            }
            if (stateFollows && stateCode(text, after + 1, knownCity)) {
                Token st = tokens.get(after + 1);
                out.add(PhiSpan.of(st.start(), st.end(), PhiSubtype.STATE, 0.9, NAME));
            }
        }
    }

    /**
     * True when token {@code i} is a US state code in place position: followed by a ZIP code, or by the end of the
     * line or punctuation when the code is not also a credential or word (MD, PA, DE, IN, OR...) or follows a city
     * name that is no person's name or English word.
     */
    private static boolean stateCode(AnalyzedText text, int i, boolean afterKnownCity) {
        List<Token> tokens = text.tokens();
        String s = text.text();
        if (i >= tokens.size() || !US_STATE_CODES.contains(tokens.get(i).text(s))) {
            return false;
        }
        if (i + 1 >= tokens.size()) {
            return !AMBIGUOUS_STATE_CODES.contains(tokens.get(i).text(s));
        }
        Token next = tokens.get(i + 1);
        if (next.kind() == Token.Kind.NUMBER && next.end() - next.start() == 5) {
            return true;
        }
        boolean ends = next.kind() == Token.Kind.PUNCT || text.lineStart(next.start()) > tokens.get(i).start();
        // Boston, MA dated 3/4: after a known city, a lower-case word may follow in mixed-case text
        return afterKnownCity && (ends || !TextShapes.capitalised(s, next))
                || !AMBIGUOUS_STATE_CODES.contains(tokens.get(i).text(s)) && ends;
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "at", "to", "of", "near");

    /**
     * True when the given name at token {@code k} follows a surname and a comma: {@code Brooks, Thomas, MD} is a
     * person and a credential, not a city and a state.
     */
    private boolean lastFirst(AnalyzedText text, int k) {
        String before = k > 1 ? text.lowerToken(k - 2) : "";
        return lex.firstNames.contains(text.lowerToken(k)) && lex.isName(before);
    }

    private static final Set<String> AMBIGUOUS_STATE_CODES = Set.of("MD", "PA", "DE", "IN", "OR", "ME", "MA", "MS",
            "OK", "HI", "ID", "CT", "MT", "LA", "CO", "AL", "DC", "GA", "VA", "NE", "MI", "WA", "PR", "VI", "GU");

    /** {@code Seoul, South Korea}: the capitalised words before a comma and a country are a city. */
    private static void cityBeforeCountry(AnalyzedText text, int countryToken, List<PhiSpan> out) {
        List<Token> tokens = text.tokens();
        String s = text.text();
        int c = countryToken - 1;
        if (c < 1 || s.charAt(tokens.get(c).start()) != ',') {
            return;
        }
        int first = c;
        for (int k = c - 1; k >= 0 && c - k <= 3; k--) {
            Token w = tokens.get(k);
            if (!TextShapes.letters(s, w) || !TextShapes.capitalised(s, w)
                    || text.lineStart(w.start()) != text.lineStart(tokens.get(c).start())) {
                break;
            }
            first = k;
            if (k == 0 || !TextShapes.sameLineGap(s, tokens.get(k - 1).end(), w.start(), 1)
                    || !TextShapes.capitalised(s, tokens.get(k - 1))) {
                break;
            }
        }
        if (first < c) {
            out.add(PhiSpan.of(tokens.get(first).start(), tokens.get(c - 1).end(), PhiSubtype.CITY, 0.8, NAME));
        }
    }

    /** The longest place match at each token, in order. */
    private List<TokenTrie.Match<PlaceKind>> longestMatches(AnalyzedText text) {
        List<TokenTrie.Match<PlaceKind>> out = new ArrayList<>();
        List<TokenTrie.Match<PlaceKind>> all = lex.places.findAll(text);
        for (int k = 0; k < all.size(); k++) {
            TokenTrie.Match<PlaceKind> m = all.get(k);
            if (k + 1 < all.size() && all.get(k + 1).firstToken() == m.firstToken()) {
                continue; // a longer match starts at the same token
            }
            out.add(m);
        }
        return out;
    }
}
