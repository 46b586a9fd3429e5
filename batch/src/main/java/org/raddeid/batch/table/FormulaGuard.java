package org.raddeid.batch.table;

import java.util.regex.Pattern;

/**
 * Neutralises CSV cells a spreadsheet would run as a formula ("CSV injection"): a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, as OWASP recommends, so
 * {@code =HYPERLINK(…)}, {@code +cmd|…} or {@code @SUM(…)} is shown as text. Plain numbers such as {@code -12.5}
 * or {@code +3} are left alone: no spreadsheet runs them. Stateless and thread-safe.
 */
public final class FormulaGuard {

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(?:[.,][0-9]+)?");

    private FormulaGuard() {
    }

    /** Returns whether a spreadsheet would take {@code cell} for a formula. */
    public static boolean isFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return trigger && !NUMBER.matcher(cell).matches();
    }

    /** Returns {@code cell} with a leading {@code '} when it is a formula, else {@code cell} itself. */
    public static String neutralise(String cell) {
        return isFormula(cell) ? "'" + cell : cell;
    }
}
