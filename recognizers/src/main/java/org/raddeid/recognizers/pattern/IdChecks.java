package org.raddeid.recognizers.pattern;

/**
 * Validity rules and check digits for identifiers: US SSN rules, NPI (Luhn with the {@code 80840} prefix), DEA
 * registration numbers, and the plain digit-count checks labelled identifiers need. Stateless and thread-safe.
 */
public final class IdChecks {

    private IdChecks() {
    }

    /**
     * A US SSN as issued: 9 digits, area not 000, 666 or 900-999, group not 00, serial not 0000, and not one digit
     * repeated.
     */
    public static final Validator SSN = value -> {
        String d = digits(value);
        if (d.length() != 9 || d.chars().distinct().count() == 1) {
            return false;
        }
        int area = Integer.parseInt(d.substring(0, 3));
        return area != 0 && area != 666 && area < 900 && !d.startsWith("00", 3) && !d.startsWith("0000", 5);
    };

    /** Nine digits, not one digit repeated ({@code 000-00-0000} is a placeholder): any SSN-shaped identifier. */
    public static final Validator NINE_DIGITS = value -> {
        String d = digits(value);
        return d.length() == 9 && d.chars().distinct().count() > 1;
    };

    /**
     * A US NPI: 10 digits starting with 1 or 2 whose Luhn check over {@code 80840} + digits holds, and not one digit
     * repeated before the check digit.
     */
    public static final Validator NPI = value -> {
        String d = digits(value);
        return d.length() == 10 && (d.charAt(0) == '1' || d.charAt(0) == '2') && luhn("80840" + d)
                && d.substring(0, 9).chars().distinct().count() > 1;
    };

    /**
     * A DEA registration number: two letters (the second may be 9) and 7 digits, where the last digit equals the
     * last digit of (d1 + d3 + d5) + 2 * (d2 + d4 + d6).
     */
    public static final Validator DEA = value -> {
        if (value.length() != 9) {
            return false;
        }
        String d = value.substring(2);
        if (!d.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int[] x = d.chars().map(c -> c - '0').toArray();
        int sum = x[0] + x[2] + x[4] + 2 * (x[1] + x[3] + x[5]);
        return sum % 10 == x[6];
    };

    /** A labelled identifier value: at least 3 chars, at least one digit, not all punctuation. */
    public static final Validator LABELLED_VALUE = value -> value.length() >= 3 && digitCount(value) >= 1;

    /** A value after a weak label: at least 4 chars and 2 digits. */
    public static final Validator WEAK_LABELLED_VALUE = value -> value.length() >= 4 && digitCount(value) >= 2;

    /** Returns true when the Luhn check over the digits of {@code number} holds. */
    public static boolean luhn(String number) {
        int sum = 0;
        boolean twice = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int v = number.charAt(i) - '0';
            if (v < 0 || v > 9) {
                return false;
            }
            if (twice) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** Returns the ASCII digits of {@code value}, in order. */
    static String digits(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static int digitCount(String value) {
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }
}
