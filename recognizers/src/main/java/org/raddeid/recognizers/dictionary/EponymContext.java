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
            "pads", "cuff", "monitor", "lead", "leads", "generator", "pacemaker", "electrode", "electrodes", "stockings",
            "hose", "release", "flap", "shaver", "irrigator", "esophagus", "esophagitis", "insufficiency", "spray",
            "drops", "tablet", "tablets", "capsule", "capsules", "inhaler", "tenosynovitis", "contracture",
            "phenomenon", "nerve", "artery", "vein", "body", "cell", "cyst", "hernia",
            "ulcer", "stain", "agar", "index", "law", "repair", "osteotomy", "fixation", "reconstruction", "suction",
            "arcade", "patch", "fashion", "method");
    /** Instruments and devices that end a name run when the truecaser or the writer capitalised them too. */
    private static final Set<String> DEVICES = Set.of("stapler", "drill", "knife", "blade", "clamp", "forceps",
            "retractor", "scissors", "needle", "catheter", "stent", "drain", "tube", "stockings", "hose", "dressing",
            "shaver", "irrigator", "dilator", "sheath", "wire", "probe", "electrode", "bur", "burr", "saw", "rongeur",
            "elevator", "curette", "speculum", "scope", "trocar", "cannula", "strips", "suture", "sutures");
    /** Units after a number after a capitalised word: a drug and its dose ({@code Allegra 180 mg}). */
    private static final Set<String> DOSE_UNITS = Set.of("mg", "mcg", "g", "gm", "ml", "meq", "units", "unit",
            "iu", "%", "mg/ml", "mg/kg", "tab", "tabs", "tablet", "tablets", "cap", "caps", "puffs", "puff", "drops");
    /** Words before a capitalised name that make it a thing: determiners, sizes and instrument adjectives. */
    private static final Set<String> THING_BEFORE = Set.of("a", "an", "the", "each", "another",
            "curved", "straight", "bipolar", "monopolar", "suction", "standard", "modified", "small", "large",
            "medium", "fine", "right-angle", "angled", "pediatric", "negative", "positive", "mm", "cm", "french",
            "fr", "gauge", "size", "sized", "round", "flat", "channel", "manufacturer", "vendor", "brand", "model", "maker", "by-product");
    /** Words before a capitalised name that make it a thing even at a sentence start ({@code Negative Romberg}). */
    private static final Set<String> FINDING_BEFORE = Set.of("negative", "positive", "bilateral", "left", "right");

    private EponymContext() {
    }

    /**
     * True when the name span of one or two words names a thing: a thing noun follows within three words of the same
     * clause ({@code Crowe-Davis mouth gag}); or it is preceded, in mid-sentence, by a determiner, a size or an
     * instrument adjective ({@code the Bovie}, {@code 3 mm Kerrison}, {@code #4 Fogarty}); or a structure's noun and
     * {@code of} come before it ({@code line of Toldt}); or its possessive names a thing ({@code Langer's line}).
     */
    static boolean namesAThing(AnalyzedText text, PhiSpan span, WordClasses words) {
        return namesAThing(text, span, words, true);
    }

    /**
     * Like {@link #namesAThing(AnalyzedText, PhiSpan, WordClasses)}; for a place ({@code person} false) only a thing
     * noun or a dose after it counts ({@code Colorado needle}, {@code Santa Barbara tube}), never the word before.
     */
    static boolean namesAThing(AnalyzedText text, PhiSpan span, WordClasses words, boolean person) {
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
        String lastWord = word(lower, tokens.get(after - 1));
        if (person && inside > 0 && inside <= 4 && after - 1 > first
                && (DEVICES.contains(lastWord) || joined(s, tokens, after - 1) && thingNoun(lastWord))) {
            return true; // Steri-Strips, GIA Stapler, Midas Rex Drill: the last word names the thing
        }
        if (inside == 0 || inside > 2) {
            return false;
        }
        // what follows: up to three words of the same clause, or a possessive 's
        int q = after;
        if (q + 1 < tokens.size() && isApostrophe(s, tokens.get(q)) && "s".equals(word(lower, tokens.get(q + 1)))) {
            q += 2;
        }
        boolean coordinated = false;
        for (int n = 0; q < tokens.size() && n < 3; q++, n++) {
            Token t = tokens.get(q);
            if (t.kind() != Token.Kind.WORD || text.lineStart(t.start()) != text.lineStart(span.start())) {
                break;
            }
            String w = word(lower, t);
            if (thingNoun(w)) {
                return true;
            }
            if (n == 0 && (w.equals("or") || w.equals("and"))) {
                coordinated = true;
                continue; // Barlow or Ortolani maneuvers
            }
            if (words.functionWord(w) || Character.isUpperCase(s.charAt(t.start())) && !(coordinated && n == 1)) {
                break;
            }
        }
        if (doseFollows(text, after)) {
            return true;
        }
        if (first == 0) {
            return false;
        }
        Token prev = tokens.get(first - 1);
        if (text.lineStart(prev.start()) != text.lineStart(span.start())) {
            return false;
        }
        String p0 = prev.kind() == Token.Kind.WORD ? word(lower, prev) : "";
        if (p0.equals("of") && first >= 2 && tokens.get(first - 2).kind() == Token.Kind.WORD
                && THING_NOUNS.contains(word(lower, tokens.get(first - 2)))) {
            return true; // white line of Toldt, triangle of Calot, node of Cloquet
        }
        if (!person) {
            return false;
        }
        if (prev.kind() == Token.Kind.NUMBER || prev.kind() == Token.Kind.PUNCT && s.charAt(prev.start()) == '#') {
            return true; // 6 French Judkins, #4 Fogarty
        }
        if (prev.kind() != Token.Kind.WORD) {
            return false;
        }
        String p = p0;
        boolean sentenceStart = first < 2 || tokens.get(first - 2).kind() == Token.Kind.PUNCT
                && ".:;".indexOf(s.charAt(tokens.get(first - 2).start())) >= 0;
        return inside == 1 && (THING_BEFORE.contains(p) && !sentenceStart || FINDING_BEFORE.contains(p));
    }

    /** True for a thing noun, singular or plural ({@code lengthenings}). */
    static boolean thingNoun(String w) {
        return THING_NOUNS.contains(w) || w.length() > 3 && w.endsWith("s")
                && THING_NOUNS.contains(w.substring(0, w.length() - 1));
    }

    /** True when a number and a dose unit follow token {@code after - 1}: a drug ({@code Allegra 180 mg}). */
    private static boolean doseFollows(AnalyzedText text, int after) {
        List<Token> tokens = text.tokens();
        String s = text.text();
        if (after >= tokens.size() || tokens.get(after).kind() != Token.Kind.NUMBER) {
            return false;
        }
        int q = after;
        // 180, 2.5, 320/12.5: digits with points and slashes
        while (q < tokens.size() && q - after < 5 && (tokens.get(q).kind() == Token.Kind.NUMBER
                || TextShapes.isPunct(s, tokens.get(q), "./") && q + 1 < tokens.size()
                        && tokens.get(q + 1).kind() == Token.Kind.NUMBER)) {
            q++;
        }
        return q < tokens.size() && (TextShapes.isPunct(s, tokens.get(q), "%")
                || DOSE_UNITS.contains(word(text.lowerCase(), tokens.get(q))));
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
