package org.raddeid.recognizers.dictionary;

import java.util.List;
import java.util.Locale;
import org.raddeid.core.PhiSubtype;

/**
 * The small cue lexicons the name, place and profession recognizers use, each a {@link TokenTrie} over a bundled list:
 * titles before a name ({@code Dr}, {@code Mrs}), credentials after one ({@code MD}, {@code M.D.}, {@code RT(R)}),
 * labels before a name ({@code referring physician}, {@code wife}), occupations ({@code electrician},
 * {@code truck drivers}) and labels before a place ({@code lives in}, {@code transferred from}).
 *
 * <p>{@link #load()} reads the lists afresh (a few milliseconds) and returns tries owned by the caller, who may add
 * entries before sharing them; matching is read-only and thread-safe once no thread adds any more. Recognizers load
 * once, at construction.
 */
public final class CueLexicons {

    /** The bundled resources, relative to this package. */
    public static final String TITLES = "titles.txt";
    /** Credentials and degrees. */
    public static final String CREDENTIALS = "credentials.txt";
    /** Labels before a person name, with a {@link NameRole} column. */
    public static final String NAME_LABELS = "name-labels.txt";
    /** Occupations, singular. */
    public static final String PROFESSIONS = "professions.txt";
    /** Labels before a place. */
    public static final String PLACE_LABELS = "place-labels.txt";

    /** Which kind of person a title or label announces. */
    public enum NameRole {
        /** The patient. */
        PATIENT(PhiSubtype.PATIENT),
        /** A clinician or other staff member ({@code DOCTOR} in i2b2 covers nurses, technologists, transcriptionists). */
        DOCTOR(PhiSubtype.DOCTOR),
        /** A family member. */
        RELATIVE(PhiSubtype.RELATIVE),
        /** Anyone else, or a cue used for several kinds ({@code spoke with}, {@code Mr}). */
        UNKNOWN(null);

        private final PhiSubtype subtype;

        NameRole(PhiSubtype subtype) {
            this.subtype = subtype;
        }

        /** Returns the NAME subtype this role maps to, or null for {@link #UNKNOWN}. */
        public PhiSubtype subtype() {
            return subtype;
        }
    }

    private final TokenTrie<NameRole> titles;
    private final TokenTrie<String> credentials;
    private final TokenTrie<NameRole> nameLabels;
    private final TokenTrie<String> professions;
    private final TokenTrie<String> placeLabels;

    private CueLexicons() {
        titles = roles(TITLES);
        credentials = credentials(BundledLines.read(CREDENTIALS));
        nameLabels = roles(NAME_LABELS);
        professions = professions(BundledLines.read(PROFESSIONS));
        placeLabels = new TokenTrie<>();
        for (String line : BundledLines.read(PLACE_LABELS)) {
            placeLabels.add(line, line);
        }
    }

    /**
     * Reads the five bundled lists and returns new tries.
     *
     * @throws IllegalStateException naming the resource (and entry) when one is missing or malformed
     */
    public static CueLexicons load() {
        return new CueLexicons();
    }

    /** Returns titles written before a name ({@code dr}, {@code mrs}, {@code prof}) with the role each suggests. */
    public TokenTrie<NameRole> titles() {
        return titles;
    }

    /**
     * Returns credentials written after a name, each mapped to its undotted lower-case form ({@code M.D.}, {@code M.D}
     * and {@code MD} all give {@code md}; {@code RT (R)} gives {@code rt(r)}).
     */
    public TokenTrie<String> credentials() {
        return credentials;
    }

    /** Returns labels written before a person name ({@code patient name}, {@code dictated by}, {@code wife}) with roles. */
    public TokenTrie<NameRole> nameLabels() {
        return nameLabels;
    }

    /** Returns occupations, singular and plural ({@code nurse}, {@code nurses}), each mapped to its singular form. */
    public TokenTrie<String> professions() {
        return professions;
    }

    /** Returns labels written before a place ({@code lives in}, {@code transferred from}, {@code facility}). */
    public TokenTrie<String> placeLabels() {
        return placeLabels;
    }

    private static TokenTrie<NameRole> roles(String resource) {
        TokenTrie<NameRole> trie = new TokenTrie<>();
        List<String> lines = BundledLines.read(resource);
        for (int i = 0; i < lines.size(); i++) {
            String[] c = BundledLines.columns(resource, i, lines.get(i));
            NameRole role;
            try {
                role = NameRole.valueOf(c[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + " entry " + (i + 1) + " has an unknown role", e);
            }
            trie.add(c[0], role);
        }
        return trie;
    }

    /** Adds each spelling, and a dotted one also without its final dot, mapped to the spelling without dots or spaces. */
    static TokenTrie<String> credentials(List<String> lines) {
        TokenTrie<String> trie = new TokenTrie<>();
        for (String line : lines) {
            String canonical = line.replace(".", "").replace(" ", "");
            trie.add(line, canonical);
            if (line.endsWith(".")) {
                trie.add(line.substring(0, line.length() - 1), canonical);
            }
        }
        return trie;
    }

    /** Adds each occupation and the plural of its last word, both mapped to the singular. */
    static TokenTrie<String> professions(List<String> lines) {
        TokenTrie<String> trie = new TokenTrie<>();
        for (String line : lines) {
            for (String variant : PhraseVariants.plurals(line)) {
                trie.add(variant, line);
            }
        }
        return trie;
    }
}
