package org.raddeid.recognizers.pattern;

/**
 * Parsers that decide whether a candidate is a real IP address: IPv4 dotted quads with octets up to 255 (optionally
 * with a CIDR prefix up to 32), and IPv6 per RFC 4291 text forms (at most one {@code ::}, groups of 1-4 hex digits,
 * an optional trailing dotted IPv4, zone id and prefix up to 128). Stateless and thread-safe.
 */
public final class IpAddresses {

    private IpAddresses() {
    }

    /** An IPv4 address, optionally {@code /prefix}. */
    public static final Validator IPV4 = IpAddresses::isIpv4WithPrefix;

    /** An IPv6 address, optionally {@code %zone} and {@code /prefix}. */
    public static final Validator IPV6 = IpAddresses::isIpv6WithSuffixes;

    static boolean isIpv4WithPrefix(String value) {
        int slash = value.indexOf('/');
        if (slash >= 0) {
            if (!isNumberAtMost(value.substring(slash + 1), 32)) {
                return false;
            }
            value = value.substring(0, slash);
        }
        return isIpv4(value);
    }

    /** Returns true for a dotted quad with four octets of 1-3 digits, each at most 255. */
    public static boolean isIpv4(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !isNumberAtMost(p, 255)) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6WithSuffixes(String value) {
        int slash = value.indexOf('/');
        if (slash >= 0) {
            if (!isNumberAtMost(value.substring(slash + 1), 128)) {
                return false;
            }
            value = value.substring(0, slash);
        }
        int pct = value.indexOf('%');
        if (pct >= 0) {
            String zone = value.substring(pct + 1);
            if (zone.isEmpty() || !zone.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '_')) {
                return false;
            }
            value = value.substring(0, pct);
        }
        return isIpv6(value);
    }

    /** Returns true for an IPv6 address in any RFC 4291 text form, without zone or prefix. */
    public static boolean isIpv6(String value) {
        int groupsNeeded = 8;
        String body = value;
        int lastColon = value.lastIndexOf(':');
        if (lastColon < 0) {
            return false;
        }
        String tail = value.substring(lastColon + 1);
        if (tail.indexOf('.') >= 0) {
            if (!isIpv4(tail)) {
                return false;
            }
            groupsNeeded = 6;
            body = value.substring(0, lastColon + 1);
            if (!body.endsWith("::")) {
                body = body.substring(0, body.length() - 1);
            }
        }
        int dc = body.indexOf("::");
        if (dc >= 0 && body.indexOf("::", dc + 1) >= 0) {
            return false;
        }
        if (dc >= 0) {
            String left = body.substring(0, dc);
            String right = body.substring(dc + 2);
            int l = groups(left);
            int r = groups(right);
            return l >= 0 && r >= 0 && l + r < groupsNeeded;
        }
        return groups(body) == groupsNeeded;
    }

    /** Returns the number of valid hex groups in a colon-separated list (0 when empty), or -1 when one is invalid. */
    private static int groups(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        String[] parts = s.split(":", -1);
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 4) {
                return -1;
            }
            for (int i = 0; i < p.length(); i++) {
                if (Character.digit(p.charAt(i), 16) < 0) {
                    return -1;
                }
            }
        }
        return parts.length;
    }

    private static boolean isNumberAtMost(String s, int max) {
        if (s.isEmpty() || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(s) <= max;
    }
}
