package org.raddeid.corpora.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameStyleTest {

    private static final PersonName JOHN = new PersonName("John", 'A', "Doe", NameOrigin.ANGLO);
    private static final PersonName MARIA = new PersonName("Maria", '\0', "van der Berg", NameOrigin.CONTINENTAL_EUROPEAN);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FIRST_LAST|John Doe|Maria van der Berg",
        "LAST_COMMA_FIRST|Doe, John|van der Berg, Maria",
        "CAPS_LAST_COMMA_FIRST|DOE, JOHN|VAN DER BERG, MARIA",
        "LAST_COMMA_FIRST_MIDDLE|Doe, John A.|van der Berg, Maria",
        "FIRST_MIDDLE_LAST|John A. Doe|Maria van der Berg",
        "INITIAL_LAST|J. Doe|M. van der Berg",
        "LAST_ONLY|Doe|van der Berg",
        "CAPS_FIRST_LAST|JOHN DOE|MARIA VAN DER BERG",
        "INITIALS|JD|MB"})
    void whenRendered_thenMatchesTheStyle(NameStyle style, String john, String maria) {
        assertThat(style.render(JOHN)).isEqualTo(john);
        assertThat(style.render(MARIA)).isEqualTo(maria);
    }
}
