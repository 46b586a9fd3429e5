package org.raddeid.corpora.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.LabelledDocument;

/** Readers over small hand-written files whose offsets were counted in code points. */
class FixtureReadTest {

    static Path fixture(String name) {
        return Path.of("src/test/resources/format").resolve(name);
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of(CorpusFormat.I2B2, "i2b2", "doc-1", List.of(
                        Samples.DOCTOR, Samples.DATE, Samples.PATIENT, Samples.AGE)),
                Arguments.of(CorpusFormat.BRAT, "brat", "doc-1", List.of(
                        Annotation.of(12, 15, PhiSubtype.DOCTOR), Annotation.of(16, 19, PhiSubtype.DOCTOR),
                        Samples.DATE, Samples.PATIENT, Samples.AGE)),
                Arguments.of(CorpusFormat.JSONL, "jsonl/corpus.jsonl", "doc-1", List.of(
                        Samples.DOCTOR, Samples.DATE, Samples.PATIENT, new Annotation(56, 58, PhiType.AGE, null, null))),
                Arguments.of(CorpusFormat.PHYSIONET, "physionet/id.text", "1-1", List.of(
                        Samples.DOCTOR, Samples.DATE,
                        new Annotation(41, 50, PhiType.NAME, PhiSubtype.PATIENT, null), Samples.AGE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void whenFixtureIsRead_thenFirstDocumentHasTheCountedOffsets(CorpusFormat format, String path, String id,
            List<Annotation> expected) throws IOException {
        Corpus corpus = format.reader().read(fixture(path));

        assertThat(corpus.problems()).isEmpty();
        LabelledDocument first = corpus.documents().get(0);
        assertThat(first.id()).isEqualTo(id);
        assertThat(first.text()).startsWith(Samples.FIXTURE_TEXT);
        assertThat(first.annotations()).containsExactlyElementsOf(expected);
        assertThat(first.covered(first.annotations().get(first.annotations().size() - 2))).isEqualTo("Zoë Ortiz");
    }

    @Test
    void whenI2b2FileHasBomAndHyphenatedSubtype_thenItIsRead() throws IOException {
        LabelledDocument doc = new I2b2Reader().read(fixture("i2b2")).documents().get(1);

        assertThat(doc.id()).isEqualTo("doc-2");
        assertThat(doc.annotations()).containsExactly(Annotation.of(21, 32, PhiSubtype.LOCATION_OTHER));
    }

    @Test
    void whenPhysionetRecordIsRead_thenTextRunsFromAfterHeaderToEndMarker() throws IOException {
        Corpus corpus = new PhysionetReader().read(fixture("physionet/id-phi.phrase"));

        assertThat(corpus.documents()).extracting(LabelledDocument::id).containsExactly("1-1", "1-2");
        LabelledDocument second = corpus.documents().get(1);
        assertThat(second.text()).isEqualTo("Call 617-555-0100.\n");
        assertThat(second.annotations()).containsExactly(Annotation.of(5, 17, PhiSubtype.PHONE));
    }

    @Test
    void whenJsonlHasBlankLines_thenTheyAreSkipped() throws IOException {
        Corpus corpus = new JsonlReader().read(fixture("jsonl/corpus.jsonl"));

        assertThat(corpus.documents()).extracting(LabelledDocument::id).containsExactly("doc-1", "doc-2");
        assertThat(corpus.documents().get(1).annotations()).isEmpty();
    }
}
