package org.raddeid.corpora.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.CorpusProblem;
import org.raddeid.corpora.LabelledDocument;

class TextOnlyReaderTest {

    @TempDir
    Path dir;

    @Test
    void whenJsonLinesHaveText_thenEachIsADocumentWithoutLabels() throws Exception {
        Path f = dir.resolve("free.jsonl");
        Files.writeString(f, "{\"id\":\"iu-1\",\"text\":\"No acute disease.\",\"specialty\":\"x\"}\n\n"
                + "{\"text\":\"Clear lungs.\"}\n");
        Corpus c = new TextOnlyReader().read(f);
        assertThat(c.problems()).isEmpty();
        assertThat(c.documents()).extracting(LabelledDocument::id).containsExactly("iu-1", "free.jsonl:3");
        assertThat(c.documents()).allMatch(d -> d.annotations().isEmpty());
    }

    @Test
    void whenALineIsBroken_thenItIsReportedByLineWithoutItsContentAndTheRestIsRead() throws Exception {
        Path f = dir.resolve("free.jsonl");
        Files.writeString(f, "{\"text\": \"Gomez\n{\"id\":\"a\",\"name\":\"Gomez\"}\n{\"id\":\"b\",\"text\":\"ok\"}\n");
        Corpus c = new TextOnlyReader().read(f);
        assertThat(c.documents()).extracting(LabelledDocument::id).containsExactly("b");
        assertThat(c.problems()).extracting(CorpusProblem::line).containsExactly(1, 2);
        assertThat(c.problems()).allSatisfy(p -> assertThat(p.toString()).doesNotContain("Gomez"));
    }

    @Test
    void whenADirectoryHoldsTextFiles_thenEachFileIsOneDocument() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Line one\nline two\n");
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"j\",\"text\":\"x\"}\n");
        Files.write(dir.resolve("c.txt"), new byte[] {'o', 'k', (byte) 0xff});
        Corpus c = new TextOnlyReader().read(dir);
        assertThat(c.documents()).extracting(LabelledDocument::id).containsExactly("j", "b.txt");
        assertThat(c.documents().get(1).text()).isEqualTo(new String("Line one\nline two\n".getBytes(),
                StandardCharsets.UTF_8));
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.source()).isEqualTo("c.txt"));
    }
}
