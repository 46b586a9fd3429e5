package org.raddeid.recognizers.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.rewrite.DeidResult;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.recognizers.Ensembles;

class DictionarySurrogatesTest {

    private static final DictionarySurrogates POOLS = DictionarySurrogates.shared();
    private static final Secret SECRET = Secret.of("0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8));

    @Test
    void poolsAreBroadAndHoldNoEverydayOrMedicalWords() {
        assertThat(POOLS.surnames()).hasSizeGreaterThan(50_000);
        int given = 0;
        for (char c = 'A'; c <= 'Z'; c++) {
            given += POOLS.givenNames(c).size();
            char initial = c;
            assertThat(POOLS.givenNames(c)).allMatch(n -> n.charAt(0) == initial && n.length() >= 3);
        }
        assertThat(given).isGreaterThan(10_000);
        Lexicons lex = Lexicons.get();
        MedicalAllowlist medical = MedicalAllowlist.shared();
        for (String s : POOLS.surnames().subList(0, 5000)) {
            String lower = s.toLowerCase(Locale.ROOT);
            assertThat(lex.isEnglish(lower) || medical.isMedicalTerm(lower)).as(s).isFalse();
        }
        assertThat(POOLS.surnames()).doesNotContain("Brown", "Will", "Chest", "Normal");
        assertThat(POOLS.values(PhiSubtype.HOSPITAL)).hasSizeGreaterThan(1000);
        assertThat(POOLS.values(PhiSubtype.CITY)).hasSizeGreaterThan(10_000).doesNotContain("Normal");
        assertThat(POOLS.values(PhiSubtype.STATE)).contains("Ohio");
        assertThat(POOLS.stateCodes()).hasSizeGreaterThan(30).contains("TX").doesNotContain("IN", "OR", "ME", "PA");
        assertThat(POOLS.values(PhiSubtype.STREET)).contains("Maple");
    }

    @Test
    void surrogateNamesReadAsNamesAndAreFoundAgain() {
        // hide in plain sight: the recognizers find the surrogates just as they found the originals
        Deidentifier fast = new Deidentifier(Ensembles.create(Ensembles.FAST));
        Policy surrogate = Policy.surrogate(POOLS);
        String report = "Patient: John Smith. Referring physician: Dr. Maria Gonzalez. Findings discussed with "
                + "Dr. Gonzalez on 03/07/2024.";
        Set<String> outputs = new HashSet<>();
        int refound = 0;
        int names = 0;
        for (int p = 0; p < 40; p++) {
            DeidResult r = fast.deidentify(report, surrogate, new RewriteContext(SECRET, "patient-" + p),
                    KnownIdentifiers.NONE);
            assertThat(r.text()).doesNotContain("John").doesNotContain("Smith").doesNotContain("Gonzalez")
                    .doesNotContain("03/07/2024");
            outputs.add(r.text());
            var again = fast.analyze(r.text()).spans();
            for (DeidResult.Replacement rep : r.replacements()) {
                if (rep.span().type() != org.raddeid.core.PhiType.NAME) {
                    continue;
                }
                names++;
                if (again.stream().anyMatch(s -> s.start() <= rep.outStart() && s.end() >= rep.outEnd())) {
                    refound++;
                }
            }
        }
        assertThat(outputs).hasSizeGreaterThan(35);
        assertThat(refound).as("surrogate names found again of " + names).isGreaterThanOrEqualTo(names * 95 / 100);
    }
}
