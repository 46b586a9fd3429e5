package org.raddeid.recognizers.dictionary;

import java.util.List;
import java.util.Set;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;

/**
 * Tells, from the words around it, that a capitalised name names a thing, not a person: clinical prose uses surnames
 * for instruments, devices, signs and structures ({@code Kerrison rongeur}, {@code Portnoy ventricular catheter},
 * {@code the bipolar Bovie}, {@code #4 Fogarty}, {@code white line of Toldt}, {@code Berry's ligament},
 * {@code negative Romberg}). Stateless and thread-safe.
 */
final class EponymContext {

    /** Nouns a device, an instrument, a product, a sign or a structure is named for. */
    static final Set<String> THING_NOUNS = Set.of("scissors", "clamp", "clamps", "forceps", "retractor", "retractors",
            "rongeur", "rongeurs", "elevator", "cautery", "electrocautery", "needle", "needles", "suture", "sutures",
            "stitch", "stitches", "drain", "drains", "catheter", "catheters", "tube", "tubes", "dressing",
            "dressings", "tape", "strips", "blade", "knife", "trocar", "trocars", "sponge", "sponges", "dilator",
            "dilators", "sheath", "wire", "wires", "stent", "stents", "valve", "pump", "frame", "holder",
            "headholder", "tongs", "bur", "burr", "drill", "saw", "rasp", "curette", "curettes", "hook", "hooks",
            "speculum", "scope", "videoscope", "probe", "device", "system", "mesh", "graft", "plate", "plates",
            "screw", "screws", "nail", "pin", "pins", "splint", "splints", "brace", "bandage", "gauze", "solution",
            "ointment", "cream", "glue", "adhesive", "staples", "stapler", "bag", "bags", "balloon", "irrigation",
            "incision", "maneuver", "manoeuvre", "sign", "signs", "test", "tests", "position", "protocol",
            "procedure", "operation", "technique", "knot", "approach", "gag", "ring", "bars", "bar", "grommet",
            "shield", "anchor", "anchors", "component", "cannula", "stand", "unit", "cement", "reflex", "reflexes",
            "ligament", "line", "lines", "fascia", "triangle", "pouch", "canal", "space", "node", "nodes", "gland",
            "duct", "fracture", "fractures", "disease", "syndrome", "classification", "score", "scale", "criteria",
            "lens", "implant", "prosthesis", "hood", "punch", "lid", "loupe", "aspirator", "tip", "bipolar",
            "monopolar", "wrap", "pack", "packing", "tamponade", "sleeve", "port", "ports", "machine", "apparatus",
            "dissection", "lengthening", "tendon", "strip", "instrument", "instruments", "set", "kit", "pad",
            "pads", "cuff", "monitor", "lead", "leads", "generator", "pacemaker", "electrode", "electrodes");
    /** Words before a capitalised name that make it a thing: determiners, sizes and instrument adjectives. */
    private static final Set<String> THING_BEFORE = Set.of("a", "an", "the", "each", "another",
            "curved", "straight", "bipolar", "monopolar", "suction", "standard", "modified", "small", "large",
            "medium", "fine", "right-angle", "angled", "pediatric", "negative", "positive", "mm", "cm", "french",
            "fr", "gauge", "size", "sized", "manufacturer", "vendor", "brand", "model", "maker", "by-product");

    private EponymContext() {
    }

    /**
     * True when the name span of one or two words names a thing: a thing noun follows within three words of the same
     * clause ({@code Crowe-Davis mouth gag}); or it is preceded, in mid-sentence, by a determiner, a size or an
     * instrument adjective ({@code the Bovie}, {@code 3 mm Kerrison}, {@code #4 Fogarty}); or a structure's noun and
     * {@code of} come before it ({@code line of Toldt}); or its possessive names a thing ({@code Langer's line}).
     */
    static boolean namesAThing(AnalyzedText text, PhiSpan span, WordClasses words) {
        List<Token> tokens = text.tokens();
        String lower = text.lowerCase();
        String s = text.text();
        int first = text.firstTokenEndingAfter(span.start());
        int after = text.firstTokenEndingAfter(span.end());
        int inside = 0;
        for (int k = first; k < after; k++) {
            if (tokens.get(k).kind() == Token.Kind.WORD && !joined(s, tokens, k)) {
                inside++;
            }
        }
        if (inside == 0 || inside > 2) {
            return false;
        }
        if (after - 1 > first && THING_NOUNS.contains(word(lower, tokens.get(after - 1)))
                && joined(s, tokens, after - 1)) {
            return true; // Steri-Strips: the last part of the compound names the thing
        }
        // what follows: up to three words of the same clause, or a possessive 's
        int q = after;
        if (q + 1 < tokens.size() && isApostrophe(s, tokens.get(q)) && "s".equals(word(lower, tokens.get(q + 1)))) {
            q += 2;
        }
        for (int n = 0; q < tokens.size() && n < 3; q++, n++) {
            Token t = tokens.get(q);
            if (t.kind() != Token.Kind.WORD || text.lineStart(t.start()) != text.lineStart(span.start())) {
                break;
            }
            String w = word(lower, t);
            if (THING_NOUNS.contains(w)) {
                return true;
            }
            if (words.functionWord(w) || Character.isUpperCase(s.charAt(t.start()))) {
                break;
            }
        }
        if (first == 0) {
            return false;
        }
        Token prev = tokens.get(first - 1);
        if (text.lineStart(prev.start()) != text.lineStart(span.start())) {
            return false;
        }
        if (prev.kind() == Token.Kind.NUMBER || prev.kind() == Token.Kind.PUNCT && s.charAt(prev.start()) == '#') {
            return true; // 6 French Judkins, #4 Fogarty
        }
        if (prev.kind() != Token.Kind.WORD) {
            return false;
        }
        String p = word(lower, prev);
        if (p.equals("of") && first >= 2 && tokens.get(first - 2).kind() == Token.Kind.WORD
                && THING_NOUNS.contains(word(lower, tokens.get(first - 2)))) {
            return true; // white line of Toldt, triangle of Calot
        }
        boolean sentenceStart = first < 2 || tokens.get(first - 2).kind() == Token.Kind.PUNCT
                && ".:;".indexOf(s.charAt(tokens.get(first - 2).start())) >= 0;
        return inside == 1 && THING_BEFORE.contains(p) && !sentenceStart;
    }

    private static boolean joined(String s, List<Token> tokens, int k) {
        return k > 0 && tokens.get(k - 1).end() == tokens.get(k).start()
                && tokens.get(k - 1).kind() == Token.Kind.PUNCT && "-'\u2019".indexOf(s.charAt(tokens.get(k - 1).start())) >= 0;
    }

    private static boolean isApostrophe(String s, Token t) {
        return t.kind() == Token.Kind.PUNCT && (s.charAt(t.start()) == '\'' || s.charAt(t.start()) == '\u2019');
    }

    private static String word(String lower, Token t) {
        return lower.substring(t.start(), t.end());
    }
}
