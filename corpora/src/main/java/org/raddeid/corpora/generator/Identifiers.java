package org.raddeid.corpora.generator;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes identifier and contact strings in several realistic shapes. Every method is a pure function of the random
 * source; none of the values belongs to anyone. Stateless and thread-safe.
 */
final class Identifiers {

    private static final String UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final List<String> DOMAINS = List.of("hospital.org", "healthsystem.org", "med.example.edu",
            "radiologypartners.example.com", "mail.example.net", "imaging.example.org");
    private static final List<String> PORTALS = List.of("https://portal.example-hospital.org/results/",
            "https://pacs.example-health.org/viewer?study=", "http://imaging.example.edu/reports/",
            "https://mychart.example-clinic.org/visit/");
    private static final List<String> VENDORS = List.of("Siemens SOMATOM Force", "GE Revolution CT",
            "Philips Ingenia 3.0T", "Siemens MAGNETOM Vida", "GE LOGIQ E10", "Hologic Selenia Dimensions",
            "Siemens Biograph Vision", "GE Discovery NM/CT 670", "Philips Azurion 7");

    private Identifiers() {
    }

    static String digits(SplittableRandom rnd, int n) {
        StringBuilder sb = new StringBuilder(n);
        sb.append(1 + rnd.nextInt(9));
        for (int i = 1; i < n; i++) {
            sb.append(rnd.nextInt(10));
        }
        return sb.toString();
    }

    static String letters(SplittableRandom rnd, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(UPPER.charAt(rnd.nextInt(UPPER.length())));
        }
        return sb.toString();
    }

    /** An MRN: 8 digits, {@code MR-1234567}, {@code E12345678} or {@code 000-12-3456}-like grouped digits. */
    static String mrn(SplittableRandom rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> digits(rnd, 8);
            case 1 -> "MR-" + digits(rnd, 7);
            case 2 -> letters(rnd, 1 + rnd.nextInt(2)) + digits(rnd, 7);
            default -> digits(rnd, 3) + "-" + digits(rnd, 2) + "-" + digits(rnd, 4);
        };
    }

    /** An accession: {@code 2021-00012345}, {@code A1234567}, {@code RAD21-004512}. */
    static String accession(SplittableRandom rnd, int year) {
        return switch (rnd.nextInt(3)) {
            case 0 -> year + "-" + String.format(Locale.ROOT, "%08d", rnd.nextInt(1_000_000));
            case 1 -> letters(rnd, 1) + digits(rnd, 7);
            default -> "RAD" + String.format(Locale.ROOT, "%02d", year % 100) + "-" + digits(rnd, 6);
        };
    }

    static String account(SplittableRandom rnd) {
        return rnd.nextBoolean() ? digits(rnd, 10) : "FIN" + digits(rnd, 9);
    }

    static String healthPlan(SplittableRandom rnd) {
        return letters(rnd, 3) + digits(rnd, 9);
    }

    static String npi(SplittableRandom rnd) {
        return digits(rnd, 10);
    }

    static String license(SplittableRandom rnd) {
        return letters(rnd, 1) + digits(rnd, 5 + rnd.nextInt(3));
    }

    static String ssn(SplittableRandom rnd) {
        return String.format(Locale.ROOT, "%03d-%02d-%04d", 100 + rnd.nextInt(565), 1 + rnd.nextInt(99),
                1 + rnd.nextInt(9999));
    }

    static String serial(SplittableRandom rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> letters(rnd, 2) + "-" + digits(rnd, 4) + "-" + letters(rnd, 1);
            case 1 -> digits(rnd, 6);
            default -> "SN" + digits(rnd, 8);
        };
    }

    static String plate(SplittableRandom rnd) {
        return digits(rnd, 1) + letters(rnd, 3) + digits(rnd, 3);
    }

    static String vendor(SplittableRandom rnd) {
        return NamePools.pick(rnd, VENDORS);
    }

    /** A US phone number in one of several shapes (area code never 555-0xxx to keep it fake-looking but varied). */
    static String phone(SplittableRandom rnd) {
        String a = String.valueOf(201 + rnd.nextInt(780));
        String b = String.valueOf(200 + rnd.nextInt(800));
        String c = String.format(Locale.ROOT, "%04d", rnd.nextInt(10_000));
        return switch (rnd.nextInt(5)) {
            case 0 -> "(" + a + ") " + b + "-" + c;
            case 1 -> a + "-" + b + "-" + c;
            case 2 -> a + "." + b + "." + c;
            case 3 -> "+1 " + a + " " + b + " " + c;
            default -> a + "-" + b + "-" + c + " ext " + (100 + rnd.nextInt(900));
        };
    }

    /** A pager/extension: {@code x4-5821}. */
    static String extension(SplittableRandom rnd) {
        return "x" + (1 + rnd.nextInt(8)) + "-" + String.format(Locale.ROOT, "%04d", rnd.nextInt(10_000));
    }

    static String email(SplittableRandom rnd, PersonName p) {
        String local = switch (rnd.nextInt(3)) {
            case 0 -> p.given().charAt(0) + p.family();
            case 1 -> p.given() + "." + p.family();
            default -> p.family() + rnd.nextInt(100);
        };
        local = local.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
        return local + "@" + NamePools.pick(rnd, DOMAINS);
    }

    static String username(PersonName p, SplittableRandom rnd) {
        String u = (p.given().charAt(0) + p.family()).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return rnd.nextBoolean() ? u : u + (1 + rnd.nextInt(9));
    }

    static String url(SplittableRandom rnd) {
        return NamePools.pick(rnd, PORTALS) + digits(rnd, 6 + rnd.nextInt(4));
    }

    static String ip(SplittableRandom rnd) {
        return rnd.nextBoolean()
                ? "10." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + (1 + rnd.nextInt(254))
                : "192.168." + rnd.nextInt(256) + "." + (1 + rnd.nextInt(254));
    }
}
