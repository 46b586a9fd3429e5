package org.raddeid.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.batch.table.TableOptions;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.core.text.AnalyzedText;

/** Files built the way an adversarial probe built them: each finding of issue 17 about tables, as a regression. */
class HostileInputTest {

    private static final String PHI = "Zebulon Quartermaine";
    private static final Secret SECRET = Secret.of("0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8));
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Finds the planted name wherever it is. */
    private static final Recognizer NAME = new Recognizer() {
        public String name() {
            return "planted";
        }

        public Set<PhiType> types() {
            return Set.of(PhiType.NAME);
        }

        public List<PhiSpan> recognize(AnalyzedText text) {
            List<PhiSpan> out = new java.util.ArrayList<>();
            Matcher m = Pattern.compile("Zebulon|Quartermaine").matcher(text.text());
            while (m.find()) {
                out.add(PhiSpan.of(m.start(), m.end(), PhiSubtype.PATIENT, 0.9, "planted"));
            }
            return out;
        }
    };

    private static final Deidentifier DEID = new Deidentifier(new Ensemble("test", List.of(NAME)));

    @TempDir
    Path dir;

    private DeidSummary run(Path in, BatchJob.Format format, TableOptions table) throws Exception {
        DeidSummary summary = new DeidSummary();
        BatchJob.run(DEID, new BatchJob.Settings(in, dir.resolve("out." + format.name().toLowerCase()), format,
                Policy.safeHarbor(), SECRET, table, false, 2, Long.MAX_VALUE), summary, (a, b, c) -> { }, () -> false);
        return summary;
    }

    private static TableOptions csv(String column, String patient) {
        return new TableOptions(column, null, patient, false, false, false, 1000, false);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private List<CSVRecord> readCsv() throws IOException {
        try (CSVParser p = CSVFormat.RFC4180.parse(Files.newBufferedReader(dir.resolve("out.csv")))) {
            return p.getRecords();
        }
    }

    private List<JsonNode> readJsonl() throws IOException {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out.jsonl"))) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void whenTheHeaderHasTwoTextColumns_thenTheRunIsRefusedNamingPositionsOnly() throws IOException {
        Path in = write("in.csv", "id,text,text\n1,Seen by " + PHI + ",Copy for " + PHI + "\n");
        assertThatThrownBy(() -> run(in, BatchJob.Format.CSV, csv(null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("columns 2 and 3").hasMessageNotContaining("Zebulon");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    void whenTheHeaderNamesTwoColumnsAlikeInAnotherCase_thenTheRunIsRefused() throws IOException {
        Path in = write("in.csv", "id,text,Text \n1,a,b\n");
        assertThatThrownBy(() -> run(in, BatchJob.Format.CSV, csv("text", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("columns 2 and 3");
    }

    @Test
    void whenTheHeaderHasBothDefaultTextColumns_thenTheRunIsRefusedUntilOneIsNamed() throws Exception {
        Path in = write("in.csv", "id,text,report_text\n1,Seen by " + PHI + ",Copy for " + PHI + "\n");
        assertThatThrownBy(() -> run(in, BatchJob.Format.CSV, csv(null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--column");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    void whenTheFileHasNoHeaderRow_thenTheErrorQuotesNoCellOfTheFirstRow() throws IOException {
        Path in = write("in.csv", "17," + PHI + " seen on 03/04/2021,MRN 8812345\n");
        assertThatThrownBy(() -> run(in, BatchJob.Format.CSV, csv(null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 columns").hasMessageNotContaining("Zebulon").hasMessageNotContaining("8812345");
        assertThatThrownBy(() -> run(in, BatchJob.Format.CSV, csv("17", "mrn")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--patient-column").hasMessageNotContaining("Zebulon")
                .hasMessageNotContaining("8812345");
    }

    @Test
    void whenAJsonlRowHoldsALoneSurrogate_thenOnlyThatRowFailsNamedByRowAndLine() throws Exception {
        Path in = write("in.jsonl", "{\"id\":\"a\",\"text\":\"Seen by " + PHI + "\"}\n"
                + "{\"id\":\"b\",\"text\":\"Seen by " + PHI + " \\ud800\"}\n"
                + "{\"id\":\"c\\udc00\",\"text\":\"fine\"}\n"
                + "{\"id\":\"d\",\"text\":\"Seen by " + PHI + "\"}\n");
        DeidSummary s = run(in, BatchJob.Format.JSONL, new TableOptions(null, null, null, false, false, false, 1000,
                false));
        List<JsonNode> out = readJsonl();
        assertThat(s.rows()).isEqualTo(4);
        assertThat(s.failed()).isEqualTo(2);
        assertThat(out.get(0).get("text").asText()).isEqualTo("Seen by [NAME]");
        assertThat(out.get(1).get("raddeidError").asText()).startsWith("row 2 (line 2)").contains("unpaired surrogate");
        assertThat(out.get(1).get("text").asText()).isEmpty();
        assertThat(out.get(2).get("raddeidError").asText()).startsWith("row 3 (line 3)");
        assertThat(out.get(2).has("id")).isFalse();
        assertThat(out.get(3).get("text").asText()).isEqualTo("Seen by [NAME]");
        assertThat(Files.readString(dir.resolve("out.jsonl"))).doesNotContain("Zebulon");
    }

    @Test
    void whenACsvCellIsFarLongerThanTheTextLimit_thenOnlyThatRowFailsAndItsOtherCellsAreKept() throws Exception {
        String huge = PHI + " " + "x".repeat(5 * 1024 * 1024);
        Path in = write("in.csv", "id,text,site\n1,Seen by " + PHI + ",a\n2," + huge + ",b\n3,ok,c\n");
        DeidSummary s = run(in, BatchJob.Format.CSV, csv(null, null));
        List<CSVRecord> out = readCsv();
        assertThat(s.failed()).isEqualTo(1);
        assertThat(out.get(2).toList()).containsExactly("2", "", "b", "row 2 (line 3), column 'text': text is "
                + huge.length() + " chars, longer than the limit of 1000; row not de-identified");
        assertThat(out.get(3).get(1)).isEqualTo("ok");
        assertThat(Files.readString(dir.resolve("out.csv"))).doesNotContain("Zebulon");
    }

    @Test
    void whenAJsonlTextIsLongerThanTheLimit_thenThatRowFailsKeepingItsOtherFields() throws Exception {
        Path in = write("in.jsonl", "{\"id\":\"a\",\"site\":\"n\",\"text\":\"" + PHI + " " + "y".repeat(2000)
                + "\"}\n{\"id\":\"b\",\"text\":\"ok\"}\n");
        run(in, BatchJob.Format.JSONL, new TableOptions(null, null, null, false, false, false, 1000, false));
        List<JsonNode> out = readJsonl();
        assertThat(out.get(0).get("site").asText()).isEqualTo("n");
        assertThat(out.get(0).get("text").asText()).isEmpty();
        assertThat(out.get(0).get("raddeidError").asText()).contains("longer than the limit of 1000");
        assertThat(out.get(1).get("text").asText()).isEqualTo("ok");
    }

    @Test
    void whenAJsonlLineHoldsASecondObject_thenThatRowFailsInsteadOfDroppingIt() throws Exception {
        Path in = write("in.jsonl", "{\"id\":\"a\",\"text\":\"fine\"} {\"id\":\"b\",\"text\":\"" + PHI + "\"}\n"
                + "{\"id\":\"c\",\"text\":\"ok\"}\n");
        DeidSummary s = run(in, BatchJob.Format.JSONL, new TableOptions(null, null, null, false, false, false, 1000,
                false));
        List<JsonNode> out = readJsonl();
        assertThat(s.failed()).isEqualTo(1);
        assertThat(out.get(0).get("raddeidError").asText()).startsWith("row 1 (line 1)")
                .contains("more than one JSON value");
        assertThat(out.get(1).get("text").asText()).isEqualTo("ok");
        assertThat(Files.readString(dir.resolve("out.jsonl"))).doesNotContain("Zebulon");
    }

    @Test
    void whenCellsStartLikeSpreadsheetFormulas_thenTheyAreNeutralisedUnlessKept() throws Exception {
        Path in = write("in.csv", "id,text,note\n=HYPERLINK(\"http://x\"),@SUM(A1),+cmd|' /C calc'!A0\n"
                + "-12.5,-x,\"\ttab\"\n");
        run(in, BatchJob.Format.CSV, csv(null, null));
        List<CSVRecord> out = readCsv();
        assertThat(out.get(1).toList().subList(0, 3)).containsExactly("'=HYPERLINK(\"http://x\")", "'@SUM(A1)",
                "'+cmd|' /C calc'!A0");
        assertThat(out.get(2).toList().subList(0, 3)).containsExactly("-12.5", "'-x", "'\ttab");
        run(in, BatchJob.Format.CSV, new TableOptions(null, null, null, false, false, false, 1000, true));
        assertThat(readCsv().get(1).get(0)).isEqualTo("=HYPERLINK(\"http://x\")");
    }
}
