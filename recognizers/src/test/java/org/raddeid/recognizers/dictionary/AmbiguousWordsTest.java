package org.raddeid.recognizers.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AmbiguousWordsTest {

    private static final List<String> DICTIONARIES = List.of("phileas-first-names.txt", "phileas-surnames.txt",
            "datafaker-first-names-female.txt", "datafaker-first-names-male.txt", "datafaker-last-names.txt",
            "datafaker-hospital-names.txt", "phileas-cities.txt", "phileas-counties.txt", "phileas-states.txt");

    @Test
    void commonWordsThatAreNamesAreListedAndForeignNamesAreNot() {
        AmbiguousWords words = AmbiguousWords.shared();
        assertThat(List.of("will", "hope", "brown", "rose", "long", "stable", "normal", "clear", "chest", "Will", "HOPE"))
                .allMatch(words::contains);
        assertThat(List.of("gupta", "nguyen", "okafor", "kowalski", "rafael", "Gupta")).noneMatch(words::contains);
        assertThat(words.contains(null)).isFalse();
    }

    @Test
    void fileIsLowerCaseSortedAndDistinct() {
        List<String> lines = BundledLines.read(AmbiguousWords.RESOURCE);
        assertThat(lines).allMatch(w -> w.matches("[a-z]+"));
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(null);
        assertThat(lines).isEqualTo(sorted).doesNotHaveDuplicates();
        assertThat(AmbiguousWords.shared().size()).isEqualTo(lines.size());
    }

    @Test
    void everyWordIsADictionaryEntryAndEverySingleWordMedicalTermInADictionaryIsListed() {
        Set<String> dictionary = new HashSet<>();
        for (String file : DICTIONARIES) {
            for (String line : BundledLines.read(file)) {
                dictionary.add(line.toLowerCase(Locale.ROOT));
            }
        }
        AmbiguousWords words = AmbiguousWords.shared();
        assertThat(words.words()).allMatch(dictionary::contains);
        List<String> missing = new ArrayList<>();
        for (String term : BundledLines.read(MedicalAllowlist.RESOURCE)) {
            String lower = term.toLowerCase(Locale.ROOT);
            if (lower.matches("[a-z]+") && dictionary.contains(lower) && !words.contains(lower)) {
                missing.add(lower);
            }
        }
        assertThat(missing).as("rebuild ambiguous-words.txt with the command in README.md").isEmpty();
    }
}
