package org.raddeid.recognizers.pattern;

import java.util.List;
import org.raddeid.core.PhiSubtype;

/**
 * Ages over 89 in age phrases ({@code 92-year-old}, {@code 93 yo}, {@code 91 y/o}, {@code Age: 95},
 * {@code aged 97}, {@code ninety-two years old}) and in header shapes ({@code Age/Sex: 93Y/F}, {@code 093Y},
 * {@code 93Y M}). HIPAA requires only ages of 90 and above to be removed, so 89 and
 * below are never reported. As in the i2b2 annotation scheme, the span is the number, not the whole phrase.
 */
public final class AgePatterns {

    private AgePatterns() {
    }

    /** The lowest age that is PHI. */
    public static final int MIN_PHI_AGE = 90;

    private static final String UNIT_OLD = "(?:\\s*-\\s*|\\s*)(?:years?|yrs?|y)\\.?(?:\\s*-\\s*|\\s+)(?:old|of\\s+age)"
            + "(?![a-z])";
    private static final String UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";

    /** Returns the age definitions. */
    public static List<PatternDefinition> definitions() {
        return List.of(
                age("age-years-old", "(?<![\\w.])(?<v>\\d{2,3})" + UNIT_OLD),
                age("age-yo", "(?<![\\w.])(?<v>\\d{2,3})\\s*-?\\s*(?:yo|y/o|y\\.o\\.?|yr\\.?\\s*old)(?=[mf]?(?![a-z]))"),
                age("age-label", "(?<!\\w)(?:age|aged|age\\s+at\\s+exam|age\\s*(?:/|&|and)\\s*(?:sex|gender))\\s*[:=]?"
                        + "\\s*(?<v>\\d{2,3})(?:\\s?(?:y|yo|yrs?|years?)(?![a-z]))?(?:(?=\\s*/\\s*[mfu](?![a-z]))"
                        + "|(?![\\w/]|\\.\\d))"),
                // header and DICOM shapes: 93Y, 093Y, 93Y/F, 93 Y M
                age("age-y", "(?<![\\w./-])(?<v>\\d{2,3})\\s?y(?=\\s*/?\\s*[mfu](?![a-z])|(?![\\w/]|\\.\\d))"),
                age("age-years-sex", "(?<![\\w.])(?<v>\\d{2,3})\\s*-?\\s*(?:years?|yrs?|y)\\.?\\s*-?\\s*"
                        + "(?:male|female|man|woman|m|f|gentleman|lady|patient)(?![a-z])"),
                PatternDefinition.builder("age-spelled", PhiSubtype.AGE,
                        "(?<![\\w-])(?:aged\\s+)?(?<v>(?:ninety(?:[\\s-]" + UNITS + ")?|(?:one|a)[\\s-]hundred"
                        + "(?:[\\s-](?:and[\\s-])?(?:" + UNITS + "|ten|eleven|twelve|\\w+teen|twenty(?:[\\s-]"
                        + UNITS + ")?))?))(?=" + UNIT_OLD + ")")
                        .caseInsensitive().score(0.85).prefilter(Prefilter.NONE).build());
    }

    /** The number is at least {@value #MIN_PHI_AGE}. */
    static boolean over89(String value) {
        return Integer.parseInt(value) >= MIN_PHI_AGE;
    }

    private static PatternDefinition age(String name, String regex) {
        PatternDefinition.Builder b = PatternDefinition.builder(name, PhiSubtype.AGE, regex).caseInsensitive()
                .score(0.9).validator(AgePatterns::over89);
        // all but the labelled form start with the age's digits; "Age:    92" may put any white space first
        return (name.equals("age-label") ? b : b.digitReach(0)).build();
    }
}
