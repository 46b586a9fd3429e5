package org.raddeid.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Escape sequences are decoded for analysis, mapped back exactly, and kept wherever nothing was replaced. */
class Hl7TextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "plain text;plain text",
        "line one\\.br\\line two;line one|line two",
        "\\X41\\BC;ABC",
        "caf\\XC3A9\\;café",
        "\\H\\bold\\N\\ text;bold text",
        "a\\.sp2\\b;a|b",
        "a\\.in+4\\b;a b",
        "a\\b;ab",
        "a \\ b;a \\ b",
        "trailing \\;trailing \\",
        "\\Zsite\\x;x"})
    void decode_givesTheTextToAnalyse_andNoEditGivesTheRawValueBack(String raw, String text) {
        Hl7Text t = Hl7Text.decode(raw);
        assertThat(t.text()).isEqualTo(text.replace('|', '\n')); // | stands for a line break in the table
        assertThat(t.apply(List.of())).isEqualTo(raw);
    }

    @Test
    void anEdit_replacesOnlyItsCharacters_andKeepsFormattingAround() {
        Hl7Text t = Hl7Text.decode("Dr \\H\\Smith\\N\\ said\\.br\\ok");
        assertThat(t.text()).isEqualTo("Dr Smith said\nok");
        assertThat(t.apply(List.of(new Hl7Text.Edit(3, 8, "Jones")))).isEqualTo("Dr \\H\\Jones\\N\\ said\\.br\\ok");
    }

    @Test
    void anEditOverAPartOfAHexSequence_replacesTheWholeSequence() {
        Hl7Text t = Hl7Text.decode("id \\X414243\\ end");
        assertThat(t.text()).isEqualTo("id ABC end");
        assertThat(t.apply(List.of(new Hl7Text.Edit(4, 5, "Z")))).isEqualTo("id Z end");
    }

    @Test
    void replacements_areEncoded_lineBreaksAsBr_backslashesNeverStartAnEscape() {
        Hl7Text t = Hl7Text.decode("x NAME y");
        assertThat(t.apply(List.of(new Hl7Text.Edit(2, 6, "A\nB\\C")))).isEqualTo("x A\\.br\\B/C y");
    }

    @Test
    void editsOutsideTheText_areRejectedWithLengthsOnly() {
        assertThatThrownBy(() -> Hl7Text.decode("abc").apply(List.of(new Hl7Text.Edit(2, 9, "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("edit 2..9 outside a text of 3");
    }

    @Test
    void throughHapi_everyEscapeRoundTrips_andOnlyTheNameChanges() {
        String comment = "Seen by Hartmann \\F\\ pipe \\S\\ caret \\T\\ amp \\R\\ tilde \\E\\ backslash"
                + "\\.br\\next line \\X41\\ \\H\\loud\\N\\ end";
        String msg = "MSH|^~\\&|A|B|C|D|20240101||ORU^R01|1|P|2.5.1\rPID|1||MRN00001||Hartmann^Lucinda\r"
                + "OBR|1\rNTE|1||" + comment + "\r";
        Hl7Deidentifier.Outcome o = Samples.bridge("safe-harbor").process(msg);
        assertThat(o.rejection()).isNull();
        String nte = o.text().split("\r")[3];
        assertThat(nte).isEqualTo("NTE|1||Seen by [NAME] \\F\\ pipe \\S\\ caret \\T\\ amp \\R\\ tilde \\E\\ "
                + "backslash\\.br\\next line \\X41\\ \\H\\loud\\N\\ end");
    }
}
