package org.raddeid.recognizers.pattern;

import java.util.List;
import org.raddeid.core.PhiSubtype;

/**
 * Phone and fax numbers: US shapes ({@code (555) 123-4567}, {@code 555-123-4567}, {@code 555.123.4567},
 * {@code +1 555 123 4567}, {@code 555/123-4567}), international numbers written with a {@code +} country code, and
 * extensions ({@code x1234}, {@code ext. 12}) as part of the span. Ten bare digits ({@code Reading room: 9992810227}),
 * and seven-digit local numbers ({@code 555-0155}), count only after a phone word or where a phone stands. Pager and
 * beeper numbers in any common spelling ({@code pager #54321}, {@code pg 33445}, {@code pgr 4-5678}). A number after
 * a fax label is a {@link PhiSubtype#FAX}.
 *
 * <p>Deliberately not covered: national formats of other countries without a {@code +} country code
 * ({@code 020 7946 0958}, {@code 090-1234-5678}), and an extension alone.
 */
public final class PhonePatterns {

    private PhonePatterns() {
    }

    static final String EXTENSION = "(?:\\s*(?:x|ext\\.?|extension)\\s*\\d{1,6})?";
    private static final String BEFORE = "(?<![\\w+.-])";
    private static final String AFTER = "(?![\\w-]|\\.\\d)";
    private static final ContextRule PHONE_WORDS = ContextRule.boosting("phone", "tel", "telephone", "call", "cell",
            "mobile", "pager", "page", "contact", "fax", "beeper", "ph", "number");
    /** Words after which a bare number is a phone number: the phone words and the places a phone stands. */
    private static final String[] PHONE_LABELS = {"phone", "tel", "telephone", "call", "cell", "mobile", "pager",
        "fax", "contact", "beeper", "ph", "reading room", "room", "desk", "hotline", "direct line", "line", "office",
        "callback", "call back", "reach", "reached at", "voicemail", "vm", "home", "work", "landline", "pgr"};
    private static final Relabel FAX = Relabel.to(PhiSubtype.FAX, "fax", "facsimile", "telefax");

    /** Returns the phone definitions. */
    public static List<PatternDefinition> definitions() {
        return List.of(
                PatternDefinition.builder("pager", PhiSubtype.PHONE,
                                "(?<![a-z])(?:pager|beeper|page|pgr|pg|bpr|beep|ext\\.?|extension)\\s*[:#]?\\s*"
                                        + "(?:number\\s*|no\\.?\\s*)?#?\\s*(?<v>x?\\d[\\d-]{2,8}\\d)(?![\\w-]|\\.\\d)")
                        .caseInsensitive().score(0.8).keywords("pag", "beep", "ext", "pg", "bpr").build(),
                phone("phone-us", BEFORE + "(?:\\+?1[-.\\s]?)?(?:\\(\\s*\\d{3}\\s*\\)\\s*\\d{3}[-.\\s]?\\d{4}"
                        + "|\\d{3}(?<sep>[-.])\\d{3}\\k<sep>\\d{4}|\\d{3} \\d{3}[- ]\\d{4}"
                        + "|\\d{3}\\s?/\\s?\\d{3}[-.\\s]?\\d{4})" + EXTENSION + AFTER)
                        .score(0.75).context(PHONE_WORDS).digitReach(2).build(),
                phone("phone-international", "(?<![\\w+])\\+\\d{1,3}(?:[-.\\s]?+(?:\\(\\d{1,4}\\)|\\d++)){1,6}+"
                        + EXTENSION + AFTER)
                        .score(0.7).context(PHONE_WORDS).validator(PhonePatterns::plausibleInternational).digitReach(1).build(),
                // ten digits, or a spaced or slashed US shape, only after a phone word or a room's line
                phone("phone-bare", BEFORE + "\\(?\\d{3}\\)?[-. /]{0,3}\\d{3}[-. ]?\\d{4}" + AFTER)
                        .score(0.4).context(ContextRule.requiring(PHONE_LABELS))
                        .digitReach(1).build(),
                // a local number without area code ("contact Dr. Roe at 555-0155"), only after a phone word
                phone("phone-local", BEFORE + "\\d{3}[-.]\\d{4}" + EXTENSION + AFTER)
                        .score(0.4).context(ContextRule.requiring(PHONE_LABELS))
                        .digitReach(0).build());
    }

    /** Between 8 and 15 digits before any extension, as E.164 allows. */
    static boolean plausibleInternational(String value) {
        int x = value.toLowerCase(java.util.Locale.ROOT).indexOf('x');
        int n = IdChecks.digitCount(x < 0 ? value : value.substring(0, x));
        return n >= 8 && n <= 15;
    }

    private static PatternDefinition.Builder phone(String name, String regex) {
        return PatternDefinition.builder(name, PhiSubtype.PHONE, regex).caseInsensitive().relabel(FAX);
    }
}
