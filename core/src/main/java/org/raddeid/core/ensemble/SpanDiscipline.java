package org.raddeid.core.ensemble;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;

/**
 * Keeps name and place candidates to the shape names and places have, whichever recognizer found them:
 *
 * <ol>
 *   <li><b>Boundaries.</b> A NAME or LOCATION span never crosses a line break, a semicolon, a colon or a sentence end
 *       ({@code .}, {@code !}, {@code ?} before white space, unless the period closes an initial or an abbreviation
 *       such as {@code St.} or {@code Dr.}). Addresses (a place holding a digit) may run over lines.</li>
 *   <li><b>Edges.</b> A name is cut at a {@code nameEdge} word (a function word, a verb, a title, a role or relation
 *       word): {@code DR O'BRIEN NOTIFIED} keeps {@code O'BRIEN}. A place is cut at a {@code placeEdge} word unless
 *       it is a {@code connector} ({@code University of Michigan}), and loses edge words at both ends
 *       ({@code FROM ST. MARY'S ON} keeps {@code ST. MARY'S}). A name found after a title ({@code cueScore} or more)
 *       keeps a function word ({@code Dr. Do}, {@code Dr. An}). Words joined by an apostrophe or hyphen stay
 *       together.</li>
 *   <li><b>Clinical words.</b> A span from a statistical recognizer (not {@code listBased}) scoring under
 *       {@code cueScore} is also cut at clinical terms and abbreviations inside a name and at the edges of a place
 *       ({@code THE CARDIOMEDIASTINAL SILHOUETTE}); a piece made only of such words is dropped.</li>
 *   <li><b>Length.</b> A name of more than {@code maxNameWords} words, or a place of more than {@code maxPlaceWords}
 *       words that is no address, is dropped unless it scores {@code cueScore} or more.</li>
 * </ol>
 * An initial (a capital letter and its period: {@code Dr. A. Okoro}, {@code Liu, Mio A.}) is no article and stays in a
 * name. Other types pass unchanged, and so do spans of the {@code pattern} and {@code known} recognizers (their shapes
 * are exact: a street address ends in {@code Ct} or {@code Dr}), streets, ZIP codes, states and rooms, and hospitals
 * the dictionary found whole, as listed.
 *
 * <p>Immutable and thread-safe when its predicates are; never changes its inputs.
 *
 * @param nameEdge true for lower-case words that may not stand in or at the edge of a name
 * @param placeEdge true for lower-case words that may not stand at the edge of a place
 * @param clinicalWord true for lower-case clinical terms and abbreviations
 * @param connector true for lower-case words that may join the words of a place ({@code of}, {@code the}, {@code for})
 * @param abbreviation true for lower-case words whose period does not end a sentence ({@code st}, {@code dr})
 * @param listBased true for recognizer names whose spans come from word lists and cues, not statistics
 * @param maxNameWords the most words a name may have
 * @param maxPlaceWords the most words a place that is no address may have
 * @param cueScore spans scoring at least this were found by a cue
 */
