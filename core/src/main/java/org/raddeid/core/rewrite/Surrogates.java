package org.raddeid.core.rewrite;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

/**
 * Realistic replacements that hide any PHI a recognizer missed among look-alikes ("hide in plain sight"), each a
 * deterministic function of (secret, scope, normalised original), so one patient's values map the same way in every
 * document and run:
 * <ul>
 *   <li>names keep their shape ({@link NameSurrogate});</li>
 *   <li>hospitals, organisations, departments, cities, states, countries and professions become real values of the
 *       same kind from the pools, in the original's case; a short all-caps acronym ({@code MGH}) stays an acronym;</li>
 *   <li>street addresses keep their numbers' lengths, suffix ({@code St}, {@code Avenue}) and unit words, with a new
 *       street name;</li>
 *   <li>identifiers keep their format with new characters; nine-digit social security numbers start with 9, which is
 *       never issued;</li>
 *   <li>phone and fax numbers become 555-01xx numbers (reserved for fiction) with the original punctuation; emails use
 *       a surrogate local part at {@code example.com}, {@code .org} or {@code .net} (RFC 2606); URLs point at those
 *       domains; IP addresses fall in the documentation ranges (RFC 5737, RFC 3849);</li>
 *   <li>dates are shifted and ages and ZIP codes generalised by the operators given to the constructor.</li>
 * </ul>
 * Thread-safe.
 */
public final class Surrogates implements Operator {

    private static final Set<String> STREET_SUFFIXES = Set.of("st", "street", "ave", "av", "avenue", "rd", "road",
            "blvd", "boulevard", "dr", "drive", "ln", "lane", "way", "ct", "court", "pl", "place", "ter", "terrace",
            "pkwy", "parkway", "hwy", "highway", "cir", "circle", "sq", "square", "trl", "trail", "pike", "row",
            "loop", "run", "path", "walk", "plaza", "alley", "crescent", "close", "n", "s", "e", "w", "ne", "nw", "se",
            "sw", "north", "south", "east", "west", "apt", "apartment", "suite", "ste", "unit", "floor", "fl", "bldg",
            "building", "room", "rm", "po", "box", "p", "o");
    /** In a pool value, where a surrogate surname goes ({@code {surname} Imaging Center}). */
    public static final String SURNAME = "{surname}";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'\u2019.]+");
    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern APOSTROPHES_AND_DOTS = Pattern.compile("[.'\u2019]");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final String[] DOC_NETS = {"192.0.2.", "198.51.100.", "203.0.113."};
    private static final String[] EXAMPLE_TLDS = {"com", "org", "net"};
    /** Draws tried for a value whose first surrogate is the value itself. */
    private static final int MAX_REDRAWS = 8;

    private final SurrogatePools pools;
    private final PlaceSurrogate places;
    private final NameSurrogate names;
    private final Operator dates;
    private final Operator ages;
    private final Operator zips;

    /**
     * Creates surrogates over {@code pools}; dates go to {@code dates} (a {@link DateShift}, say), ages to {@code ages}
     * and ZIP codes to {@code zips} (the Safe Harbor rules, say).
     */
    public Surrogates(SurrogatePools pools, Operator dates, Operator ages, Operator zips) {
        this.pools = Objects.requireNonNull(pools, "pools");
        this.places = new PlaceSurrogate(pools);
        this.names = new NameSurrogate(pools.names());
        this.dates = Objects.requireNonNull(dates, "dates");
        this.ages = Objects.requireNonNull(ages, "ages");
        this.zips = Objects.requireNonNull(zips, "zips");
    }

    @Override
    public String name() {
        return "surrogate";
    }

    @Override
    public String nameFor(String original, PhiSpan span) {
        Operator d = delegate(span);
        return d == this ? name() : d.nameFor(original, span);
    }

    /** The operator that rewrites {@code span}: dates, ages and ZIP codes go to their own; the rest is this one. */
    private Operator delegate(PhiSpan span) {
        PhiSubtype sub = span.subtype();
        if (sub == PhiSubtype.ZIP) {
            return zips;
        }
        if (span.type() == PhiType.DATE) {
            return dates;
        }
        return span.type() == PhiType.AGE ? ages : this;
    }

