package org.raddeid.recognizers.pattern;

import java.util.List;
import org.raddeid.core.PhiSubtype;

/**
 * Street addresses ({@code 123 Main Street}, {@code 4500 N. Oak Ave, Apt 5B}) with a list of street suffixes, PO
 * boxes, and ZIP codes (5 digits or ZIP+4) in address context only: after a state abbreviation or name, or after a
 * ZIP or residence word. A bare 5-digit number is far more often a CPT code or a measurement than a ZIP.
 *
 * <p>Streets of other countries too: the type first ({@code 948 Calle Real}, {@code 12 Rue de Rivoli},
 * {@code Avenida Paulista 1000}) or last ({@code Hoofdstraat 12}, {@code Ismaninger Str. 22}), with their house number,
 * and a postcode with its city after a comma or at a line start ({@code 81675 München}, {@code SW1A 1AA London}).
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
    /** A capitalised word of any Latin script ({@code Rivoli}, {@code München}, {@code São}). */
    private static final String PROPER = "\\p{Lu}[\\p{L}'\u2019-]*";
    /** Street types written before the street's name, in Spanish, Italian, French, Portuguese and English. */
    private static final String TYPE_FIRST_WORDS = "Calle|C/|Carrera|Calzada|Camino|Paseo|Avenida|Avda\\.?|Av\\.|Rambla"
            + "|Via|Viale|Corso|Piazza|Strada|Vicolo|Rue|Avenue|Boulevard|Bd\\.?|Chemin|All[ée]e|Impasse|Quai"
            + "|Rua|Travessa|Largo|Pra[çc]a|Estrada|Plaza|Plaça|Carrer";
    private static final String TYPE_FIRST = "(?:" + TYPE_FIRST_WORDS + ")";
    /** A house number after the street's name ({@code Avenida Paulista, 1000}, {@code Rua Augusta nº 12}). */
    private static final String NUMBER_AFTER = ",?[ \\t]+(?:n[º°o.]\\s*)?\\d{1,5}[A-Za-z]?(?![\\w/]|\\.\\d)";
    private static final String PARTICLES = "(?:(?:de|del|de la|de las|de los|da|do|dos|das|di|della|delle|dei|degli"
            + "|des|du|le|la|les|d'|l'|el|los|las)\\s*)*";
    /** Where a postcode with its city starts: after a comma or at a line start. */
    private static final String POSTCODE_PLACE = "(?m)(?:(?<=,[ \\t]{0,2})|(?<=^[ \\t]{0,4}))";
    /** German, French, Nordic and Dutch (81675, D-81675, 111 22), British (SW1A 1AA) and Canadian (K1A 0B1) codes. */
    private static final String POSTCODE = "(?:[A-Z]{1,2}-)?\\d{4,5}|\\d{3} \\d{2}|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}"
            + "|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d";
    /** The city after its postcode: one or two capitalised words ({@code München}, {@code Bad Homburg}). */
    private static final String POSTCODE_CITY = "\\p{Lu}\\p{Ll}[\\p{L}'-]*(?:[ \\t-]\\p{Lu}[\\p{L}'-]+)?";
    /** What may follow the city: punctuation, the line end or a bracket. */
    private static final String CITY_END = "[ \\t]*(?:[,.;]|$|\\()";
    /** The street's name after a type-first street word: capitalised words, particles between them. */
    private static final String TYPE_FIRST_NAME = PARTICLES + PROPER + "(?:[ \\t]+" + PARTICLES + PROPER + "){0,3}";
    /** Street words that end a street's name, in German, Dutch and the Nordic languages ({@code Hoofdstraat}). */
    private static final String TYPE_LAST = "(?:stra(?:ß|ss)e|weg|gasse|platz|allee|damm|ufer|chaussee"
            + "|straat|laan|gracht|plein|gatan|vägen|gränd|torget|vej|veien|gata|katu)";
    /** Lower-case strings one of which every {@link #TYPE_FIRST} street holds: where its search may start. */
    private static final String[] TYPE_FIRST_KEYS = {"calle", "c/", "carrer", "calzada", "camino", "paseo", "av",
        "rambla", "via", "corso", "piazza", "strada", "vicolo", "rue", "boulevard", "bd", "chemin", "allee", "allée",
        "impasse", "quai", "rua", "travessa", "largo", "praça", "praca", "plaza", "plaça"};
    /** Lower-case strings one of which every {@link #TYPE_LAST} or {@link #TYPE_WORD} street holds. */
    private static final String[] TYPE_LAST_KEYS = {"str", "weg", "gasse", "platz", "allee", "damm", "ufer",
        "chaussee", "laan", "gracht", "plein", "gatan", "vägen", "gränd", "torget", "vej", "veien", "gata", "katu"};
    /** The same street words written as a word of their own after the name ({@code Ismaninger Str. 22}). */
    private static final String TYPE_WORD = "(?:Str\\.|Stra(?:ß|ss)e|Weg|Gasse|Platz|Allee|Straat|Laan)";

    /**
     * {@code Via} followed by an access route or a channel is a preposition at a sentence start, not a street
     * ({@code Via Femoral access}, {@code Via Email}); other type-first streets pass.
     */
    static boolean notLoneWord(String value) {
        return !LONE_VIA.matcher(value).matches();
    }

    private static final java.util.regex.Pattern LONE_VIA = java.util.regex.Pattern.compile(
            "(?s)Via\\s+(?:Email|E-mail|Phone|Telephone|Fax|Mail|Text|Portal|Femoral|Radial|Jugular|Subclavian|Brachial"
            + "|Catheter|Port|Line|Sheath|Access|Approach|Transfemoral|Transradial)\\b.*");

    /** Returns the address definitions. */
    public static List<PatternDefinition> definitions() {
        return List.of(
                PatternDefinition.builder("street-address", PhiSubtype.STREET,
                        "(?<![\\w.,/-])\\d{1,6}[A-Z]?(?:-\\d{1,4})?\\s+" + DIRECTION + "(?:" + NAME_WORD + "){1,4}?"
                        + SUFFIX + "(?:\\.|(?![A-Za-z]))" + UNIT)
                        .score(0.75).digitReach(0).build(),
                // 948 Calle Real, Via Esperanza, 12 Rue de Rivoli, Avenida Paulista 1000: the type comes first, and the
                // house number, before or after, goes with the street
                PatternDefinition.builder("street-type-first", PhiSubtype.STREET,
                        "(?<![\\w.,/-])(?:\\d{1,5}[A-Za-z]?,?\\s+)?" + TYPE_FIRST + "\\s+" + TYPE_FIRST_NAME
                        + "(?:" + NUMBER_AFTER + ")?")
                        .score(0.85).prefilter(Prefilter.NONE).validator(AddressPatterns::notLoneWord)
                        .keywords(TYPE_FIRST_KEYS).build(),
                // via tasso 129, 29 rue de tanger: in text written in one case the street word has no capital, so a
                // house number must go with it (the case view has restored the name's capitals)
                PatternDefinition.builder("street-type-first-numbered", PhiSubtype.STREET,
                        "(?<![\\w.,/-])(?:\\d{1,5}[A-Za-z]?,?[ \\t]+(?i:" + TYPE_FIRST_WORDS + ")[ \\t]+"
                        + TYPE_FIRST_NAME + "(?:" + NUMBER_AFTER + ")?|(?i:" + TYPE_FIRST_WORDS + ")[ \\t]+"
                        + TYPE_FIRST_NAME + NUMBER_AFTER + ")")
                        .score(0.85).digitReach(90).keywords(TYPE_FIRST_KEYS).build(),
                // Ismaninger Str. 22, Hoofdstraat 12, Drottninggatan 5, Bahnhofstraße 3a
                PatternDefinition.builder("street-type-last", PhiSubtype.STREET,
                        "(?<![\\w-])(?:\\p{Lu}[\\p{L}-]*?" + TYPE_LAST + "|" + PROPER + "[ \\t]+" + TYPE_WORD + ")"
                        + "[ \\t]*\\d{1,4}[a-z]?(?:[-/]\\d{1,4}[a-z]?)?(?![\\w/]|\\.\\d)")
                        .score(0.85).digitReach(60).keywords(TYPE_LAST_KEYS).build(),
                // 81675 München, 75001 Paris, 111 22 Stockholm, SW1A 1AA London, K1A 0B1 Ottawa: a postcode right
                // before a capitalised city, after a comma or at a line start
                PatternDefinition.builder("postcode-city", PhiSubtype.ZIP,
                        POSTCODE_PLACE + "(?<v>" + POSTCODE + ")(?=[ \\t]+" + POSTCODE_CITY + CITY_END + ")")
                        .score(0.75).digitReach(3).build(),
                PatternDefinition.builder("city-after-postcode", PhiSubtype.CITY,
                        POSTCODE_PLACE + "(?:" + POSTCODE + ")[ \\t]+(?<v>" + POSTCODE_CITY + ")(?=" + CITY_END + ")")
                        .score(0.75).digitReach(3).build(),
                // a unit on its own line of an address block ("Apt. 839", "Suite 200")
                PatternDefinition.builder("unit-line", PhiSubtype.STREET,
                        "(?m)^[ \\t>]*(?<v>(?i:apt|apartment|suite|ste|unit|flat|room|rm)\\.?[ \\t]*#?[ \\t]*"
                        + "[A-Za-z]?\\d{1,5}[A-Za-z]?)[ \\t]*,?[ \\t]*$")
                        .score(0.75).digitReach(20).build(),
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
