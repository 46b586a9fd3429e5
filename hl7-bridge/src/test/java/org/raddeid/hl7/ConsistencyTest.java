package org.raddeid.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Pseudonyms;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.recognizers.Policies;

/**
 * The HL7 bridge rewrites a patient the way the rest of raddeid does: the PID-5 name gets the surrogate the text
 * engine gives the same name for the same secret and patient key, in the structured field, in the report text and in
 * a plain report; OBR dates and report dates move by the same number of days; PID-3 becomes the patient pseudonym of
 * {@code raddeid deid --patient-column}.
 */
class ConsistencyTest {

    static final String MRN = "MRN4471234";
    static final String MESSAGE = String.join("\r",
            "MSH|^~\\&|RIS|General Hospital|PACS|General Hospital|20240310120000||ORU^R01|CTRL0001|P|2.5.1",
            "PID|1||" + MRN + "^^^HOSP^MR||Hartmann^Lucinda^M||19610415|F|||12 Elm Street^^Springfield^IL^62704"
                    + "||(217)555-1234",
            "OBR|1|ORD1234|ACC56789|71020^CXR^CPT|||20240307093000|||||||||1234^Okafor^Chidi^^^Dr",
            "OBX|1|TX|IMP^Impression||Lucinda Hartmann was examined on 03/07/2024. Comparison 02/01/2024.||||||F",
            "NTE|1||Patient Hartmann informed by phone.", "");

    private final Policy surrogate = Policies.named("surrogate");

    @Test
    void pid5Name_getsTheTextEngineSurrogate_inTheFieldTheReportTextAndAPlainReport() {
        Hl7Deidentifier.Outcome o = Samples.bridge(surrogate).process(MESSAGE);
        assertThat(o.rejection()).isNull();
        String family = Er7.get(o.text(), "PID", 5, 1);
        String given = Er7.get(o.text(), "PID", 5, 2);
        assertThat(family).isNotBlank().isNotEqualTo("Hartmann");
        assertThat(given).isNotBlank().isNotEqualTo("Lucinda");
        String obx = Er7.get(o.text(), "OBX", 5, 1);
        assertThat(obx).startsWith(given + " " + family + " was examined on ").doesNotContain("Hartmann", "Lucinda");
        assertThat(Er7.get(o.text(), "NTE", 3, 1)).endsWith(family + " informed by phone.").doesNotContain("Hartmann");

        String plain = Samples.fast().deidentify("Lucinda Hartmann was examined on 03/07/2024.", surrogate,
                new RewriteContext(Samples.SECRET, MRN), KnownIdentifiers.NONE).text();
        assertThat(plain).startsWith(given + " " + family + " was examined on ");
        assertThat(obx).startsWith(plain.substring(0, plain.length() - 1));
    }

    @Test
    void obrDate_andReportDates_moveByTheSameDays_andTheTimeOfDayStays() {
        String out = Samples.bridge(surrogate).process(MESSAGE).text();
        String obr7 = Er7.get(out, "OBR", 7, 1);
        assertThat(obr7).matches("\\d{8}093000");
        long fieldShift = ChronoUnit.DAYS.between(LocalDate.of(2024, 3, 7),
                LocalDate.parse(obr7.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(fieldShift).isNotZero();
        Matcher m = Pattern.compile("examined on (\\d{2})/(\\d{2})/(\\d{4})\\. Comparison (\\d{2})/(\\d{2})/(\\d{4})")
                .matcher(Er7.get(out, "OBX", 5, 1));
        assertThat(m.find()).isTrue();
        LocalDate first = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)));
        LocalDate second = LocalDate.of(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)));
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(2024, 3, 7), first)).isEqualTo(fieldShift);
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(2024, 2, 1), second)).isEqualTo(fieldShift);
        String dob = Er7.get(out, "PID", 7, 1);
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(1961, 4, 15),
                LocalDate.parse(dob, DateTimeFormatter.BASIC_ISO_DATE))).isEqualTo(fieldShift);
    }

    @Test
    void pid3_becomesThePatientPseudonymOfDeidPatientColumn() {
        String out = Samples.bridge(surrogate).process(MESSAGE).text();
        assertThat(Er7.get(out, "PID", 3, 1)).isEqualTo(Pseudonyms.patientId(Samples.SECRET, MRN));
        assertThat(out).doesNotContain(MRN, "555-1234", "Elm Street", "62704", "ACC56789", "Okafor");
    }

    @Test
    void aRedactingPolicy_emptiesDateFields_insteadOfWritingAnInvalidDate() {
        Hl7Deidentifier.Outcome o = Samples.bridge("safe-harbor").process(MESSAGE);
        assertThat(o.ok()).isTrue();
        assertThat(Er7.get(o.text(), "OBR", 7, 1)).isEmpty();
        assertThat(Er7.get(o.text(), "PID", 7, 1)).isEmpty();
        assertThat(Er7.get(o.text(), "PID", 5, 1)).isEqualTo("[NAME]");
        assertThat(Er7.get(o.text(), "OBX", 5, 1)).isEqualTo("[NAME] was examined on [DATE]. Comparison [DATE].");
        assertThat(o.stats().fields().get("OBR-7")).containsKey("redact+emptied");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.CsvSource({"2.3,CR", "2.3.1,LF", "2.4,CRLF", "2.5,CR", "2.6,LF", "2.7,CRLF",
        "2.7.1,CR", "2.8,LF", "2.8.2,CRLF"})
    void everyVersionFrom23To28_andEveryLineEnding_givesTheSameDeidentifiedFields(String version, String eol) {
        String ending = switch (eol) {
            case "LF" -> "\n";
            case "CRLF" -> "\r\n";
            default -> "\r";
        };
        String msg = "\uFEFF" + MESSAGE.replace("|P|2.5.1", "|P|" + version).replace("\r", ending);
        Hl7Deidentifier.Outcome o = Samples.bridge(surrogate).process(MessageSplitter.split(msg).messages().get(0));
        assertThat(o.rejection()).isNull();
        String reference = Samples.bridge(surrogate).process(MESSAGE).text();
        for (String[] f : new String[][] {{"PID", "5"}, {"PID", "3"}, {"OBR", "7"}, {"OBX", "5"}}) {
            assertThat(Er7.get(o.text(), f[0], Integer.parseInt(f[1]), 1)).as(version + " " + f[0] + "-" + f[1])
                    .isEqualTo(Er7.get(reference, f[0], Integer.parseInt(f[1]), 1));
        }
        assertThat(Er7.get(o.text(), "MSH", 12, 1)).isEqualTo(version);
    }

    @Test
    void anotherPatientKeyField_scopesTheSurrogates() {
        Hl7Deidentifier a = Samples.bridge(surrogate);
        Hl7Deidentifier b = new Hl7Deidentifier(Samples.fast(), new Hl7Deidentifier.Settings(surrogate,
                Samples.SECRET, FieldMap.shipped(), PatientKeyField.parse("OBR-3.1")));
        String outA = a.process(MESSAGE).text();
        String outB = b.process(MESSAGE).text();
        assertThat(Er7.get(outB, "PID", 5, 1)).isNotEqualTo(Er7.get(outA, "PID", 5, 1));
        String plain = Samples.fast().deidentify("Hartmann", surrogate, new RewriteContext(Samples.SECRET, "ACC56789"),
                KnownIdentifiers.NONE).text();
        assertThat(Er7.get(outB, "PID", 5, 1)).isEqualTo(plain);
    }
}