    /**
     * {@inheritDoc}
     *
     * <p>A surrogate never equals its original (ignoring case and spacing): a draw that gives the original back is
     * replaced by the next keyed draw, and a value with nothing to change (no letter or digit) becomes a type tag.
     * Dates, ages and ZIP codes follow their own operators.
     */
    @Override
    public String apply(String original, PhiSpan span, RewriteContext context) {
        Objects.requireNonNull(context, "a keyed operator needs a rewrite context");
        String out = draw(original, span, context);
        if (delegate(span) != this) {
            return out;
        }
        for (int n = 1; n <= MAX_REDRAWS && same(out, original); n++) {
            out = draw(original, span, new RewriteContext(context.secret(), context.scope() + "\u0000redraw-" + n));
        }
        return same(out, original) ? "[" + span.type().name() + "]" : out;
    }

    /** True when a surrogate would show its original again. */
    private static boolean same(String out, String original) {
        return Operators.normalise(out).equals(Operators.normalise(original));
    }

    private String draw(String original, PhiSpan span, RewriteContext context) {
        PhiSubtype sub = span.subtype();
        if (sub == null) {
            return switch (span.type()) {
                case NAME -> names.apply(original, span, context);
                case DATE -> dates.apply(original, span, context);
                case AGE -> ages.apply(original, span, context);
                case ID -> Keyed.reshape(original, context, "id");
                case CONTACT -> contact(original, context);
                case LOCATION -> place(original, PhiSubtype.LOCATION_OTHER, context);
                case PROFESSION -> place(original, PhiSubtype.PROFESSION, context);
                default -> "[" + span.type().name() + "]";
            };
        }
        return switch (sub) {
            case PATIENT, DOCTOR, RELATIVE -> names.apply(original, span, context);
            case USERNAME, ROOM, MEDICALRECORD, ACCESSION, HEALTHPLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE, BIOID, IDNUM ->
                Keyed.reshape(original, context, sub.name());
            case SSN -> ssn(original, context);
            case DATE, DOB -> dates.apply(original, span, context);
            case AGE -> ages.apply(original, span, context);
            case ZIP -> zips.apply(original, span, context);
            case PHONE, FAX -> phone(original, context);
            case EMAIL -> email(original, context);
            case URL -> url(original, context);
            case IPADDR -> ip(original, context);
            case STREET -> street(original, context);
            case STATE -> state(original, context);
            case HOSPITAL, DEPARTMENT, ORGANIZATION, CITY, COUNTRY, LOCATION_OTHER, PROFESSION ->
                place(original, sub, context);
        };
    }

    private String contact(String original, RewriteContext context) {
        if (original.contains("@")) {
            return email(original, context);
        }
        if (original.contains("://") || original.toLowerCase(Locale.ROOT).startsWith("www.")) {
            return url(original, context);
        }
        if (IPV4.matcher(original.strip()).matches()) {
            return ip(original, context);
        }
        return phone(original, context);
    }

    /** A value of the subtype's pool (cities for other locations), in the original's case. */
    private String place(String original, PhiSubtype subtype, RewriteContext context) {
        return cased(places.apply(original, subtype, context), original);
    }

    private String state(String original, RewriteContext context) {
        String s = original.strip();
        if (s.length() == 2 && !pools.stateCodes().isEmpty()) {
            String code = Keyed.pick(pools.stateCodes(), context, "STATE", Operators.normalise(s));
            return original.replace(s, s.equals(s.toLowerCase(Locale.ROOT)) ? code.toLowerCase(Locale.ROOT) : code);
        }
        return place(original, PhiSubtype.STATE, context);
    }

