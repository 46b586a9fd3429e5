package org.raddeid.recognizers.dictionary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;

/**
 * The cue words around PHI: titles, credentials, labels before names, occupation cues and professions. Loaded once
 * per JVM; read-only and thread-safe.
 */
public final class Cues {

    /** What a label cue says about the name after it. */
    public record Label(PhiSubtype subtype, boolean needsColon) {
    }

    /** Lower-case titles before a name (dr, mr, ...). */
    public final Set<String> titles = new HashSet<>();
    /** Titles that mark a clinician. */
    public final Set<String> doctorTitles = new HashSet<>();
    /** Label and phrase cues before a name. */
    public final TokenTrie<Label> labels = new TokenTrie<>();
    /** Credentials after a name, as token sequences (m . d . is "M.D."). */
    public final TokenTrie<String> credentials;
    /** Professions (singular and plural). */
    public final TokenTrie<String> professions;
    /** Cues before a profession. */
    public final TokenTrie<Boolean> occupationCues = new TokenTrie<>();
    /** Health-care staff roles: professions only after an occupation cue. */
    public final Set<String> staffRoles = Set.of("nurse", "nurses", "physician", "physicians", "radiologist",
            "radiologists", "technologist", "technologists", "doctor", "doctors", "surgeon", "surgeons", "resident",
            "residents", "fellow", "fellows", "technician", "technicians", "sonographer", "sonographers", "therapist",
            "pharmacist", "paramedic", "paramedics", "attending", "provider", "providers", "clinician", "clinicians",
            "interpreter", "transcriptionist", "intern", "staff", "attendant", "assistant", "aide", "scribe");

    /** Roles written before a name that are no part of it ("Patient Hartmann"), besides {@link #staffRoles}. */
    private static final Set<String> NAME_ROLES = Set.of("patient", "patients", "pt");

    /** True when the lower-case {@code word} names a role that may stand before a name ("Attending Roe"). */
    public boolean roleBeforeName(String word) {
        return NAME_ROLES.contains(word) || staffRoles.contains(word);
    }

    private static final Set<String> AMBIGUOUS_CREDENTIALS = Set.of("do", "pa", "ms", "rt", "np", "ma");
    private static volatile Cues instance;

    private Cues() {
        CueLexicons lexicons = CueLexicons.load();
        for (String line : BundledLines.read(CueLexicons.TITLES)) {
            String[] f = line.split("\t");
            titles.add(f[0]);
            if (f.length > 1 && f[1].strip().equals("DOCTOR")) {
                doctorTitles.add(f[0]);
            }
        }
        for (String line : BundledLines.read(CueLexicons.NAME_LABELS)) {
            String[] f = line.split("\t");
            CueLexicons.NameRole role = CueLexicons.NameRole.valueOf(f[1].strip());
            // a bare "patient", "name" or "member" is a label only as a field name, with its colon
            boolean needsColon = role == CueLexicons.NameRole.PATIENT && !f[0].contains("name")
                    || f[0].equals("cc") || f[0].equals("contact");
            labels.add(f[0], new Label(role.subtype(), needsColon));
        }
        credentials = lexicons.credentials();
        professions = lexicons.professions();
        for (String c : List.of("former", "retired", "works as", "worked as", "working as", "employed as",
                "occupation", "profession", "job", "works at", "by trade", "career as", "employment", "formerly a",
                "employed by")) {
            occupationCues.add(c, Boolean.TRUE);
        }
    }

    /** Returns the shared instance. */
    public static Cues get() {
        Cues c = instance;
        if (c == null) {
            synchronized (Cues.class) {
                c = instance;
                if (c == null) {
                    c = new Cues();
                    instance = c;
                }
            }
        }
        return c;
    }

    /**
     * Returns the token index after the credential starting at token {@code i} ({@code MD}, {@code M.D.},
     * {@code PA-C}), or {@code i} when none starts there. A credential must end the word: {@code MDP} is not one.
     */
    public int credentialAt(AnalyzedText text, int i) {
        List<Token> tokens = text.tokens();
        if (i >= tokens.size() || tokens.get(i).kind() != Token.Kind.WORD) {
            return i;
        }
        String s = text.text();
        Token t = tokens.get(i);
        if (!Character.isUpperCase(s.charAt(t.start()))) {
            return i;
        }
        List<TokenTrie.Match<String>> m = credentials.longestAt(text, i);
        if (m.isEmpty()) {
            return i;
        }
        int end = m.get(0).endToken();
        if (end < tokens.size()) {
            Token after = tokens.get(end);
            if (after.start() == tokens.get(end - 1).end() && after.kind() != Token.Kind.PUNCT) {
                return i;
            }
        }
        return end;
    }

    /** True for credentials that are not also everyday words or abbreviations (MD, RN; not DO, PA, MS). */
    public boolean unambiguousCredential(String lower) {
        return !AMBIGUOUS_CREDENTIALS.contains(lower);
    }
}
