package org.raddeid.corpora.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiType;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.CorpusProblem;
import org.raddeid.corpora.LabelledDocument;

/** Broken input is reported as problems naming file, line and offsets, the rest is still read, and no text leaks. */
class BadInputTest {

    private static final String SECRET = "Zelda Quimby";

    @TempDir
    Path tmp;

    private Path write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static String i2b2(String text, String tags) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<deIdi2b2>\n<TEXT><![CDATA[" + text
                + "]]></TEXT>\n<TAGS>\n" + tags + "</TAGS>\n</deIdi2b2>\n";
    }

    private static void assertNoSecret(Corpus corpus) {
        assertThat(corpus.problems()).extracting(CorpusProblem::toString)
                .allSatisfy(p -> assertThat(p).doesNotContain("Zelda").doesNotContain("Quimby"));
    }

    @Test
    void whenJsonlLineIsMalformed_thenProblemNamesTheLineAndOtherLinesAreRead() throws IOException {
        Path f = write("c.jsonl", """
                {"id":"a","text":"Hi","spans":[]}
                {"id":"b","text":"Zelda Quimby",
                {"id":"c","text":"Yo","spans":[]}
                """);

        Corpus corpus = new JsonlReader().read(f);

        assertThat(corpus.documents()).extracting(LabelledDocument::id).containsExactly("a", "c");
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("c.jsonl");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("malformed JSON");
        });
        assertNoSecret(corpus);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"text\":\"Zelda Quimby\",\"spans\":[]}|'id'",
        "{\"id\":\"x\",\"spans\":[]}|'text'",
        "{\"id\":\"x\",\"text\":\"Zelda Quimby\"}|'spans'",
        "{\"id\":\"x\",\"text\":\"Zelda Quimby\",\"spans\":[{\"end\":5,\"type\":\"NAME\"}]}|'start'",
        "{\"id\":\"x\",\"text\":\"Zelda Quimby\",\"spans\":[{\"start\":0,\"end\":5}]}|'type'",
        "{\"id\":\"x\",\"text\":\"Zelda Quimby\",\"spans\":[{\"start\":0,\"end\":5,\"type\":\"WIZARD\"}]}|'WIZARD'",
        "{\"id\":\"x\",\"text\":\"Zelda Quimby\",\"spans\":[{\"start\":0,\"end\":99,\"type\":\"NAME\"}]}|0..99",
    })
    void whenJsonlFieldIsMissingOrBad_thenProblemNamesFieldAndLine(String badLine, String named) throws IOException {
        Path f = write("c.jsonl", "{\"id\":\"ok\",\"text\":\"\",\"spans\":[]}\n" + badLine + "\n");

        Corpus corpus = new JsonlReader().read(f);

        assertThat(corpus.documents()).extracting(LabelledDocument::id).containsExactly("ok");
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains(named);
        });
        assertNoSecret(corpus);
    }

    @Test
    void whenJsonlSubtypeIsUnknown_thenSpanIsKeptWithTypeAndProblemRecorded() throws IOException {
        Path f = write("c.jsonl",
                "{\"id\":\"x\",\"text\":\"Zelda\",\"spans\":[{\"start\":0,\"end\":5,\"type\":\"NAME\",\"subtype\":\"CITY\"}]}\n");

        Corpus corpus = new JsonlReader().read(f);

        assertThat(corpus.documents()).singleElement().satisfies(d ->
                assertThat(d.annotations()).singleElement().satisfies(a -> {
                    assertThat(a.type()).isEqualTo(PhiType.NAME);
                    assertThat(a.subtype()).isNull();
                }));
        assertThat(corpus.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("'CITY'"));
    }

    @Test
    void whenDocumentIdsRepeat_thenFirstIsKeptAndProblemRecorded() throws IOException {
        Path f = write("c.jsonl", """
                {"id":"a","text":"one","spans":[]}
                {"id":"a","text":"two","spans":[]}
                """);

        Corpus corpus = new JsonlReader().read(f);

        assertThat(corpus.documents()).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("one"));
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("duplicate document id a");
        });
    }

    @Test
    void whenFileIsNotUtf8_thenProblemNamesFileAndLine() throws IOException {
        Path f = tmp.resolve("c.jsonl");
        byte[] good = "{\"id\":\"a\",\"text\":\"x\",\"spans\":[]}\n{\"id\":\"b\",\"text\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        bytes[good.length + 2] = '"';
        Files.write(f, bytes);

        Corpus corpus = new JsonlReader().read(f);

        assertThat(corpus.documents()).isEmpty();
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("c.jsonl");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("invalid UTF-8 at byte " + good.length);
        });
    }

    @Test
    void whenOneI2b2FileIsBroken_thenProblemHasLineAndColumnAndOthersAreRead() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("xml"));
        Files.writeString(dir.resolve("a.xml"), i2b2("Hi", ""));
        Files.writeString(dir.resolve("b.xml"), "<deIdi2b2>\n<TEXT>" + SECRET + "</TEXTX>\n</deIdi2b2>");
        Files.writeString(dir.resolve("c.xml"), i2b2("Yo", ""));

        Corpus corpus = new I2b2Reader().read(dir);

        assertThat(corpus.documents()).extracting(LabelledDocument::id).containsExactly("a", "c");
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("b.xml");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).containsPattern("line 2, column \\d+");
        });
        assertNoSecret(corpus);
    }

    @Test
    void whenI2b2FileDeclaresAnExternalEntity_thenItIsRefused() throws IOException {
        Path secret = write("secret.txt", SECRET);
        Path f = write("x.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE deIdi2b2 [<!ENTITY s SYSTEM \"" + secret.toUri()
                + "\">]>\n<deIdi2b2><TEXT>&s;</TEXT><TAGS/></deIdi2b2>");

        Corpus corpus = new I2b2Reader().read(f);

        assertThat(corpus.documents()).isEmpty();
        assertThat(corpus.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not well-formed"));
        assertNoSecret(corpus);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<NAME id=\"P0\" start=\"0\" end=\"5\" text=\"Quimby\" TYPE=\"PATIENT\" comment=\"\" />|differs",
        "<WIZARD id=\"P0\" start=\"0\" end=\"5\" text=\"Zelda\" TYPE=\"PATIENT\" comment=\"\" />|unknown PHI type 'WIZARD'",
        "<NAME id=\"P0\" start=\"0\" end=\"50\" text=\"Zelda\" TYPE=\"PATIENT\" comment=\"\" />|0..50",
        "<NAME id=\"P0\" end=\"5\" text=\"Zelda\" TYPE=\"PATIENT\" comment=\"\" />|missing attribute start",
    })
    void whenI2b2TagIsBad_thenDocumentIsSkippedWithProblem(String tag, String named) throws IOException {
        Path f = write("x.xml", i2b2(SECRET, tag + "\n"));

        Corpus corpus = new I2b2Reader().read(f);

        assertThat(corpus.documents()).isEmpty();
        assertThat(corpus.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains(named));
        assertNoSecret(corpus);
    }

    @Test
    void whenI2b2SubtypeIsUnknown_thenTypeIsKeptAndProblemRecorded() throws IOException {
        Path f = write("x.xml", i2b2(SECRET, "<ID id=\"P0\" start=\"0\" end=\"5\" text=\"Zelda\" TYPE=\"PASSPORT\" />\n"));

        Corpus corpus = new I2b2Reader().read(f);

        assertThat(corpus.documents()).singleElement().satisfies(d -> assertThat(d.annotations()).singleElement()
                .satisfies(a -> assertThat(a.type()).isEqualTo(PhiType.ID)));
        assertThat(corpus.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("'PASSPORT'"));
    }

    @Test
    void whenPhraseOffsetsAreBeyondTheRecord_thenThatDocumentIsSkipped() throws IOException {
        Path text = write("id.text", "START_OF_RECORD=1||||1||||\nZelda Quimby\n||||END_OF_RECORD\n"
                + "START_OF_RECORD=1||||2||||\nJo\n||||END_OF_RECORD\n");
        write("id-phi.phrase", "1 1 0 5 PTName Zelda\n1 2 0 40 PTName Jo\n");

        Corpus corpus = new PhysionetReader().read(text);

        assertThat(corpus.documents()).extracting(LabelledDocument::id).containsExactly("1-1");
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("id-phi.phrase");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("1-2").contains("0..40");
        });
    }

    @Test
    void whenPhraseCategoryIsUnknownOrRecordUnknown_thenProblemsNameTheLines() throws IOException {
        Path text = write("id.text", "START_OF_RECORD=1||||1||||\nZelda Quimby\n||||END_OF_RECORD\n");
        write("id-phi.phrase", "1 1 0 5 Wizard Zelda\n9 9 0 5 PTName Zelda\n");

        Corpus corpus = new PhysionetReader().read(text);

        assertThat(corpus.documents()).isEmpty();
        assertThat(corpus.problems()).extracting(CorpusProblem::line).containsExactlyInAnyOrder(1, 2);
        assertThat(corpus.problems()).anySatisfy(p -> assertThat(p.message()).contains("'Wizard'"));
        assertThat(corpus.problems()).anySatisfy(p -> assertThat(p.message()).contains("unknown record 9-9"));
        assertNoSecret(corpus);
    }

    @Test
    void whenPhysionetRecordHasNoEndMarker_thenItIsReportedAndTheNextIsRead() throws IOException {
        Path text = write("id.text", "START_OF_RECORD=1||||1||||\nZelda\nSTART_OF_RECORD=1||||2||||\nJo\n"
                + "||||END_OF_RECORD\n");
        write("id-phi.phrase", "");

        Corpus corpus = new PhysionetReader().read(text);

        assertThat(corpus.documents()).extracting(LabelledDocument::id).containsExactly("1-2");
        assertThat(corpus.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
    }

    @Test
    void whenPhraseFileIsMissing_thenReadFails() throws IOException {
        Path text = write("id.text", "START_OF_RECORD=1||||1||||\nJo\n||||END_OF_RECORD\n");

        assertThatThrownBy(() -> new PhysionetReader().read(text)).isInstanceOf(NoSuchFileException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "T1\tWIZARD 0 5\tZelda|'WIZARD'",
        "T1\tPATIENT 0 5\tQuimb|differs",
        "T1\tPATIENT 0 99\tZelda|0..99",
        "T1\tPATIENT zero 5\tZelda|not integers",
        "A1\tOrigin T7 HISPANIC|unknown entities",
    })
    void whenBratLineIsBad_thenDocumentIsSkippedWithProblem(String line, String named) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("brat"));
        Files.writeString(dir.resolve("a.txt"), SECRET);
        Files.writeString(dir.resolve("a.ann"), line + "\n");
        Files.writeString(dir.resolve("b.txt"), "Jo");
        Files.writeString(dir.resolve("b.ann"), "T1\tPATIENT 0 2\tJo\n");

        Corpus corpus = new BratReader().read(dir);

        assertThat(corpus.documents()).extracting(LabelledDocument::id).containsExactly("b");
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("a.ann");
            assertThat(p.message()).contains(named);
        });
        assertNoSecret(corpus);
    }

    @Test
    void whenBratFileHasNoPartner_thenProblemsAreRecorded() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("brat"));
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("b.ann"), "");

        Corpus corpus = new BratReader().read(dir);

        assertThat(corpus.documents()).isEmpty();
        assertThat(corpus.problems()).extracting(CorpusProblem::source).containsExactlyInAnyOrder("a.ann", "b.ann");
    }
}
