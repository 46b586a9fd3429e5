package org.raddeid.recognizers.context;

import java.util.List;
import java.util.Set;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.raddeid.recognizers.dictionary.MedicalAllowlist;

/**
 * Tells a body whose guidance a note cites from a person: {@code per ACR 2017}, {@code per Fleischner Society
 * guidelines}, {@code per the ACR criteria} name no one. A word after {@code per}, {@code d/w} or {@code cc} is read as
 * a name only when it is none of these. Thread-safe.
 */
final class Citations {

    /** Words that make the words before them a body, a document or a scheme, not a person. */
    private static final Set<String> BODY_WORDS = Set.of("guideline", "guidelines", "criteria", "criterion",
            "recommendation", "recommendations", "protocol", "protocols", "consensus", "classification", "white",
            "society", "college", "association", "academy", "committee", "group", "task", "system", "lexicon",
            "statement", "policy", "standard", "standards", "scale", "score");

    private Citations() {}

    /**
     * True when tokens {@code [first, last]} are a cited body: a phrase of the medical vocabulary ({@code ACR},
     * {@code Fleischner Society}), a run ending in a body word, or a run followed on its line by a year or a body word.
     */
    static boolean citedBody(AnalyzedText text, int first, int last) {
        List<Token> tokens = text.tokens();
        String s = text.text();
        String phrase = text.lowerCase().substring(tokens.get(first).start(), tokens.get(last).end());
        if (MedicalAllowlist.shared().isMedicalTerm(phrase) || BODY_WORDS.contains(text.lowerToken(last))) {
            return true;
        }
        int next = last + 1;
        if (next >= tokens.size() || text.lineStart(tokens.get(next).start()) > tokens.get(last).start()) {
            return false;
        }
        Token t = tokens.get(next);
        if (t.kind() == Token.Kind.NUMBER && t.end() - t.start() == 4) {
            String year = t.text(s);
            return year.startsWith("19") || year.startsWith("20");
        }
        return t.kind() == Token.Kind.WORD && BODY_WORDS.contains(text.lowerToken(next));
    }
}
