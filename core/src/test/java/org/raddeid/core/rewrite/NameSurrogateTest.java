package org.raddeid.core.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;

class NameSurrogateTest {

    /** A pool with two given names per initial and a handful of surnames. */
    private static final NamePool POOL = new NamePool() {
        public List<String> givenNames(char initial) {
            return List.of(initial + "ianne", initial + "orris");
        }

        public List<String> surnames() {
            return List.of("Brown", "Okafor", "Nguyen", "Kowalski", "Haddad", "Garcia", "Tanaka", "Silva");
        }

        public boolean isGivenName(String lower) {
            return Set.of("john", "mary", "amal").contains(lower);
        }
    };

    private static final Secret SECRET = Secret.of("0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8));
    private static final RewriteContext A = new RewriteContext(SECRET, "patient-A");
    private static final PhiSpan NAME = PhiSpan.of(0, 1, PhiSubtype.PATIENT, 0.9, "t");
    private static final NameSurrogate OP = new NameSurrogate(POOL);

    private static String s(String original, RewriteContext ctx) {
        return OP.apply(original, NAME, ctx);
    }

    @Test
    void partsMapConsistentlyWhateverTheShape() {
        String full = s("John Smith", A);
        String[] parts = full.split(" ");
        assertThat(parts).hasSize(2);
        assertThat(s("Smith", A)).isEqualTo(parts[1]);
        assertThat(s("SMITH, JOHN", A)).isEqualTo(parts[1].toUpperCase(Locale.ROOT) + ", "
                + parts[0].toUpperCase(Locale.ROOT));
        assertThat(s("J. Smith", A)).isEqualTo(parts[0].charAt(0) + ". " + parts[1]);
        assertThat(s("smith", A)).isEqualTo(parts[1].toLowerCase(Locale.ROOT));
        assertThat(full).isNotEqualTo("John Smith");
    }

    @Test
    void particlesStayAndShortInitialsMapLetterByLetter() {
        String out = s("Luca de Vries", A);
        assertThat(out).matches("[A-Z][a-z]+ de [A-Z][a-z]+").doesNotContain("Vries");
        assertThat(s("Vries", A)).isEqualTo(out.split(" ")[2]);
        assertThat(s("de Vries, Pierre", A)).startsWith("de " + out.split(" ")[2] + ", ");
        // transcriptionist initials: JD/mk keep their shape, and J maps as in J. Smith
        String initials = s("JD/mk", A);
        assertThat(initials).matches("[A-Z]{2}/[a-z]{2}");
        assertThat(initials.charAt(0)).isEqualTo(s("J. Smith", A).charAt(0));
        // a given name is still a name, even short and in capitals
        assertThat(s("AMAL", A)).matches("[A-Z]{5,}");
        assertThat(s("Al", A)).matches("[A-Z][a-z]+");
    }

    @Test
    void hyphensApostrophesAndPossessivesKeepTheirPlace() {
        String out = s("Mary Smith-Jones's", A);
        assertThat(out).matches("[A-Z][a-z]+ [A-Z][a-z]+-[A-Z][a-z]+'s");
        assertThat(out.split(" ")[1].split("-")[0]).isEqualTo(s("Smith", A));
    }

    @Test
    void otherPatientsAndOtherSecretsGetOtherNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            names.add(s("Amal Haddad Smith", new RewriteContext(SECRET, "patient-" + i)));
        }
        assertThat(new HashSet<>(names).size()).isGreaterThan(10);
        Secret other = Secret.of("another-secret-of-enough-bytes".getBytes(StandardCharsets.UTF_8));
        assertThat(s("Amal Haddad Smith", new RewriteContext(other, "patient-A"))).isNotEqualTo(s("Amal Haddad Smith", A));
    }

    @Test
    void initialsMapThroughAPermutation() {
        Set<Character> images = new HashSet<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            images.add(NameSurrogate.initial(c, A));
        }
        assertThat(images).hasSize(26);
        assertThat(NameSurrogate.shaped("brown", "SMITH")).isEqualTo("BROWN");
        assertThat(NameSurrogate.shaped("BROWN", "Smith")).isEqualTo("Brown");
    }
}
