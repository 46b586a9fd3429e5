package org.raddeid.corpora.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.LabelledDocument;

/** Writers refuse what a format cannot hold, never overwrite a corpus, and leave no partial output. */
class WriterSafetyTest {

    @TempDir
    Path tmp;

    private List<String> listing() throws IOException {
        try (Stream<Path> all = Files.walk(tmp)) {
            return all.map(p -> tmp.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void whenTextHasXmlForbiddenControlChar_thenI2b2WriteFailsNamingTheDocumentAndWritesNothing() throws IOException {
        LabelledDocument bad = new LabelledDocument("d7", "Zelda\u0001Quimby", List.of());

        assertThatThrownBy(() -> new I2b2Writer().write(List.of(bad), tmp.resolve("out")))
                .isInstanceOf(UnwritableDocumentException.class)
                .hasMessageContaining("d7").hasMessageContaining("U+0001").hasMessageContaining("code point 5")
                .hasMessageNotContaining("Zelda");
        assertThat(listing()).containsExactly("");
    }

    @ParameterizedTest
    @CsvSource({"I2B2", "BRAT"})
    void whenTargetDirectoryIsNotEmpty_thenWriteFailsAndLeavesItAlone(CorpusFormat format) throws IOException {
        Path out = Files.createDirectory(tmp.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "old");

        assertThatThrownBy(() -> format.writer().write(Samples.roundTripDocuments(), out))
                .isInstanceOf(DirectoryNotEmptyException.class);
        assertThat(listing()).containsExactly("", "out", "out/keep.txt");
    }

    @ParameterizedTest
    @CsvSource({"I2B2", "BRAT"})
    void whenTargetIsAnEmptyDirectory_thenItIsFilledAndNoTempIsLeft(CorpusFormat format) throws IOException {
        Path out = Files.createDirectory(tmp.resolve("out"));

        format.writer().write(Samples.roundTripDocuments().subList(0, 1), out);

        assertThat(listing()).filteredOn(p -> !p.startsWith("out")).containsExactly("");
        assertThat(format.reader().read(out).documents()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"I2B2", "BRAT"})
    void whenIdIsNotASafeFileName_thenWriteFails(CorpusFormat format) {
        LabelledDocument bad = new LabelledDocument("../escape", "x", List.of());

        assertThatThrownBy(() -> format.writer().write(List.of(bad), tmp.resolve("out")))
                .isInstanceOf(UnwritableDocumentException.class).hasMessageContaining("safe file name");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void whenJsonlTargetExists_thenItIsReplacedWhole() throws IOException {
        Path out = tmp.resolve("c.jsonl");
        Files.writeString(out, "old\nold\nold\n");

        new JsonlWriter().write(Samples.roundTripDocuments().subList(0, 1), out);

        assertThat(Files.readAllLines(out)).hasSize(1);
        assertThat(listing()).containsExactly("", "c.jsonl");
    }

    @ParameterizedTest
    @CsvSource({"doc7", "1-", "1 2-3"})
    void whenIdIsNotPatientDashNote_thenPhysionetWriteFails(String id) {
        LabelledDocument bad = new LabelledDocument(id, "x", List.of());

        assertThatThrownBy(() -> new PhysionetWriter().write(List.of(bad), tmp.resolve("id.text")))
                .isInstanceOf(UnwritableDocumentException.class);
    }

    @Test
    void whenTextHoldsARecordMarker_thenPhysionetWriteFails() {
        LabelledDocument bad = new LabelledDocument("1-1", "a\n||||END_OF_RECORD\nb", List.of());

        assertThatThrownBy(() -> new PhysionetWriter().write(List.of(bad), tmp.resolve("id.text")))
                .isInstanceOf(UnwritableDocumentException.class).hasMessageContaining("record marker");
    }

    @Test
    void whenPhysionetIsWritten_thenFilesMatchTheOriginalLayout() throws IOException {
        LabelledDocument doc = new LabelledDocument("12-3", "Dr. Ann Lee\n",
                List.of(Annotation.of(4, 11, PhiSubtype.DOCTOR)));

        new PhysionetWriter().write(List.of(doc), tmp.resolve("id.text"));

        assertThat(Files.readString(tmp.resolve("id.text")))
                .isEqualTo("START_OF_RECORD=12||||3||||\nDr. Ann Lee\n||||END_OF_RECORD\n");
        assertThat(Files.readString(tmp.resolve("id-phi.phrase"))).isEqualTo("12 3 4 11 HCPName Ann Lee\n");
    }

    @Test
    void whenBratIsWritten_thenAnnLinesHaveLabelsOffsetsAndOrigin() throws IOException {
        LabelledDocument doc = new LabelledDocument("a", "\uD83D\uDE00 Ann\nLee", List.of(
                new Annotation(3, 10, PhiType.NAME, PhiSubtype.PATIENT, "HISPANIC")));

        new BratWriter().write(List.of(doc), tmp.resolve("out"));

        assertThat(Files.readString(tmp.resolve("out/a.ann")))
                .isEqualTo("T1\tPATIENT 2 9\tAnn Lee\nA1\tOrigin T1 HISPANIC\n");
    }

    @Test
    void whenTypeOnlyDateGoesThroughBrat_thenItComesBackWithItsSameNamedSubtype() throws IOException {
        LabelledDocument doc = new LabelledDocument("a", "on 2020", List.of(new Annotation(3, 7, PhiType.DATE, null,
                null)));

        new BratWriter().write(List.of(doc), tmp.resolve("out"));

        assertThat(new BratReader().read(tmp.resolve("out")).documents().get(0).annotations())
                .containsExactly(Annotation.of(3, 7, PhiSubtype.DATE));
    }

    @Test
    void whenI2b2IsWritten_thenCdataIsSplitAndCarriageReturnsAreCharacterReferences() throws IOException {
        String xml = I2b2Writer.render(new LabelledDocument("a", "x]]>y\r\nz", List.of()));

        assertThat(xml).contains("<TEXT><![CDATA[x]]]]><![CDATA[>y]]>&#13;<![CDATA[\nz]]></TEXT>");
    }
}
