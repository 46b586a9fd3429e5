package org.raddeid.core.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

class SurrogatesTest {

    private static final List<String> HOSPITALS = List.of("Mercy General Hospital", "Lakeside Medical Center",
            "Saint Anne Hospital");
    private static final List<String> CITIES = List.of("Springfield", "Dayton", "Fresno", "Tacoma");

    /** Small, fixed pools, so the tests can say which values are allowed. */
    static final SurrogatePools POOLS = new SurrogatePools() {
        private final NamePool names = new NamePool() {
            public List<String> givenNames(char initial) {
                return List.of(initial + "ianne", initial + "orris");
            }

            public List<String> surnames() {
                return List.of("Brown", "Okafor", "Nguyen", "Kowalski", "Haddad");
            }

            public boolean isGivenName(String lower) {
                return Set.of("john", "mary").contains(lower);
            }
        };

        public NamePool names() {
            return names;
        }

        public List<String> values(PhiSubtype subtype) {
            return Map.of(PhiSubtype.HOSPITAL, HOSPITALS, PhiSubtype.CITY, CITIES, PhiSubtype.STATE,
                    List.of("Ohio", "Texas"), PhiSubtype.STREET, List.of("Maple", "Cedar"), PhiSubtype.PROFESSION,
                    List.of("carpenter", "teacher"), PhiSubtype.DEPARTMENT, List.of("{surname} Imaging Center")).getOrDefault(subtype, List.of());
        }

        public List<String> stateCodes() {
            return List.of("OH", "TX");
        }
    };

