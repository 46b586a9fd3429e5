package org.raddeid.recognizers.dictionary;

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
    public final Set<String> titles = Set.of("dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor");
    /** Titles that mark a clinician. */
    public final Set<String> doctorTitles = Set.of("dr", "doctor", "prof", "professor");
    /** Label and phrase cues before a name. */
    public final TokenTrie<Label> labels = new TokenTrie<>();
    /** Credentials after a name, as token sequences (m . d . is "M.D."). */
    public final TokenTrie<Boolean> credentials = new TokenTrie<>();
    /** Professions (singular and plural). */
    public final TokenTrie<String> professions = new TokenTrie<>();
    /** Cues before a profession. */
    public final TokenTrie<Boolean> occupationCues = new TokenTrie<>();
    /** Health-care staff roles: professions only after an occupation cue. */
    public final Set<String> staffRoles = Set.of("nurse", "nurses", "physician", "physicians", "radiologist",
            "radiologists", "technologist", "technologists", "doctor", "doctors", "surgeon", "surgeons", "resident",
            "residents", "fellow", "fellows", "technician", "technicians", "sonographer", "sonographers", "therapist",
            "pharmacist", "paramedic", "paramedics", "attending", "provider", "providers", "clinician", "clinicians",
            "interpreter", "transcriptionist", "intern");

    private static final Set<String> AMBIGUOUS_CREDENTIALS = Set.of("do", "pa", "ms", "rt", "np", "ma");
    private static volatile Cues instance;

    private Cues() {
        for (String l : List.of("patient", "patient name", "name", "pt", "pt name", "cc", "copy to", "copies to")) {
            labels.add(l, new Label(l.startsWith("c") ? PhiSubtype.DOCTOR : PhiSubtype.PATIENT, true));
        }
        for (String l : List.of("referring", "referring physician", "referring doctor", "referring provider",
                "referred by", "ordering", "ordering physician", "ordering provider", "ordered by", "attending",
                "attending physician", "attending radiologist", "dictated by", "dictating", "transcribed by",
                "signed by", "electronically signed by", "signed electronically by", "reviewed by", "read by",
                "interpreted by", "verified by", "approved by", "performed by", "discussed with", "called to",
                "spoke with", "spoken with", "spoke to", "communicated to", "relayed to", "notified", "paged",
                "resident", "fellow", "technologist", "tech", "radiologist", "physician", "provider", "pcp",
                "primary care physician", "primary care provider", "surgeon", "consultant", "requested by",
                "left with", "reported to", "given to", "confirmed with", "contacted")) {
            labels.add(l, new Label(PhiSubtype.DOCTOR, false));
        }
        for (String l : List.of("mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
                "spouse", "partner", "guardian", "caregiver", "next of kin", "emergency contact", "aunt", "uncle",
                "grandmother", "grandfather", "niece", "nephew", "friend")) {
            labels.add(l, new Label(PhiSubtype.RELATIVE, false));
        }
        for (String c : List.of("md", "m.d.", "m.d", "do", "d.o.", "rn", "np", "pa", "pa-c", "phd", "ph.d.",
                "mbbs", "mbchb", "facr", "dabr", "frcr", "frcpc", "rt", "rt(r)", "arrt", "crna", "lpn", "aprn", "dnp",
                "fnp", "fnp-c", "mph", "msn", "bsn", "dds", "dmd", "pharmd", "rdms", "rvt", "cnmt", "dpm", "od",
                "rrt", "ms", "ma", "mba", "facc", "facs", "facp", "cnm")) {
            credentials.add(c, Boolean.TRUE);
        }
        for (String c : List.of("former", "retired", "works as", "worked as", "working as", "employed as",
                "occupation", "profession", "job", "works at", "by trade", "career as", "employment", "formerly a",
                "employed by")) {
            occupationCues.add(c, Boolean.TRUE);
        }
        for (String p : List.of("farmer", "teacher", "school teacher", "firefighter", "welder", "miner", "coal miner",
                "shipyard worker", "construction worker", "electrician", "plumber", "carpenter", "mechanic",
                "truck driver", "driver", "bus driver", "pilot", "police officer", "officer", "soldier", "veteran",
                "engineer", "accountant", "lawyer", "attorney", "nurse", "physician", "doctor", "dentist",
                "pharmacist", "painter", "artist", "musician", "chef", "cook", "baker", "butcher", "waiter",
                "waitress", "cashier", "clerk", "secretary", "librarian", "professor", "student", "scientist",
                "chemist", "programmer", "software engineer", "developer", "architect", "banker", "salesman",
                "saleswoman", "sales representative", "manager", "janitor", "custodian", "housekeeper", "nanny",
                "landscaper", "gardener", "roofer", "bricklayer", "mason", "stonemason", "sandblaster", "boilermaker",
                "pipefitter", "insulator", "asbestos worker", "factory worker", "machinist", "steelworker",
                "fisherman", "rancher", "logger", "lumberjack", "hairdresser", "barber", "tailor", "seamstress",
                "journalist", "writer", "editor", "photographer", "actor", "actress", "dancer", "athlete",
                "coach", "paramedic", "technician", "radiologist", "surgeon", "veterinarian", "social worker",
                "pastor", "priest", "minister", "rabbi", "nun", "flight attendant", "security guard", "guard",
                "postal worker", "mail carrier", "dock worker", "longshoreman", "warehouse worker", "forklift operator",
                "painter", "laborer", "labourer", "contractor", "plasterer", "glazier", "jeweler", "potter",
                "glassblower", "dental hygienist", "hygienist", "pharmacy technician", "lab technician",
                "radiology technician", "x-ray technician", "stone cutter", "quarry worker", "tunnel worker",
                "firefighter", "smelter", "foundry worker", "textile worker", "mill worker", "poultry worker",
                "cattle rancher", "crop duster", "exterminator", "hvac technician", "auto mechanic", "welder",
                "shipbuilder", "navy machinist", "military", "marine", "sailor", "teacher's aide", "daycare worker",
                "realtor", "real estate agent", "consultant", "analyst", "economist", "judge", "paralegal",
                "homemaker", "housewife", "caregiver", "nursing assistant", "home health aide", "receptionist")) {
            professions.add(p, p);
            professions.add(p.endsWith("man") ? p.substring(0, p.length() - 3) + "men" : p + "s", p);
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
        List<TokenTrie.Match<Boolean>> m = credentials.longestAt(text, i);
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