    /**
     * New numbers of the same lengths and a new street name; suffixes, directions and unit words stay.
     * {@code 42 Elm Street, Apt 5} might become {@code 17 Maple Street, Apt 8}.
     */
    private String street(String original, RewriteContext context) {
        List<String> pool = pools.values(PhiSubtype.STREET);
        String name = pool.isEmpty() ? null : Keyed.pick(pool, context, "STREET", Operators.normalise(original));
        StringBuilder out = new StringBuilder(original.length() + 8);
        Matcher m = WORD.matcher(original);
        int at = 0;
        boolean named = false;
        while (m.find()) {
            out.append(Keyed.reshapeNew(original.substring(at, m.start()), context, "street-number"));
            String word = m.group();
            String bare = APOSTROPHES_AND_DOTS.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
            boolean attached = m.start() > 0 && Character.isDigit(original.charAt(m.start() - 1));
            if (STREET_SUFFIXES.contains(bare)) {
                out.append(word);
            } else if (name == null || attached || bare.length() == 1) {
                out.append(Keyed.reshape(word, context, "street"));
            } else if (!named) {
                out.append(cased(name, word));
                named = true;
            } else {
                while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.setLength(out.length() - 1); // a further name word is absorbed by the one surrogate name
                }
            }
            at = m.end();
        }
        out.append(Keyed.reshapeNew(original.substring(at), context, "street-number"));
        return out.toString();
    }

    private static String ssn(String original, RewriteContext context) {
        String out = Keyed.reshape(original, context, "SSN");
        long digits = original.chars().filter(c -> c >= '0' && c <= '9').count();
        if (digits == 9) {
            int first = firstDigit(out);
            out = out.substring(0, first) + '9' + out.substring(first + 1); // area 9xx is never issued
        }
        return out;
    }

    /**
     * A 555-01xx number, reserved for fiction, in the original's punctuation: the last seven digits become
     * {@code 55501xx}, a ten-digit number gets a keyed area code starting 2-9, a leading country code stays; any other
     * digit count keeps its format with keyed digits.
     */
    private static String phone(String original, RewriteContext context) {
        String reshaped = Keyed.reshapeDigits(original, context, "PHONE");
        int digits = (int) original.chars().filter(c -> c >= '0' && c <= '9').count();
        if (digits != 7 && digits != 10 && digits != 11) {
            return reshaped;
        }
        char[] out = reshaped.toCharArray();
        char[] orig = original.toCharArray();
        String tail = "55501";
        int seen = 0;
        for (int i = 0; i < out.length; i++) {
            if (orig[i] < '0' || orig[i] > '9') {
                continue;
            }
            int fromEnd = digits - seen; // 7 means the first of the last seven
            if (digits == 11 && seen == 0) {
                out[i] = orig[i]; // country code
            } else if (fromEnd == 10 && out[i] < '2') {
                out[i] = (char) (out[i] + 2); // an area code starts with 2-9
            } else if (fromEnd <= 7 && fromEnd >= 3) {
                out[i] = tail.charAt(7 - fromEnd);
            }
            seen++;
        }
        return new String(out);
    }

    private String email(String original, RewriteContext context) {
        int at = original.lastIndexOf('@');
        if (at <= 0) {
            return "user" + Keyed.reshape("0000", context, "EMAIL" + Operators.normalise(original)) + "@example.com";
        }
        String local = original.substring(0, at);
        PhiSpan asName = new PhiSpan(0, local.length(), PhiType.NAME, null, 1, "surrogate");
        String newLocal = Keyed.reshapeDigits(names.apply(local, asName, context), context, "email-digits");
        return newLocal + "@example." + EXAMPLE_TLDS[(int) (Keyed.value(context, "EMAIL-TLD",
                Operators.normalise(original)) % EXAMPLE_TLDS.length)];
    }

    private static String url(String original, RewriteContext context) {
        String lower = original.toLowerCase(Locale.ROOT);
        String scheme = lower.startsWith("https://") ? "https://" : lower.startsWith("http://") ? "http://"
                : lower.startsWith("ftp://") ? "ftp://" : "";
        String rest = original.substring(scheme.length());
        String www = rest.toLowerCase(Locale.ROOT).startsWith("www.") ? "www." : "";
        int slash = rest.indexOf('/');
        String path = slash < 0 ? "" : rest.substring(slash);
        long v = Keyed.value(context, "URL", Operators.normalise(original));
        String tld = EXAMPLE_TLDS[(int) (v % EXAMPLE_TLDS.length)];
        return scheme + www + "example." + tld + (path.isEmpty() ? "" : Keyed.reshape(path, context, "URL-path"));
    }

    private static String ip(String original, RewriteContext context) {
        long v = Keyed.value(context, "IP", Operators.normalise(original));
        if (original.contains(":")) {
            return "2001:db8::" + Long.toHexString(v & 0xffff);
        }
        return DOC_NETS[(int) (v % DOC_NETS.length)] + (1 + (v >>> 8) % 254);
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return i;
            }
        }
        return -1;
    }

    /** The letters of {@code s}, nothing else. */
    private static String letters(String s) {
        return NON_LETTER.matcher(s).replaceAll("");
    }

    /** {@code value} in the case of {@code like}: ALL CAPS, lower case, or as the pool writes it. */
    private static String cased(String value, String like) {
        String letters = letters(like);
        if (letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return value.toUpperCase(Locale.ROOT);
        }
        if (!letters.isEmpty() && letters.equals(letters.toLowerCase(Locale.ROOT))) {
            return value.toLowerCase(Locale.ROOT);
        }
        return value;
    }
}
