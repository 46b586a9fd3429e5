package org.raddeid.recognizers.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.recognizers.dictionary.CueLexicons.NameRole;

class CueLexiconsTest {

    private static final CueLexicons CUES = CueLexicons.load();

    /** The phrases of {@code trie} found in {@code text}, longest at each token, as covered text. */
    private static <V> List<String> found(TokenTrie<V> trie, String text) {
        AnalyzedText t = new AnalyzedText(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.tokens().size(); i++) {
            for (TokenTrie.Match<V> m : trie.longestAt(t, i)) {
                out.add(text.substring(m.start(), m.end()));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {CueLexicons.TITLES, CueLexicons.CREDENTIALS, CueLexicons.NAME_LABELS,
        CueLexicons.PROFESSIONS, CueLexicons.PLACE_LABELS})
    void eachListLoadsIsLowerCaseAndHasNoDuplicates(String resource) {
        List<String> lines = BundledLines.read(resource);
        assertThat(lines).hasSizeGreaterThan(10);
        List<String> keys = new ArrayList<>();
        for (String line : lines) {
            String key = line.contains("\t") ? line.substring(0, line.indexOf('\t')) : line;
            assertThat(key).as("entry in %s", resource).isEqualTo(key.toLowerCase(Locale.ROOT)).isEqualTo(key.strip());
            keys.add(key);
        }
        assertThat(keys).as(resource).doesNotHaveDuplicates();
    }

    @Test
    void everyListLoadsIntoATrieOfAtLeastItsSize() {
        assertThat(CUES.titles().size()).isEqualTo(BundledLines.read(CueLexicons.TITLES).size());
        assertThat(CUES.nameLabels().size()).isEqualTo(BundledLines.read(CueLexicons.NAME_LABELS).size());
        assertThat(CUES.placeLabels().size()).isEqualTo(BundledLines.read(CueLexicons.PLACE_LABELS).size());
        assertThat(CUES.credentials().size()).isGreaterThan(BundledLines.read(CueLexicons.CREDENTIALS).size());
        assertThat(CUES.professions().size()).isGreaterThan(BundledLines.read(CueLexicons.PROFESSIONS).size());
        assertThat(BundledLines.read(CueLexicons.PROFESSIONS)).hasSizeGreaterThan(300);
    }

    @Test
    void titlesMatchBeforeNamesWithOrWithoutADotAndCarryARole() {
        assertThat(found(CUES.titles(), "seen by Dr. Roe and Mrs Doe")).containsExactly("Dr", "Mrs");
        assertThat(CUES.titles().get("DR")).isEqualTo(NameRole.DOCTOR);
        assertThat(CUES.titles().get("mr")).isEqualTo(NameRole.UNKNOWN);
        assertThat(CUES.titles().contains("sister")).isFalse();
        assertThat(CUES.titles().contains("major")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jane Roe, MD | MD | md", "Jane Roe, M.D. | M.D. | md", "Jane Roe M. D. | M. D. | md",
        "Jane Roe, M.D | M.D | md", "John Doe, PhD | PhD | phd", "John Doe, Ph.D. | Ph.D. | phd",
        "Ann Lee, PA-C | PA-C | pa-c", "Ann Lee, RT(R)(CT) | RT(R)(CT) | rt(r)(ct)",
        "Ann Lee RT (R) | RT (R) | rt(r)", "Ann Lee, RN, BSN | RN | rn", "Ann Lee, MBBS, FRCR | MBBS | mbbs",
        "Ann Lee, D.O. | D.O. | do", "Ann Lee, CRNA | CRNA | crna",
    })
    void credentialsMatchDottedAndUndottedSpellingsAndMapToTheUndottedForm(String text, String covered, String value) {
        AnalyzedText t = new AnalyzedText(text);
        int start = text.indexOf(covered);
        int token = t.firstTokenEndingAfter(start);
        List<TokenTrie.Match<String>> m = CUES.credentials().longestAt(t, token);
        assertThat(m).hasSize(1);
        assertThat(text.substring(m.get(0).start(), m.get(0).end())).isEqualTo(covered);
        assertThat(m.get(0).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Patient Name: Jane Roe | Patient Name | PATIENT",
        "Electronically signed by: John Doe | Electronically signed by | DOCTOR",
        "findings discussed with Dr. Roe | findings discussed with | DOCTOR",
        "Referring Physician: Ann Lee | Referring Physician | DOCTOR",
        "her husband Tom | husband | RELATIVE",
        "the patient's mother-in-law Ann | mother-in-law | RELATIVE",
        "spoke with Sam at bedside | spoke with | UNKNOWN",
    })
    void nameLabelsMatchAndGiveTheKindOfPerson(String text, String label, NameRole role) {
        assertThat(found(CUES.nameLabels(), text)).contains(label);
        assertThat(CUES.nameLabels().get(label)).isEqualTo(role);
    }

    @Test
    void rolesMapToNameSubtypes() {
        assertThat(NameRole.PATIENT.subtype()).isEqualTo(PhiSubtype.PATIENT);
        assertThat(NameRole.DOCTOR.subtype()).isEqualTo(PhiSubtype.DOCTOR);
        assertThat(NameRole.RELATIVE.subtype()).isEqualTo(PhiSubtype.RELATIVE);
        assertThat(NameRole.UNKNOWN.subtype()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "works as an electrician | electrician | electrician",
        "retired truck driver | truck driver | truck driver",
        "both parents are nurses | nurses | nurse",
        "two firemen were exposed | firemen | fireman",
        "Occupation: Attorneys | Attorneys | attorney",
        "former secretaries | secretaries | secretary",
        "SALESPEOPLE | SALESPEOPLE | salesperson",
    })
    void professionsMatchSingularAndPluralAndMapToTheSingular(String text, String covered, String singular) {
        assertThat(found(CUES.professions(), text)).contains(covered);
        assertThat(CUES.professions().get(covered)).isEqualTo(singular);
    }

    @Test
    void placeLabelsMatchInText() {
        assertThat(found(CUES.placeLabels(), "She lives in Springfield and was transferred from an outside hospital"))
                .contains("lives in", "transferred from", "outside hospital");
        assertThat(CUES.placeLabels().contains("Resident of")).isTrue();
        assertThat(CUES.placeLabels().contains("followed by")).isFalse();
    }

    @Test
    void eachLoadReturnsItsOwnTries() {
        assertThat(CueLexicons.load().titles()).isNotSameAs(CUES.titles());
    }
}
