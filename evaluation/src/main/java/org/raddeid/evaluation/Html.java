package org.raddeid.evaluation;

/** Escaping for HTML and SVG text and attribute values; the output is also well-formed XML. */
final class Html {

    private Html() {
    }

    /**
     * Returns {@code s} with {@code & < > " '} escaped and control characters (other than tab and line breaks) and
     * unpaired surrogates replaced by U+FFFD, so no corpus text can open a tag or break the page. Null gives "".
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pair) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || (c >= 0x7f && c <= 0x9f) || c == '\ufffe' || c == '\uffff') {
                        sb.append('\ufffd');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Escapes {@code s} and shows each line break as a visible return sign, for one-line context cells. */
    static String escapeInline(String s) {
        return escape(s).replace("\r\n", "\u21b5 ").replace('\n', '\u21b5').replace('\r', '\u21b5');
    }
}
