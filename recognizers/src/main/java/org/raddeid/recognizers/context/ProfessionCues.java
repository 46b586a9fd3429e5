package org.raddeid.recognizers.context;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.raddeid.recognizers.dictionary.Cues;
import org.raddeid.recognizers.dictionary.TextShapes;
import org.raddeid.recognizers.dictionary.TokenTrie;

/**
 * The occupations half of the {@link ContextRecognizer}: after an occupation cue ({@code works as}, {@code Occupation:},
 * {@code retired}), up to three words ending in an agent noun or a listed profession; a listed profession alone scores
 * lower, and none at all when it names clinical staff ({@code the urologist}) or a brand ({@code Cook catheter}).
 * Thread-safe.
 */
final class ProfessionCues {

    private static final String NAME = ContextRecognizer.NAME;
    /** Agent nouns: worker, cyclist, technician, operator, engineer, salesman. */
    private static final java.util.regex.Pattern AGENT =
            java.util.regex.Pattern.compile("[a-z]{2,}(?:er|or|ist|ian|ant|ent|man|men|woman|smith|wright|eer)s?");
    /** Health-care specialties and roles: staff in a clinical text, an occupation only after an occupation cue. */
    private static final java.util.regex.Pattern HEALTH_CARE = java.util.regex.Pattern.compile(
            "(?:ologists?|iatrists?|iatricians?|dosimetrists?|physicists?|anesthetists?|pharmacists?|therapists?"
                    + "|hygienists?|midwi(?:fe|ves)|nurses?|paramedics?|surgeons?|physicians?|clinicians?|dentists?"
                    + "|optometrists?|opticians?|podiatrists?|chiropractors?|dietitians?|nutritionists?"
                    + "|case managers?|social workers?|(?:x-ray|radiology|lab|laboratory|ultrasound|surgical|ct|mri|ekg"
                    + "|ecg|echo|pharmacy|ophthalmic) technicians?|(?:medical|physician|nursing|surgical) assistants?)$");
    private final Cues cues;

    ProfessionCues(Cues cues) {
        this.cues = cues;
    }

    /** Adds the occupations of {@code text}, as the {@link ContextRecognizer}'s spans. */
    void find(AnalyzedText text, List<PhiSpan> out) {
        String s = text.text();
        String lower = text.lowerCase();
        List<Token> tokens = text.tokens();
        // after an occupation cue, up to three words ending in an agent noun (professional cyclist, glass cutter)
        for (TokenTrie.Match<Boolean> c : cues.occupationCues.findAll(text)) {
            int k = c.endToken();
            while (k < tokens.size() && (TextShapes.isPunct(s, tokens.get(k), ":")
                    || List.of("a", "an", "the").contains(lower.substring(tokens.get(k).start(), tokens.get(k).end())))) {
                k++;
            }
            int last = -1;
            for (int q = k; q < tokens.size() && q < k + 3; q++) {
                Token w = tokens.get(q);
                if (w.kind() != Token.Kind.WORD || text.lineStart(w.start()) != text.lineStart(tokens.get(k).start())) {
                    break;
                }
                String lw = lower.substring(w.start(), w.end());
                if (AGENT.matcher(lw).matches() || cues.professions.contains(lw)) {
                    last = q;
                }
            }
            if (last >= k) {
                out.add(PhiSpan.of(tokens.get(k).start(), tokens.get(last).end(), PhiSubtype.PROFESSION, 0.85, NAME));
            }
        }
        for (TokenTrie.Match<String> m : cues.professions.findAll(text)) {
            boolean cued = false;
            // a cue within the three tokens before the profession (Former farmer, works as a welder, Occupation:)
            for (int k = Math.max(0, m.firstToken() - 4); k < m.firstToken(); k++) {
                if (cues.occupationCues.longestAt(text, k).stream().anyMatch(c -> c.endToken() <= m.firstToken()
                        && sameClause(text, c.endToken(), m.firstToken()))) {
                    cued = true;
                }
            }
            // "worked as X-ray technician", "as a welder": as right before the profession, or before a or an
            int b = m.firstToken() - 1;
            if (b >= 0 && List.of("a", "an").contains(text.lowerToken(b))) {
                b--;
            }
            cued |= b >= 0 && text.lowerToken(b).equals("as") && sameClause(text, b, m.firstToken());
            String found = s.substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
            String before = lower.substring(Math.max(0, m.start() - 12), m.start());
            // a clinician named by specialty (the urologist, case manager) is staff, not an occupation; a profession
            // written capitalised in mid-sentence is a name or a brand (a Cook catheter, Bishop forceps)
            boolean staff = !cued && (cues.staffRoles.contains(found) || HEALTH_CARE.matcher(before + found).find()
                    || brand(text, m.firstToken(), m.endToken()));
            double score = cued ? 0.9 : staff ? 0 : 0.6;
            if (score > 0) {
                out.add(PhiSpan.of(m.start(), m.end(), PhiSubtype.PROFESSION, score, NAME));
            }
        }
    }

    /**
     * True when a one-word profession is followed by a number or a device noun, or, written capitalised in mixed-case
     * text, by a capitalised word: a brand ({@code Cook 4-French catheter}, {@code Bishop forceps}, {@code Driver 2.5
     * x 24 mm stent}, {@code PILOT 150 WIRE}).
     */
    private static boolean brand(AnalyzedText text, int first, int end) {
        List<Token> tokens = text.tokens();
        String s = text.text();
        if (end - first != 1 || end >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(end);
        boolean device = next.kind() == Token.Kind.NUMBER
                || next.kind() == Token.Kind.WORD && BRAND_NOUNS.contains(text.lowerCase().substring(next.start(),
                        next.end()));
        return device || Character.isUpperCase(s.charAt(tokens.get(first).start())) && TextShapes.capitalised(s, next);
    }

    private static final Set<String> BRAND_NOUNS = Set.of("forceps", "catheter", "needle", "stent", "clamp",
            "retractor", "scissors", "wire", "tube", "sheath", "system", "device", "balloon", "knife", "blade", "stapler",
            "drill", "shaver", "probe", "drain", "electrode", "guidewire", "dilator", "trocar", "cannula", "elevator");

    /** True when no sentence end, semicolon or line break lies between tokens {@code from} and {@code to}. */
    private static boolean sameClause(AnalyzedText text, int from, int to) {
        List<Token> tokens = text.tokens();
        for (int k = from; k < to; k++) {
            if (TextShapes.isPunct(text.text(), tokens.get(k), ".;!?")
                    || !ContextRecognizer.sameLine(text, tokens.get(k), tokens.get(to))) {
                return false;
            }
        }
        return true;
    }
}
