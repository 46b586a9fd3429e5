package org.raddeid.recognizers.pattern;

import java.util.List;
import java.util.Locale;
import org.raddeid.core.PhiSubtype;

/**
 * E-mail addresses, URLs (with a scheme, with {@code www.}, or a bare domain under a common top-level domain) and IP
 * addresses (IPv4 with valid octets, IPv6 checked by a real parse; both with an optional CIDR prefix).
 *
 * <p>Trailing sentence punctuation is not part of a URL. An IPv4 address needs exactly four octets: a dotted number
 * with more parts ({@code 1.2.840.10008}, a DICOM UID) is not an IP address. E-mail top-level domains are not checked
 * against a list (recall first).
 */
public final class WebPatterns {

    private WebPatterns() {
    }

    private static final String TRAILING = ".,;:!?)]}'\"";
    private static final String COMMON_TLD = "(?:com|org|net|edu|gov|mil|int|info|biz|io|site|health|us"
            + "|(?:co|ac|gov|org|net|nhs|edu)\\.[a-z]{2})";

    /** Returns the e-mail, URL and IP definitions. */
    public static List<PatternDefinition> definitions() {
        return List.of(
                PatternDefinition.builder("email", PhiSubtype.EMAIL,
                        "(?<![\\w.%+-])[a-z0-9][a-z0-9._%+-]*+@[a-z0-9-]++(?:\\.[a-z0-9-]++)++(?![\\w@-])")
                        .caseInsensitive().score(0.9).prefilter(Prefilter.AT).validator(WebPatterns::emailDomain)
                        .build(),
                PatternDefinition.builder("url-scheme", PhiSubtype.URL,
                        "(?<![\\w])(?:https?|ftp)://[^\\s<>\"'{}|\\\\^`]++")
                        .caseInsensitive().score(0.85).prefilter(Prefilter.COLON).trimTrailing(TRAILING)
                        .validator(WebPatterns::hasHost).keywords("://").build(),
                PatternDefinition.builder("url-www", PhiSubtype.URL,
                        "(?<![\\w.@/-])www\\.[a-z0-9-]++(?:\\.[a-z0-9-]++)++(?:[/:?#][^\\s<>\"'{}|\\\\^`]*+)?")
                        .caseInsensitive().score(0.8).prefilter(Prefilter.DOT).trimTrailing(TRAILING).keywords("www.")
                        .build(),
                PatternDefinition.builder("url-domain", PhiSubtype.URL,
                        "(?<![\\w.@/:-])(?:[a-z0-9][a-z0-9-]{0,62}\\.){1,4}" + COMMON_TLD
                        + "(?![\\w-]|\\.[a-z0-9])(?:/[^\\s<>\"'{}|\\\\^`]*+)?")
                        .caseInsensitive().score(0.5).prefilter(Prefilter.DOT).trimTrailing(TRAILING)
                        .keywords(".com", ".org", ".net", ".edu", ".gov", ".mil", ".int", ".info", ".biz", ".io",
                                ".site", ".health", ".us", ".co.", ".ac.", ".gov.", ".org.", ".net.", ".nhs.", ".edu.")
                        .build(),
                PatternDefinition.builder("ipv4", PhiSubtype.IPADDR,
                        "(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?:/(?:3[0-2]|[12]?\\d)(?!\\d))?(?![\\w]|\\.\\w)")
                        .score(0.8).prefilter(Prefilter.DOT).validator(IpAddresses.IPV4)
                        .context(ContextRule.boosting("ip", "ipv4", "address", "host", "server")).digitReach(0).build(),
                PatternDefinition.builder("ipv6", PhiSubtype.IPADDR,
                        "(?<![\\w:.])(?=[0-9a-f]{0,4}:)[0-9a-f:.]{2,45}+(?:%[0-9a-z]{1,15})?(?:/\\d{1,3})?"
                        + "(?![\\w:])")
                        .caseInsensitive().score(0.8).prefilter(Prefilter.COLON).validator(IpAddresses.IPV6)
                        .trimTrailing(".").context(ContextRule.boosting("ip", "ipv6", "address", "host")).build());
    }

    /** The last label is a letter TLD of 2-24 chars or an IDN {@code xn--} label. */
    static boolean emailDomain(String value) {
        String tld = value.substring(value.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (tld.startsWith("xn--")) {
            return tld.length() > 4;
        }
        return tld.length() >= 2 && tld.length() <= 24 && tld.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** The host (after {@code ://}) is bracketed (IPv6) or has a dot. */
    static boolean hasHost(String value) {
        int s = value.indexOf("://") + 3;
        int e = s;
        while (e < value.length() && "/?#".indexOf(value.charAt(e)) < 0) {
            e++;
        }
        String host = value.substring(s, e);
        return host.startsWith("[") || host.indexOf('.') > 0 && host.charAt(host.length() - 1) != '.';
    }
}
