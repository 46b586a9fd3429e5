package org.raddeid.recognizers.pattern;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.raddeid.core.PhiSubtype;

/**
 * Payment identifiers, which are account numbers under HIPAA: card numbers of 13-19 digits (grouped by spaces or
 * dashes or not) whose Luhn check holds, and IBANs whose ISO 7064 mod-97 check holds.
 */
public final class PaymentPatterns {

    private PaymentPatterns() {
    }

    /** Returns the definitions. */
    public static List<PatternDefinition> definitions() {
        return List.of(
                PatternDefinition.builder("payment-card", PhiSubtype.ACCOUNT,
                                "(?<![\\w.-])(?<v>\\d{4}(?:[ -]?\\d{4}){2}[ -]?\\d{1,7})(?![\\w-]|\\.\\d)")
                        .score(0.8).validator(PaymentPatterns::card).digitReach(0).build(),
                PatternDefinition.builder("iban", PhiSubtype.ACCOUNT,
                                "(?<![\\w])(?<v>[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?)(?!\\w)")
                        .score(0.85).validator(PaymentPatterns::iban).digitReach(2).build());
    }

    static boolean card(String value) {
        String digits = value.replaceAll("[ -]", "");
        return digits.length() >= 13 && digits.length() <= 19 && IdChecks.luhn(digits)
                && digits.chars().distinct().count() > 1;
    }

    static boolean iban(String value) {
        String v = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (v.length() < 15 || v.length() > 34) {
            return false;
        }
        String moved = v.substring(4) + v.substring(0, 4);
        StringBuilder num = new StringBuilder();
        for (char c : moved.toCharArray()) {
            num.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
