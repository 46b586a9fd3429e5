package org.raddeid.recognizers.pattern;

import java.util.List;
import org.raddeid.core.PhiSubtype;

/**
 * US Social Security numbers, checked by {@link IdChecks#SSN}. {@code 123-45-6789} stands on its own; the same shape
 * with spaces or dots scores lower; nine bare digits or mixed separators ({@code 078-051121}) count only after an SSN
 * word, since radiology reports are full of other 9-digit numbers; after such a word any nine digits count, issued as
 * an SSN or not (ITINs start with 9, surrogates too).
 */
public final class SsnPatterns {

    private SsnPatterns() {
    }

    private static final String AFTER = "(?![\\w-]|\\.\\d)";
    private static final String[] WORDS = {"ssn", "ssid", "social security", "social sec", "soc sec", "ss#", "ss #",
        "ss no", "social"};

    /** Returns the SSN definitions. */
    public static List<PatternDefinition> definitions() {
        return List.of(
                ssn("ssn-dashed", "(?<![\\w-])\\d{3}-\\d{2}-\\d{4}" + AFTER).score(0.85)
                        .context(ContextRule.boosting(WORDS)).digitReach(0).build(),
                ssn("ssn-spaced", "(?<![\\w.-])\\d{3}(?<sep>[. ])\\d{2}\\k<sep>\\d{4}" + AFTER).score(0.6)
                        .context(ContextRule.boosting(WORDS)).digitReach(0).build(),
                // nine digits count only after an SSN label, and then even a number never issued as an SSN (an ITIN
                // starting with 9, a typo, a fictional 9xx surrogate): it is still an identifier, recall first
                PatternDefinition.builder("ssn-labelled", PhiSubtype.SSN,
                        "(?<![\\w.-])\\d{3}[- .]?\\d{2}[- .]?\\d{4}" + AFTER).validator(IdChecks.NINE_DIGITS)
                        .score(0.4).context(ContextRule.requiring(WORDS)).digitReach(0).build());
    }

    private static PatternDefinition.Builder ssn(String name, String regex) {
        return PatternDefinition.builder(name, PhiSubtype.SSN, regex).validator(IdChecks.SSN);
    }
}
