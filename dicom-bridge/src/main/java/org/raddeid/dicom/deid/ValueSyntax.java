package org.raddeid.dicom.deid;

import java.util.regex.Pattern;
import org.raddeid.dicom.codec.Vr;

/**
 * Whether a value of a code, number, date, time or age VR has that VR's syntax (PS3.5 6.2), value by value of a
 * multi-valued element. A value that does not is not kept as a code or a number: it may be anything, a name included.
 * Stateless.
 */
final class ValueSyntax {

    private static final Pattern CS = Pattern.compile("[A-Z0-9 _]{0,16}");
    private static final Pattern DS = Pattern.compile(" *(?:[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)? *");
    private static final Pattern IS = Pattern.compile(" *(?:[+-]?\\d{1,12})? *");
    private static final Pattern DA = Pattern.compile("(?:\\d{8})?");
    private static final Pattern TM = Pattern.compile(" *(?:\\d{2}(?::?\\d{2}(?::?\\d{2}(?:\\.\\d{1,6})?)?)?)? *");
    private static final Pattern DT = Pattern.compile(
            " *(?:\\d{4}(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\.\\d{1,6})?)?)?)?)?)?(?:[+-]\\d{4})?)? *");
    private static final Pattern AS = Pattern.compile("(?:\\d{3}[DWMY])?");
    private static final Pattern AE = Pattern.compile("[\\x20-\\x5B\\x5D-\\x7E]{0,16}");
    private static final Pattern UI = Pattern.compile("(?:[0-9]+(?:\\.[0-9]+)*)?");

    private ValueSyntax() {
    }

    /** True when {@code vr} is one whose values have a syntax to check here. */
    static boolean checks(Vr vr) {
        return pattern(vr) != null;
    }

    /** True when every backslash-separated value of {@code value} (padding removed) has {@code vr}'s syntax. */
    static boolean valid(Vr vr, String value) {
        Pattern p = pattern(vr);
        if (p == null) {
            return true;
        }
        for (String v : value.split("\\\\", -1)) {
            if (!p.matcher(vr == Vr.CS ? v.strip() : v).matches()) {
                return false;
            }
        }
        return true;
    }

    private static Pattern pattern(Vr vr) {
        return switch (vr) {
            case CS -> CS;
            case DS -> DS;
            case IS -> IS;
            case DA -> DA;
            case TM -> TM;
            case DT -> DT;
            case AS -> AS;
            case AE -> AE;
            case UI -> UI;
            default -> null;
        };
    }
}
