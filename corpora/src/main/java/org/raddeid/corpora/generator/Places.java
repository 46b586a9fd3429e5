package org.raddeid.corpora.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hospitals, ZIP/city/state rows (so an address agrees with itself), street names and foreign places. Immutable and
 * thread-safe once loaded.
 */
public final class Places {

    /**
     * One row of the bundled ZIP table.
     *
     * @param zip the 5-digit ZIP code
     * @param city the city name
     * @param state the 2-letter state code
     */
    public record ZipRow(String zip, String city, String state) {
    }

    /**
     * A foreign city and its country, for outside-hospital comparisons.
     *
     * @param city the city
     * @param country the country
     */
    public record Abroad(String city, String country) {
    }

    private static final List<String> STREETS = List.of("Maple", "Oak", "Elm", "Washington", "Lincoln", "Park",
            "Main", "Cedar", "Pine", "Highland", "Sunset", "Lakeview", "Church", "Mill", "River", "Hillcrest",
            "Franklin", "Jefferson", "Madison", "Chestnut", "Walnut", "Spring", "Meadow", "Willow", "Forest",
            "Ridge", "Valley", "Harbor", "Clearview", "Summit");
    private static final List<String> STREET_SUFFIXES = List.of("Street", "St", "Avenue", "Ave", "Road", "Rd",
            "Drive", "Dr", "Lane", "Ln", "Boulevard", "Blvd", "Court", "Ct", "Way", "Place");
    private static final List<Abroad> ABROAD = List.of(new Abroad("Lagos", "Nigeria"),
            new Abroad("Mumbai", "India"), new Abroad("Manila", "Philippines"), new Abroad("Guadalajara", "Mexico"),
            new Abroad("Toronto", "Canada"), new Abroad("Seoul", "South Korea"), new Abroad("Krakow", "Poland"),
            new Abroad("Cairo", "Egypt"), new Abroad("Beirut", "Lebanon"), new Abroad("Lyon", "France"),
            new Abroad("Nairobi", "Kenya"), new Abroad("Ho Chi Minh City", "Vietnam"), new Abroad("Bogota", "Colombia"),
            new Abroad("Munich", "Germany"), new Abroad("Kyiv", "Ukraine"), new Abroad("Karachi", "Pakistan"));

    private final List<String> hospitals;
    private final List<ZipRow> zips;

    private Places() {
        List<String> h = new ArrayList<>(ResourceLines.read("dictionaries/datafaker-hospital-names.txt"));
        h.addAll(ResourceLines.read("dictionaries/phileas-hospitals.txt"));
        hospitals = List.copyOf(h);
        List<ZipRow> rows = new ArrayList<>(43_000);
        for (String line : ResourceLines.read("dictionaries/us-zipcodes-city-state-county.csv")) {
            String[] f = line.split(",", -1);
            if (f.length >= 3 && f[0].length() == 5 && !f[0].equals("code") && !f[1].isBlank()) {
                rows.add(new ZipRow(f[0], f[1].strip(), f[2].strip()));
            }
        }
        zips = List.copyOf(rows);
    }

    /** Loads the bundled tables. */
    public static Places load() {
        return new Places();
    }

    /** Returns a hospital name. */
    public String hospital(SplittableRandom rnd) {
        return NamePools.pick(rnd, hospitals);
    }

    /** Returns a ZIP row. */
    public ZipRow zip(SplittableRandom rnd) {
        return NamePools.pick(rnd, zips);
    }

    /** Returns a street line such as {@code 1423 Maple Ave}. */
    public String street(SplittableRandom rnd) {
        return (1 + rnd.nextInt(9899)) + " " + NamePools.pick(rnd, STREETS) + " "
                + NamePools.pick(rnd, STREET_SUFFIXES);
    }

    /** Returns a foreign city and country. */
    public Abroad abroad(SplittableRandom rnd) {
        return NamePools.pick(rnd, ABROAD);
    }
}
