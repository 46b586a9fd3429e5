package org.raddeid.recognizers.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseVariantsTest {

    @Test
    void bracesExpandToEveryCombinationInOrder() {
        assertThat(PhraseVariants.expandBraces("Weber {A,B,C}")).containsExactly("Weber A", "Weber B", "Weber C");
        assertThat(PhraseVariants.expandBraces("Gleason {3,4} + {4,5}"))
                .containsExactly("Gleason 3 + 4", "Gleason 3 + 5", "Gleason 4 + 4", "Gleason 4 + 5");
        assertThat(PhraseVariants.expandBraces("plain")).containsExactly("plain");
    }

    @Test
    void eponymsGainPossessivesAndListedPossessivesLoseThem() {
        assertThat(PhraseVariants.possessives("Murphy sign"))
                .containsExactly("Murphy sign", "Murphy's sign", "Murphys sign");
        assertThat(PhraseVariants.possessives("Colles fracture"))
                .containsExactly("Colles fracture", "Colles's fracture", "Colles' fracture");
        assertThat(PhraseVariants.possessives("Adam's apple")).contains("Adam apple", "Adam's apple");
        assertThat(PhraseVariants.possessives("boxer's fracture")).containsExactly("boxer's fracture", "boxer fracture");
        assertThat(PhraseVariants.possessives("Doppler")).contains("Doppler's");
        // a word before punctuation, an abbreviation and a short word are not inflected
        assertThat(PhraseVariants.possessives("Hill-Sachs lesion")).doesNotContain("Hill's-Sachs lesion")
                .contains("Hill-Sachs's lesion");
        assertThat(PhraseVariants.possessives("CT scan")).containsExactly("CT scan");
        assertThat(PhraseVariants.possessives("Anderson-D'Alonzo")).containsExactly("Anderson-D'Alonzo");
    }

    @Test
    void lowerCaseLastWordsGainPlurals() {
        assertThat(PhraseVariants.plurals("Schmorl node")).containsExactly("Schmorl node", "Schmorl nodes");
        assertThat(PhraseVariants.plurals("artery")).contains("arteries");
        assertThat(PhraseVariants.plurals("attorney")).contains("attorneys");
        assertThat(PhraseVariants.plurals("mass")).contains("masses");
        assertThat(PhraseVariants.plurals("fireman")).contains("firemen");
        assertThat(PhraseVariants.plurals("salesperson")).contains("salespeople");
        assertThat(PhraseVariants.plurals("bronchus")).containsExactly("bronchus");
        assertThat(PhraseVariants.plurals("Doppler")).containsExactly("Doppler");
        assertThat(PhraseVariants.plurals("T2")).containsExactly("T2");
    }

    @Test
    void accentsAreStripped() {
        assertThat(PhraseVariants.stripAccents("Sj\u00f6gren Guillain-Barr\u00e9")).isEqualTo("Sjogren Guillain-Barre");
        assertThat(PhraseVariants.stripAccents("plain")).isSameAs("plain");
    }
}
