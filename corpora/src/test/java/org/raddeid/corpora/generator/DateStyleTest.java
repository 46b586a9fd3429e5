package org.raddeid.corpora.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateStyleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "US_SLASH|2021-03-14|03/14/2021",
        "US_SHORT|2021-03-14|3/14/21",
        "ISO|2021-03-14|2021-03-14",
        "LONG|2021-03-14|March 14, 2021",
        "DAY_MONTH_YEAR|2021-03-14|14 Mar 2021",
        "MONTH_DAY_YEAR|2021-03-14|Mar 14 2021",
        "DICOM_CAPS|2021-03-14|14-MAR-2021",
        "COMPACT|2021-03-14|20210314",
        "MONTH_YEAR|2021-03-14|March 2021",
        "ORDINAL|2021-03-14|14th of March",
        "ORDINAL|2021-03-01|1st of March",
        "ORDINAL|2021-03-12|12th of March",
        "ORDINAL|2021-03-22|22nd of March",
        "EUROPEAN_DOT|2021-03-04|04.03.2021"})
    void whenFormatted_thenMatchesTheStyle(DateStyle style, String iso, String expected) {
        assertThat(style.format(LocalDate.parse(iso))).isEqualTo(expected);
    }
}
