package org.raddeid.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobRunTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--column 'body' is not a column; the header has [Zebulon Quartermaine, Okafor]"
                + "|column 'body' is not a column (not in the file's header row)",
        "--patient-column 'mrn' is not a column; the header has [id, text]"
                + "|patientColumn 'mrn' is not a column (not in the file's header row)",
        "--id-column 'key' is not a column; the header has [id]|idColumn 'key' is not a column (not in the file's header row)",
        "no text column: name it with --column; the header has [a, b]|no text column: name it with column (not in the file's header row)"})
    void whenAColumnIsMissing_thenTheReasonUsesApiNamesAndNeverListsTheHeader(String message, String reason) {
        assertThat(JobRun.columnReason(message)).isEqualTo(reason);
    }
}
