package org.raddeid.hl7;

/** Reads values out of ER7 text in tests, without HAPI: {@code Er7.get(text, "PID", 5, 1)}. */
final class Er7 {

    private Er7() {
    }

    /** The first repetition's component {@code comp} of field {@code field} of the first segment {@code seg}. */
    static String get(String message, String seg, int field, int comp) {
        for (String s : message.split("\r|\n")) {
            if (s.startsWith(seg + "|")) {
                String[] f = s.split("\\|", -1);
                int idx = seg.equals("MSH") ? field - 1 : field;
                if (idx >= f.length) {
                    return "";
                }
                String[] c = f[idx].split("~", -1)[0].split("\\^", -1);
                return comp <= c.length ? c[comp - 1] : "";
            }
        }
        throw new IllegalArgumentException("no segment " + seg);
    }
}