public record SpanDiscipline(Predicate<String> nameEdge, Predicate<String> placeEdge, Predicate<String> clinicalWord,
        Predicate<String> connector, Predicate<String> abbreviation, Predicate<String> listBased, int maxNameWords,
        int maxPlaceWords, double cueScore) {

    /** No discipline: every span passes unchanged. */
    public static final SpanDiscipline NONE = new SpanDiscipline(w -> false, w -> false, w -> false, w -> true,
            w -> true, r -> true, Integer.MAX_VALUE, Integer.MAX_VALUE, 0.0);

    /** Recognizers whose spans are exact shapes, never changed. */
    private static final Set<String> EXACT = Set.of("pattern", "known");
    /**
     * The recognizer whose hospitals are whole names from a list, their own articles included ({@code The Christ
     * Hospital}, {@code Our Lady of Lourdes}, {@code All Children's Hospital}): kept as listed.
     */
    private static final String LISTED_IN_FULL = "dictionary";
    /** Place subtypes that are address parts, never changed. */
    private static final Set<PhiSubtype> ADDRESS_PARTS = EnumSet.of(PhiSubtype.STREET, PhiSubtype.ZIP,
            PhiSubtype.STATE, PhiSubtype.ROOM);

    public SpanDiscipline {
        Objects.requireNonNull(nameEdge, "nameEdge");
        Objects.requireNonNull(placeEdge, "placeEdge");
        Objects.requireNonNull(clinicalWord, "clinicalWord");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(abbreviation, "abbreviation");
        Objects.requireNonNull(listBased, "listBased");
    }

    /**
     * Returns the disciplined pieces of {@code span} in {@code text}: the span itself when it already conforms (or is
     * of another type), else zero or more narrower spans with its type, subtype, score and recognizer.
     */
    public List<PhiSpan> apply(AnalyzedText text, PhiSpan span) {
        if (this == NONE || (span.type() != PhiType.NAME && span.type() != PhiType.LOCATION)
                || EXACT.contains(span.recognizer()) || ADDRESS_PARTS.contains(span.subtype())
                || span.subtype() == PhiSubtype.HOSPITAL && LISTED_IN_FULL.equals(span.recognizer())) {
            return List.of(span);
        }
        Rules rules = new Rules(text, span);
        List<PhiSpan> out = new ArrayList<>(1);
        List<Token> tokens = text.tokensIn(span.start(), span.end());
        int pieceStart = 0;
        for (int k = 0; k <= tokens.size(); k++) {
            boolean lineBreak = k > 0 && k < tokens.size() && !rules.address
                    && text.lineStart(tokens.get(k).start()) > tokens.get(k - 1).start();
            if (k == tokens.size() || lineBreak) {
                rules.trimmed(tokens.subList(pieceStart, k), out);
                pieceStart = k;
            } else if (rules.splitsAt(tokens, k)) {
                rules.trimmed(tokens.subList(pieceStart, k), out);
                pieceStart = k + 1;
            }
        }
        if (out.size() == 1 && out.get(0).start() == span.start() && out.get(0).end() == span.end()) {
            return List.of(span);
        }
        return out;
    }

    /** Applies {@link #apply} to every span; returns a new list (or {@code spans} itself under {@link #NONE}). */
    public List<PhiSpan> applyAll(AnalyzedText text, List<PhiSpan> spans) {
        if (this == NONE) {
            return spans;
        }
        List<PhiSpan> out = new ArrayList<>(spans.size());
        for (PhiSpan s : spans) {
            out.addAll(apply(text, s));
        }
        return out;
    }

    /** The rules as they apply to one span. */
    private final class Rules {
        private final AnalyzedText text;
        private final String s;
        private final String lower;
        private final PhiSpan span;
        private final boolean name;
        private final boolean address;
        private final boolean cued;
        private final boolean clinical;

        Rules(AnalyzedText text, PhiSpan span) {
            this.text = text;
            this.s = text.text();
            this.lower = text.lowerCase();
            this.span = span;
            this.name = span.type() == PhiType.NAME;
            this.address = !name && hasDigit(s, span);
            this.cued = span.score() >= cueScore;
            this.clinical = !cued && !listBased.test(span.recognizer());
        }

        /** True when token {@code k} ends the piece before it and belongs to no piece. */
        boolean splitsAt(List<Token> tokens, int k) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.PUNCT) {
                char c = s.charAt(t.start());
                if (c == ';' || c == '!' || c == '?' || c == ':' && !address) {
                    return true;
                }
                return c == '.' && sentenceEnd(tokens, k);
            }
            if (t.kind() != Token.Kind.WORD || compoundMember(tokens, k)) {
                return false;
            }
            String w = lower.substring(t.start(), t.end());
            if (name) {
                return !initial(tokens, k) && (nameEdgeWord(w) || clinical && clinicalWord.test(w));
            }
            return placeEdge.test(w) && !connector.test(w);
        }

        /** Adds the piece {@code tokens} without its edge words, if anything is left and it is not too long. */
        void trimmed(List<Token> tokens, List<PhiSpan> out) {
            int a = 0;
            int b = tokens.size();
            while (a < b && !keepsEdge(tokens, a, true)) {
                a++;
            }
            while (b > a && !keepsEdge(tokens, b - 1, false)) {
                b--;
            }
            if (a >= b) {
                return;
            }
            int words = 0;
            for (int k = a; k < b; k++) {
                Token t = tokens.get(k);
                if (t.kind() == Token.Kind.WORD && t.end() - t.start() > 1
                        && !(k > 0 && tokens.get(k - 1).end() == t.start())) {
                    words++;
                }
            }
            if (!address && !cued && words > (name ? maxNameWords : maxPlaceWords)) {
                return;
            }
            int start = Math.max(span.start(), tokens.get(a).start());
            int end = Math.min(span.end(), tokens.get(b - 1).end());
            out.add(new PhiSpan(start, end, span.type(), span.subtype(), span.score(), span.recognizer()));
        }

        /** True when token {@code k} may stand at this edge of a piece. */
        private boolean keepsEdge(List<Token> tokens, int k, boolean left) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.NUMBER) {
                return true;
            }
            if (t.kind() == Token.Kind.PUNCT) {
                // an initial's or abbreviation's period may end a piece
                if (left || s.charAt(t.start()) != '.' || k == 0) {
                    return false;
                }
                Token prev = tokens.get(k - 1);
                return prev.end() == t.start() && prev.kind() == Token.Kind.WORD && (prev.end() - prev.start() == 1
                        || abbreviation.test(lower.substring(prev.start(), prev.end())));
            }
            if (compoundMember(tokens, k)) {
                return true; // O'BRIEN, SMITH-JONES, MARY'S: a word joined to the next or the last stays with it
            }
            String w = lower.substring(t.start(), t.end());
            if (name) {
                return initial(tokens, k) || !nameEdgeWord(w) && !(clinical && clinicalWord.test(w));
            }
            return !placeEdge.test(w) && !(clinical && clinicalWord.test(w));
        }

        /** True when token {@code k} is a capital letter and its period: an initial ({@code Dr. A. Okoro}). */
        private boolean initial(List<Token> tokens, int k) {
            Token t = tokens.get(k);
            int a = t.start();
            int b = t.end();
            // M.D., D.O., Ph.D.: letters run together with their periods are a credential, not initials
            return b - a == 1 && Character.isUpperCase(s.charAt(a)) && b < s.length() && s.charAt(b) == '.'
                    && !(b + 1 < s.length() && Character.isLetter(s.charAt(b + 1)))
                    && !(a > 0 && s.charAt(a - 1) == '.');
        }

        private boolean nameEdgeWord(String w) {
            return nameEdge.test(w) && !(cued && placeEdge.test(w));
        }

        /** A period ends a sentence unless it closes an initial or an abbreviation, or no white space follows. */
        private boolean sentenceEnd(List<Token> tokens, int k) {
            Token dot = tokens.get(k);
            if (dot.end() < s.length() && !Character.isWhitespace(s.charAt(dot.end()))) {
                return false;
            }
            if (k == 0) {
                return true;
            }
            Token prev = tokens.get(k - 1);
            if (prev.end() != dot.start() || prev.kind() != Token.Kind.WORD) {
                return true;
            }
            String w = lower.substring(prev.start(), prev.end());
            return w.length() > 1 && !abbreviation.test(w);
        }

        /** True when word token {@code k} is joined to a neighbouring word by an apostrophe or hyphen. */
        private boolean compoundMember(List<Token> tokens, int k) {
            return joined(tokens, k - 1, k - 2, k) || joined(tokens, k + 1, k + 2, k);
        }

        private boolean joined(List<Token> tokens, int glue, int other, int word) {
            if (glue < 0 || glue >= tokens.size() || other < 0 || other >= tokens.size()) {
                return false;
            }
            Token j = tokens.get(glue);
            Token o = tokens.get(other);
            Token w = tokens.get(word);
            char c = s.charAt(j.start());
            boolean touching = glue < word ? o.end() == j.start() && j.end() == w.start()
                    : w.end() == j.start() && j.end() == o.start();
            return j.kind() == Token.Kind.PUNCT && (c == '-' || c == '\'' || c == '\u2019')
                    && o.kind() == Token.Kind.WORD && touching;
        }
    }

    private static boolean hasDigit(String s, PhiSpan span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
