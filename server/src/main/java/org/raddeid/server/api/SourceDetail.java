package org.raddeid.server.api;

import java.util.List;
import java.util.Locale;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.raddeid.recognizers.context.ContextRecognizer;
import org.raddeid.recognizers.dictionary.Cues;
import org.raddeid.recognizers.dictionary.DictionaryRecognizer;
import org.raddeid.recognizers.dictionary.TokenTrie;

/**
 * Says which dictionary or which context cue stands behind a recognizer's finding, for the playground's tooltips:
 * {@code names dictionary}, {@code hospitals dictionary}, {@code cue: title 'dr'}. A cue is named by raddeid's own cue
 * vocabulary (titles, labels, credentials, occupation cues), never by other words of the report. Stateless and
 * thread-safe.
 */
final class SourceDetail {

    /** How many tokens before a name a title or label may stand ({@code Dr. J. Smith}, {@code Patient name: X}). */
    private static final int LOOK_BACK = 6;

    private SourceDetail() {
    }

    /** Returns the detail of {@code candidate} in {@code text}, or null when there is none to give. */
    static String of(AnalyzedText text, PhiSpan candidate) {
        return switch (candidate.recognizer()) {
            case DictionaryRecognizer.NAME -> dictionary(candidate);
            case ContextRecognizer.NAME -> cue(text, candidate);
            default -> null;
        };
    }

    private static String dictionary(PhiSpan c) {
        if (c.type() == PhiType.NAME) {
            return "names dictionary";
        }
        PhiSubtype s = c.subtype();
        return s == PhiSubtype.HOSPITAL || s == PhiSubtype.ORGANIZATION || s == PhiSubtype.DEPARTMENT
                ? "hospitals dictionary" : "places dictionary";
    }

    private static String cue(AnalyzedText text, PhiSpan c) {
        Cues cues = Cues.get();
        List<Token> tokens = text.tokens();
        int first = text.firstTokenEndingAfter(c.start());
        int line = text.lineStart(c.start());
        for (int k = first - 1; k >= Math.max(0, first - LOOK_BACK) && tokens.get(k).start() >= line; k--) {
            String phrase = phraseEndingNear(text, cues.labels, k, first);
            if (phrase != null) {
                return "cue: label '" + phrase + "'";
            }
            phrase = phraseEndingNear(text, cues.occupationCues, k, first);
            if (phrase != null) {
                return "cue: '" + phrase + "'";
            }
            if (cues.titles.contains(text.lowerToken(k))) {
                return "cue: title '" + text.lowerToken(k) + "'";
            }
        }
        int after = text.firstTokenEndingAfter(c.end() - 1) + 1;
        for (int k = after; k < Math.min(tokens.size(), after + 2); k++) {
            String phrase = phraseEndingNear(text, cues.credentials, k, Integer.MAX_VALUE);
            if (phrase != null) {
                return "cue: credential '" + phrase + "' after";
            }
        }
        return c.type() == PhiType.PROFESSION ? "cue: profession list" : "cue: header field";
    }

    /** The cue phrase of {@code trie} starting at token {@code k} and ending before token {@code limit}, or null. */
    private static String phraseEndingNear(AnalyzedText text, TokenTrie<?> trie, int k, int limit) {
        for (TokenTrie.Match<?> m : trie.longestAt(text, k)) {
            if (m.endToken() <= limit) {
                StringBuilder b = new StringBuilder();
                List<Token> tokens = text.tokens();
                for (int t = m.firstToken(); t < m.endToken(); t++) {
                    boolean spaced = t > m.firstToken() && tokens.get(t).start() > tokens.get(t - 1).end();
                    b.append(spaced ? " " : "").append(text.lowerToken(t));
                }
                return b.toString().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
