package org.raddeid.recognizers.pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

class SsnPatternsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            His number 078-05-1123 here.                  | 078-05-1123 | SSN
            His number 078 05 1123 here.                  | 078 05 1123 | SSN
            SSN: 078051123                                | 078051123   | SSN
            Social security 078-051123                    | 078-051123  | SSN
            SSN 000-12-3456                               | 000-12-3456 | SSN
            SSN 666-12-3456                               | 666-12-3456 | SSN
            SSN 912-12-3456                               | 912-12-3456 | SSN
            SSN 123-00-4567                               | 123-00-4567 | SSN
            SSN 123-45-0000                               | 123-45-0000 | SSN
            """)
    void whenSsnShape_thenSsnSpan(String text, String covered, PhiSubtype subtype) {
        Spans.assertFound(text, covered, subtype);
    }

    /** Never issued as SSNs, so without an SSN label these are other numbers (with one, see above: recall first). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Number 000-12-3456 here
            Number 666-12-3456 here
            Number 912-12-3456 here
            Number 123-00-4567 here
            Number 123-45-0000 here
            SSN 111-11-1111
            Number 078051123 no context
            Number 693-09.4444
            SSN 0780511201
            """)
    void whenInvalidSsn_thenNoSsnSpan(String text) {
        Spans.assertNone(text, PhiType.ID);
    }
}
