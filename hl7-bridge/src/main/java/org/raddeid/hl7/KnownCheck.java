package org.raddeid.hl7;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.text.AnalyzedText;

/**
 * Whether a value holds one of the message's known identifiers (the patient's, relatives', guarantor's and insured's
 * names and identifiers, the birth date), for values kept without going through the text engine: codes, numbers,
 * flags. Name parts shorter than three letters are left out here ({@code ED} is a value type as often as a name), so
 * are identifiers shorter than four characters (as for the text engine). A cheap substring test runs first; only a
 * value that passes it is matched on word boundaries by {@link KnownIdentifiers#find}. Immutable and thread-safe.
 */
final class KnownCheck {

    private final KnownIdentifiers strict;
    private final List<String> needles = new ArrayList<>();

    KnownCheck(KnownIdentifiers known) {
        List<String> parts = new ArrayList<>();
        for (String name : known.names()) {
            for (String p : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}'’-]+")) {
                if (p.codePointCount(0, p.length()) >= 3) {
                    parts.add(p);
                    needles.add(p);
                }
            }
        }
        for (KnownIdentifiers.KnownId id : known.ids()) {
            String key = alnum(id.value());
            if (!key.isEmpty()) {
                needles.add(key);
            }
        }
        for (KnownIdentifiers.KnownDate d : known.dates()) {
            needles.add(String.valueOf(d.date().getYear()));
        }
        this.strict = new KnownIdentifiers(parts, known.ids(), known.dates());
    }

    /** Returns true when {@code value} holds a known identifier, on word boundaries. Does not change it. */
    boolean hits(String value) {
        if (value == null || value.isEmpty() || strict.isEmpty()) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        String compact = alnum(value);
        boolean maybe = false;
        for (String n : needles) {
            if (lower.contains(n) || compact.contains(n)) {
                maybe = true;
                break;
            }
        }
        return maybe && !strict.find(new AnalyzedText(value)).isEmpty();
    }

    private static String alnum(String v) {
        StringBuilder b = new StringBuilder(v.length());
        v.codePoints().filter(Character::isLetterOrDigit).forEach(cp -> b.appendCodePoint(Character.toLowerCase(cp)));
        return b.toString();
    }
}
