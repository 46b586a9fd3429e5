package org.raddeid.core.rewrite;

import java.util.Set;
import org.raddeid.core.PhiSpan;
import java.util.regex.Pattern;

/**
 * HIPAA Safe Harbor generalisations (45 CFR 164.514(b)(2)(i)): ZIP codes keep their first three digits unless that
 * three-digit area holds 20,000 people or fewer, and ages over 89 collapse into one category.
 */
public final class SafeHarbor {

    /**
     * The three-digit ZIP prefixes whose areas held 20,000 people or fewer (2000 Census), which Safe Harbor replaces
     * with {@code 000}. Source: HHS Office for Civil Rights, "Guidance Regarding Methods for De-identification of
     * Protected Health Information in Accordance with the HIPAA Privacy Rule" (2012), section 3.4: "036, 059, 063, 102,
     * 203, 556, 692, 790, 821, 823, 830, 831, 878, 879, 884, 890, and 893".
     */
    public static final Set<String> RESTRICTED_ZIP3 = Set.of("036", "059", "063", "102", "203", "556", "692", "790",
            "821", "823", "830", "831", "878", "879", "884", "890", "893");

    private static final Pattern YEAR = Pattern.compile("(?:18|19|20)\\d{2}");

    private static final Pattern YEAR_IN_DATE = Pattern.compile("(?<!\\d)(?:18|19|20)\\d{2}(?!\\d)");

    private SafeHarbor() {
    }

    /**
     * Generalises a date to its year ({@code 7 March 2024} becomes {@code 2024}); a date without a four-digit year
     * becomes {@code [DATE]}.
     */
    public static Operator yearOnly() {
        return Operators.of("generalize", (original, span, context) -> {
            java.util.regex.Matcher m = YEAR_IN_DATE.matcher(original);
            return m.find() ? m.group() : "[DATE]";
        });
    }

    /**
     * Keeps a date that is a year alone ({@code 2019}), which Safe Harbor allows, and hands every other date to
     * {@code dates}. The operator has {@code dates}'s name; the audit says {@code keep} for a year it kept.
     */
    public static Operator keepYears(Operator dates) {
        return new Operator() {
            @Override
            public String name() {
                return dates.name();
            }

            @Override
            public String nameFor(String original, PhiSpan span) {
                return YEAR.matcher(original.strip()).matches() ? "keep" : dates.nameFor(original, span);
            }

            @Override
            public String apply(String original, PhiSpan span, RewriteContext context) {
                return YEAR.matcher(original.strip()).matches() ? original : dates.apply(original, span, context);
            }
        };
    }

    /**
     * Keeps a ZIP code's first three digits and zeroes the rest ({@code 60614-1234} becomes {@code 60600}); a restricted
     * prefix becomes {@code 00000}. Text that is not a ZIP code (no five leading digits) is replaced by {@code 00000}:
     * when unsure, remove.
     */
    public static Operator zip() {
        return Operators.of("generalize", (original, span, context) -> {
            String digits = original.strip();
            if (digits.length() < 5 || !digits.substring(0, 5).chars().allMatch(c -> c >= '0' && c <= '9')) {
                return "00000";
            }
            String zip3 = digits.substring(0, 3);
            return RESTRICTED_ZIP3.contains(zip3) ? "00000" : zip3 + "00";
        });
    }

    /**
     * Replaces an age over 89 with {@code wording} (such as {@code 90+} or {@code 90 or older}); Safe Harbor requires
     * it for ages, however written, so anything that is not a number below 90 gets the wording.
     */
    public static Operator ageOver89(String wording) {
        return Operators.of("generalize", (original, span, context) -> {
            String s = original.strip();
            if (!s.isEmpty() && s.length() <= 3 && s.chars().allMatch(c -> c >= '0' && c <= '9')
                    && Integer.parseInt(s) < 90) {
                return original;
            }
            return wording;
        });
    }
}