    private static final Secret SECRET = Secret.of("0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8));
    private static final RewriteContext A = new RewriteContext(SECRET, "patient-A");
    private static final RewriteContext B = new RewriteContext(SECRET, "patient-B");
    private static final Surrogates OP = new Surrogates(POOLS, Operators.redactTag(), SafeHarbor.ageOver89("90+"),
            SafeHarbor.zip());

    private static String s(String original, PhiSubtype subtype) {
        return s(original, subtype, A);
    }

    private static String s(String original, PhiSubtype subtype, RewriteContext ctx) {
        return OP.apply(original, PhiSpan.of(0, original.length(), subtype, 0.9, "t"), ctx);
    }

    @Test
    void identifiersKeepTheirFormatWithNewCharacters() {
        String mrn = s("MRN-004512-ab", PhiSubtype.MEDICALRECORD);
        assertThat(mrn).matches("[A-Z]{3}-\\d{6}-[a-z]{2}").isNotEqualTo("MRN-004512-ab");
        assertThat(s("MRN-004512-ab", PhiSubtype.MEDICALRECORD)).isEqualTo(mrn);
        assertThat(s("mrn 004512 AB", PhiSubtype.MEDICALRECORD)).matches("[a-z]{3} \\d{6} [A-Z]{2}");
        assertThat(s("MRN-004512-ab", PhiSubtype.MEDICALRECORD, B)).isNotEqualTo(mrn);
    }

    @Test
    void socialSecurityNumbersStartWithNineWhichIsNeverIssued() {
        for (String ssn : List.of("123-45-6789", "078051120", "555 12 3456")) {
            String out = s(ssn, PhiSubtype.SSN);
            assertThat(out.replaceAll("\\d", "#")).isEqualTo(ssn.replaceAll("\\d", "#"));
            assertThat(out.charAt(0)).isEqualTo('9');
        }
    }

    @Test
    void phonesBecomeFictional555Numbers() {
        assertThat(s("(617) 726-2000", PhiSubtype.PHONE)).matches("\\([2-9]\\d\\d\\) 555-01\\d\\d");
        assertThat(s("617.726.2000", PhiSubtype.FAX)).matches("[2-9]\\d\\d\\.555\\.01\\d\\d");
        assertThat(s("+1 617-726-2000", PhiSubtype.PHONE)).matches("\\+1 [2-9]\\d\\d-555-01\\d\\d");
        assertThat(s("726-2000", PhiSubtype.PHONE)).matches("555-01\\d\\d");
        assertThat(s("x4567", PhiSubtype.PHONE)).matches("x\\d{4}");
    }

    @Test
    void emailsUrlsAndAddressesUseReservedValues() {
        String email = s("john.smith42@mgh.harvard.edu", PhiSubtype.EMAIL);
        assertThat(email).matches("[a-z]+\\.[a-z]+\\d\\d@example\\.(com|org|net)");
        assertThat(email).doesNotContain("john").doesNotContain("smith");
        // the local part maps like the name does, so the same person reads the same in both places
        String name = OP.apply("John Smith", PhiSpan.of(0, 10, PhiSubtype.PATIENT, 0.9, "t"), A);
        assertThat(email).startsWith(name.toLowerCase().replace(' ', '.'));
        assertThat(s("https://www.mgh.org/patients/4711", PhiSubtype.URL))
                .matches("https://www\\.example\\.(com|org|net)/[a-z]+/\\d{4}");
        assertThat(s("10.1.22.7", PhiSubtype.IPADDR)).matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d+");
        assertThat(s("fe80::1", PhiSubtype.IPADDR)).startsWith("2001:db8::");
    }

    @Test
    void placesBecomeRealPlacesOfTheSameKindInTheSameCase() {
        assertThat(HOSPITALS).contains(s("Massachusetts General Hospital", PhiSubtype.HOSPITAL));
        assertThat(HOSPITALS.stream().map(String::toUpperCase).toList())
                .contains(s("MASSACHUSETTS GENERAL HOSPITAL", PhiSubtype.HOSPITAL));
        assertThat(s("MGH", PhiSubtype.HOSPITAL)).matches("[A-Z]{3}").isNotEqualTo("MGH");
        assertThat(CITIES).contains(s("Boston", PhiSubtype.CITY));
        assertThat(s("MA", PhiSubtype.STATE)).isIn("OH", "TX");
        assertThat(s("Massachusetts", PhiSubtype.STATE)).isIn("Ohio", "Texas");
        assertThat(s("radiologist", PhiSubtype.PROFESSION)).isIn("carpenter", "teacher");
        assertThat(s("Srinivasan Breast Center", PhiSubtype.DEPARTMENT))
                .matches("(Brown|Okafor|Nguyen|Kowalski|Haddad) Imaging Center");
    }

    @Test
    void streetsKeepNumbersLengthsSuffixesAndUnits() {
        String out = s("1234 Martin Luther King Blvd., Apt 5B", PhiSubtype.STREET);
        assertThat(out).matches("\\d{4} (Maple|Cedar) Blvd\\., Apt \\d[A-Z]");
        assertThat(out).doesNotContain("1234").doesNotContain("Martin");
        assertThat(s("42 N. Elm Street", PhiSubtype.STREET)).matches("\\d\\d N\\. (Maple|Cedar) Street");
    }

    @Test
    void datesAgesAndZipsGoToTheirOwnOperators() {
        assertThat(s("03/07/2024", PhiSubtype.DATE)).isEqualTo("[DATE]");
        assertThat(s("93", PhiSubtype.AGE)).isEqualTo("90+");
        assertThat(s("02114", PhiSubtype.ZIP)).isEqualTo("02100");
    }

    @Test
    void spansWithoutSubtypeAreHandledByType() {
        assertThat(OP.apply("a@b.org", new PhiSpan(0, 7, PhiType.CONTACT, null, 0.9, "t"), A))
                .matches("[a-z]@example\\.(com|org|net)");
        assertThat(OP.apply("4711-22", new PhiSpan(0, 7, PhiType.ID, null, 0.9, "t"), A)).matches("\\d{4}-\\d\\d");
    }

    @Test
    void identifiersOfDifferentPatientsRarelyCollide() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            seen.add(s("MRN 12345678", PhiSubtype.MEDICALRECORD, new RewriteContext(SECRET, "p" + i)));
        }
        assertThat(seen).hasSizeGreaterThan(1990);
    }

    /**
     * Property: with pools so small that a first draw often gives the original back (one city in four, one surname in
     * five, a letter-and-digit unit in 260), no surrogate of any subtype equals its original, for many patients.
     */
    @Test
    void noSurrogateEverEqualsItsOriginal() {
        Map<PhiSubtype, List<String>> originals = Map.ofEntries(
                Map.entry(PhiSubtype.PATIENT, List.of("Brown", "BROWN, JOHN", "Mary Okafor", "J. Nguyen", "JD")),
                Map.entry(PhiSubtype.DOCTOR, List.of("Kowalski", "Haddad")),
                Map.entry(PhiSubtype.CITY, List.of("Springfield", "Dayton", "FRESNO", "tacoma")),
                Map.entry(PhiSubtype.HOSPITAL, List.of("Mercy General Hospital", "Saint Anne Hospital", "MGH")),
                Map.entry(PhiSubtype.STATE, List.of("Ohio", "OH", "TX")),
                Map.entry(PhiSubtype.PROFESSION, List.of("teacher")),
                Map.entry(PhiSubtype.STREET, List.of("Apartment 3-C", "Apt 5", "12 Maple Street", "Cedar")),
                Map.entry(PhiSubtype.MEDICALRECORD, List.of("7", "A1", "12-3")),
                Map.entry(PhiSubtype.SSN, List.of("999-01-0101")),
                Map.entry(PhiSubtype.PHONE, List.of("555-0123", "x12")),
                Map.entry(PhiSubtype.IPADDR, List.of("192.0.2.1")),
                Map.entry(PhiSubtype.ROOM, List.of("3", "B")));
        int checked = 0;
        for (int p = 0; p < 400; p++) {
            RewriteContext ctx = new RewriteContext(SECRET, "patient-" + p);
            for (Map.Entry<PhiSubtype, List<String>> e : originals.entrySet()) {
                for (String original : e.getValue()) {
                    String out = s(original, e.getKey(), ctx);
                    assertThat(Operators.normalise(out)).as("%s %s for patient %d", e.getKey(), original, p)
                            .isNotEqualTo(Operators.normalise(original));
                    assertThat(s(original, e.getKey(), ctx)).as("still keyed").isEqualTo(out);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(400 * 31);
    }

    @Test
    void aValueWithNothingToChange_becomesATypeTag() {
        assertThat(s("-", PhiSubtype.MEDICALRECORD)).isEqualTo("[ID]");
    }
}
