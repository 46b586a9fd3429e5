package org.raddeid.batch.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingColumnExceptionTest {

    private static final List<String> HEADER = List.of("Zebulon Quartermaine", "Okafor", "id");

    @Test
    void whenANamedColumnIsMissing_thenBothMessagesOnlyCountTheHeader() {
        MissingColumnException e = new MissingColumnException("--patient-column", "mrn", HEADER);
        assertThat(e).hasMessage("--patient-column 'mrn' is not a column; the header has 3 columns (is the first row "
                + "a header?)").message().doesNotContain("Zebulon", "Okafor");
        assertThat(e.option()).isEqualTo("--patient-column");
        assertThat(e.withoutNames("patientColumn")).isEqualTo("patientColumn: no such column in the file's header "
                + "row; the file's header row has 3 columns (their names are not repeated: they may hold PHI)")
                .doesNotContain("Zebulon", "Okafor", "mrn");
    }

    @Test
    void whenNoDefaultTextColumnExists_thenBothMessagesSaySo() {
        MissingColumnException e = new MissingColumnException("--column", null, List.of("a"));
        assertThat(e).hasMessage("no text column: name it with --column; the header has 1 column (is the first row a "
                + "header?)");
        assertThat(e.withoutNames("column")).isEqualTo("no text column ('text' or 'report_text'): name one in column; "
                + "the file's header row has 1 column (their names are not repeated: they may hold PHI)");
    }

    @Test
    void whenTheFirstJsonRecordLacksTheField_thenTheRecordIsNamedNotAHeader() {
        MissingColumnException e = MissingColumnException.firstRecord("--column", "text", List.of("id", "body"));
        assertThat(e).hasMessageStartingWith("--column 'text' is not a column; the first record has 2 columns");
        assertThat(e.withoutNames("column")).startsWith("column: no such column in the file's first record; "
                + "the file's first record has 2 columns");
    }
}
