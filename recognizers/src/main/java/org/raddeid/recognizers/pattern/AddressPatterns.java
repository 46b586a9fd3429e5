package org.raddeid.recognizers.pattern;

import java.util.List;
import org.raddeid.core.PhiSubtype;

/**
 * Street addresses ({@code 123 Main Street}, {@code 4500 N. Oak Ave, Apt 5B}) with a list of street suffixes, PO
 * boxes, and ZIP codes (5 digits or ZIP+4) in address context only: after a state abbreviation or name, or after a
 * ZIP or residence word. A bare 5-digit number is far more often a CPT code or a measurement than a ZIP.
 *
 * <p>Street names must be capitalised and suffixes written in title case or in full capitals ({@code STREET}), so
 * {@code 2 prior CT} is not {@code Ct} (court).
 */
public final class AddressPatterns {

    private AddressPatterns() {
    }

    static final String SUFFIX = "(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct"
            + "|Place|Pl|Terrace|Ter|Way|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Plaza|Plz|Alley"
            + "|Crescent|Loop|Pike|Turnpike|Tpke|Expressway|Expy|Freeway|Fwy|Heights|Hts"
            + "|STREET|AVENUE|ROAD|BOULEVARD|BLVD|DRIVE|LANE|COURT|PLACE|TERRACE|CIRCLE|PARKWAY|HIGHWAY)";
    private static final String DIRECTION = "(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?\\s+)?";
    private static final String NAME_WORD = "(?:[A-Z][A-Za-z'-]*|\\d{1,3}(?:st|nd|rd|th))\\.?\\s+";
    private static final String UNIT = "(?:,?\\s+(?i:apt|apartment|suite|ste|unit|room|rm|bldg|building|floor|fl)"
            + "\\.?\\s*#?\\s*[A-Za-z0-9-]{1,6}(?![\\w-])|\\s*#\\s*[A-Za-z0-9-]{1,6}(?![\\w-]))?";
    static final String STATE_ABBR = "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS"
            + "|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR)";
    static final String STATE_NAME = "(?i:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware"
            + "|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland"
            + "|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new\\s+hampshire"
            + "|new\\s+jersey|new\\s+mexico|new\\s+york|north\\s+carolina|north\\s+dakota|ohio|oklahoma|oregon"
            + "|pennsylvania|rhode\\s+island|south\\s+carolina|south\\s+dakota|tennessee|texas|utah|vermont|virginia"
            + "|washington|west\\s+virginia|wisconsin|wyoming|puerto\\s+rico)";
    private static final String ZIP_AFTER = "(?![\\w-]|\\.\\d)";

    /** Returns the address definitions. */
    public static List<PatternDefinition> definitions() {
        return List.of(
                PatternDefinition.builder("street-address", PhiSubtype.STREET,
                        "(?<![\\w.,/-])\\d{1,6}[A-Z]?(?:-\\d{1,4})?\\s+" + DIRECTION + "(?:" + NAME_WORD + "){1,4}?"
                        + SUFFIX + "(?:\\.|(?![A-Za-z]))" + UNIT)
                        .score(0.75).digitReach(0).build(),
                PatternDefinition.builder("city-before-state-zip", PhiSubtype.CITY,
                        "(?<![\\w'-])(?<v>[A-Z][A-Za-z'-]+(?:[ \\t][A-Z][A-Za-z'-]+){0,3}),\\s*(?:" + STATE_ABBR
                        + ")\\.?,?\\s+\\d{5}(?:-\\d{4})?" + ZIP_AFTER)
                        .score(0.85).prefilter(Prefilter.FIVE_DIGITS).build(),
                PatternDefinition.builder("state-before-zip", PhiSubtype.STATE,
                        "(?<=[A-Za-z],\\s{0,2})(?<v>" + STATE_ABBR + ")\\.?,?\\s+\\d{5}(?:-\\d{4})?" + ZIP_AFTER)
                        .score(0.85).prefilter(Prefilter.FIVE_DIGITS).build(),
                PatternDefinition.builder("room", PhiSubtype.ROOM,
                        "(?<![a-z])(?:room|rm\\.?|bed)\\s*(?:#|no\\.?|number)?\\s*(?<v>\\d{1,4}[a-z]?(?:-\\d{1,2})?)(?![\\w.])")
                        .caseInsensitive().score(0.8).keywords("room", "rm", "bed").build(),
                PatternDefinition.builder("po-box", PhiSubtype.STREET,
                        "(?<!\\w)(?:p\\.?\\s?o\\.?\\s*box|post\\s+office\\s+box)\\s*#?\\s*\\d{1,6}(?!\\w)")
                        .caseInsensitive().score(0.85).build(),
                PatternDefinition.builder("zip-after-state", PhiSubtype.ZIP,
                        "(?<!\\w)(?:" + STATE_ABBR + "|" + STATE_NAME + ")\\.?,?\\s+(?<v>\\d{5}(?:-\\d{4})?)" + ZIP_AFTER)
                        .score(0.85).prefilter(Prefilter.FIVE_DIGITS).build(),
                PatternDefinition.builder("zip-in-context", PhiSubtype.ZIP,
                        "(?<![\\w.-])\\d{5}(?:-\\d{4})?" + ZIP_AFTER)
                        .score(0.45).prefilter(Prefilter.FIVE_DIGITS).context(ContextRule.requiring("zip", "zipcode", "zip code", "postal",
                                "postcode", "lives in", "lived in", "resides in", "residing in"))
                        .build());
    }
}
