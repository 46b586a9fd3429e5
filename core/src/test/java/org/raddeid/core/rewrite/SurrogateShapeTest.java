package org.raddeid.core.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

/** Surrogates keep the shape of what they replace: particles, apostrophes, countries, cities, house numbers. */
class SurrogateShapeTest {

    private static final List<String> COUNTRIES = List.of("France", "Germany", "Japan", "Peru");
    private static final List<String> CITIES = List.of("Munich", "Dayton", "Fresno");

    private static final SurrogatePools POOLS = new SurrogatePools() {
        private final NamePool names = new NamePool() {
            public List<String> givenNames(char initial) {
                return List.of(initial + "ianne");
            }

            public List<String> surnames() {
                return List.of("Rio", "Brown", "Okafor");
            }

            public boolean isGivenName(String lower) {
                return Set.of("maria").contains(lower);
            }

            public List<String> apostropheSurnames() {
                return List.of("O'Neill", "D'Angelo", "O'Brien");
            }
        };

        public NamePool names() {
            return names;
        }

        public List<String> values(PhiSubtype subtype) {
            return Map.of(PhiSubtype.COUNTRY, COUNTRIES, PhiSubtype.CITY, CITIES, PhiSubtype.LOCATION_OTHER, CITIES,
                    PhiSubtype.STATE, List.of("Ohio", "Texas")).getOrDefault(subtype, List.of());
        }

        public List<String> stateCodes() {
            return List.of("OH", "TX");
        }
    };

    private static final Secret SECRET = Secret.of("0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8));
    private static final Surrogates OP = new Surrogates(POOLS, Operators.redactTag(), SafeHarbor.ageOver89("90+"),
            SafeHarbor.zip());

    private static String s(String original, PhiSpan span, String scope) {
        return OP.apply(original, span, new RewriteContext(SECRET, scope));
    }

    private static String name(String original, String scope) {
        return s(original, new PhiSpan(0, original.length(), PhiType.NAME, PhiSubtype.PATIENT, 0.9, "t"), scope);
    }

    @Test
    void whenANameHasParticles_thenTheyStayParticlesAndOnlyTheSurnameChanges() {
        for (int i = 0; i < 20; i++) {
            String out = name("DE LA CRUZ", "p" + i);
            assertThat(out).startsWith("DE LA ").matches("DE LA [A-Z]+").isNotEqualTo("DE LA CRUZ");
            assertThat(name("van der Berg", "p" + i)).startsWith("van der ");
        }
    }

    @Test
    void whenANameHasAnApostrophe_thenItBecomesAnotherApostropheName() {
        for (int i = 0; i < 20; i++) {
            assertThat(name("O'BRIEN", "p" + i)).isIn("O'NEILL", "D'ANGELO");
            assertThat(name("Sean O'Brien", "p" + i)).matches("[A-Z][a-z]+ (O'Neill|D'Angelo)");
        }
    }

    @Test
    void whenAPlaceIsACountry_thenItBecomesACountryWhateverItsSubtype() {
        for (int i = 0; i < 20; i++) {
            String out = s("Germany", PhiSpan.of(0, 7, PhiSubtype.LOCATION_OTHER, 0.7, "t"), "p" + i);
            assertThat(out).isIn("France", "Japan", "Peru");
            assertThat(s("GERMANY", new PhiSpan(0, 7, PhiType.LOCATION, null, 0.7, "t"), "p" + i))
                    .isIn("FRANCE", "JAPAN", "PERU");
        }
    }

    @Test
    void whenACityHasAnotherSpelling_thenItsSurrogateIsNeverThatCity() {
        for (int i = 0; i < 40; i++) {
            String out = s("München", PhiSpan.of(0, 7, PhiSubtype.CITY, 0.7, "t"), "p" + i);
            assertThat(out).isIn("Dayton", "Fresno");
        }
        assertThat(PlaceSurrogate.similar("Köln", "Koln")).isTrue();
        assertThat(PlaceSurrogate.similar("Munich", "München")).isTrue();
        assertThat(PlaceSurrogate.similar("Dayton", "München")).isFalse();
    }

    @Test
    void whenAnAddressWasTypedAsANameOrPlace_thenItsHouseNumberGetsNewDigits() {
        for (int i = 0; i < 20; i++) {
            String asName = name("12 Rue de Rivoli", "p" + i);
            assertThat(asName).doesNotContain("12").containsPattern("^\\d{2} ");
            String asPlace = s("Hoofdstraat 12", PhiSpan.of(0, 14, PhiSubtype.CITY, 0.7, "t"), "p" + i);
            assertThat(asPlace).containsPattern("\\d{2}$").doesNotContain("Hoofdstraat");
        }
    }
}
