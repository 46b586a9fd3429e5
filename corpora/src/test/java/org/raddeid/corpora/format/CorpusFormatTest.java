package org.raddeid.corpora.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusFormatTest {

    @ParameterizedTest
    @CsvSource({"i2b2,I2B2", "BRAT,BRAT", " Jsonl ,JSONL", "physionet,PHYSIONET", "Presidio,PRESIDIO"})
    void whenNameIsParsed_thenCaseAndSpaceAreIgnored(String name, CorpusFormat expected) {
        assertThat(CorpusFormat.parse(name)).isEqualTo(expected);
    }

    @Test
    void whenNameIsUnknown_thenMessageListsValidNames() {
        assertThatThrownBy(() -> CorpusFormat.parse("conll"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'conll'")
                .hasMessageContaining("i2b2, brat, jsonl, physionet, presidio");
    }

    @Test
    void whenPresidioWriterIsAsked_thenItIsUnsupported() {
        assertThat(CorpusFormat.PRESIDIO.canWrite()).isFalse();
        assertThat(CorpusFormat.JSONL.canWrite()).isTrue();
        assertThatThrownBy(CorpusFormat.PRESIDIO::writer).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @CsvSource({"a.xml,I2B2", "a.TXT,BRAT", "a.ann,BRAT", "c.jsonl,JSONL", "d.json,PRESIDIO", "id.text,PHYSIONET",
        "id-phi.phrase,PHYSIONET"})
    void whenFileExtensionIsKnown_thenFormatIsDetected(String name, CorpusFormat expected, @TempDir Path tmp)
            throws IOException {
        assertThat(CorpusFormat.detect(tmp.resolve(name))).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"a.ann,BRAT", "a.xml,I2B2", "a.jsonl,JSONL", "a.text,PHYSIONET"})
    void whenDirectoryHoldsKnownFiles_thenFormatIsDetected(String file, CorpusFormat expected, @TempDir Path tmp)
            throws IOException {
        Files.writeString(tmp.resolve(file), "");
        Files.writeString(tmp.resolve("readme.md"), "");

        assertThat(CorpusFormat.detect(tmp)).contains(expected);
    }

    @Test
    void whenNothingMatches_thenDetectIsEmpty(@TempDir Path tmp) throws IOException {
        assertThat(CorpusFormat.detect(tmp)).isEqualTo(Optional.empty());
        assertThat(CorpusFormat.detect(tmp.resolve("notes.csv"))).isEmpty();
    }
}
