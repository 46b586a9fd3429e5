package org.raddeid.corpora.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.LabelledDocument;

class RoundTripTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(CorpusFormat.I2B2, "out", true),
                Arguments.of(CorpusFormat.BRAT, "out", true),
                Arguments.of(CorpusFormat.JSONL, "out.jsonl", true),
                Arguments.of(CorpusFormat.PHYSIONET, "id.text", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void whenWrittenThenRead_thenDocumentsAreEqual(CorpusFormat format, String target, boolean keepsOrigin)
            throws IOException {
        List<LabelledDocument> docs = Samples.roundTripDocuments();
        Path out = tmp.resolve(target);

        format.writer().write(docs, out);
        Corpus back = format.reader().read(out);

        assertThat(back.problems()).isEmpty();
        assertThat(back.documents()).containsExactlyInAnyOrderElementsOf(
                keepsOrigin ? docs : Samples.withoutOrigins(docs));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void whenWrittenTwiceFromItsOwnOutput_thenStable(CorpusFormat format, String target, boolean keepsOrigin)
            throws IOException {
        Path first = tmp.resolve("a").resolve(target);
        Path second = tmp.resolve("b").resolve(target);
        format.writer().write(Samples.roundTripDocuments(), first);
        Corpus once = format.reader().read(first);
        format.writer().write(once.documents(), second);

        assertThat(format.reader().read(second).documents()).containsExactlyElementsOf(once.documents());
    }
}
