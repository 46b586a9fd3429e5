package org.raddeid.recognizers.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

class AddressPatternsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lives at 123 Main Street with wife.           | 123 Main Street          | STREET
            Lives at 4500 N. Oak Ave, Apt 5B today.       | 4500 N. Oak Ave, Apt 5B  | STREET
            Lives at 291 6th Dr. now                      | 291 6th Dr.              | STREET
            Mail to PO Box 1234 please                    | PO Box 1234              | STREET
            Mail to P.O. Box 12 please                    | P.O. Box 12              | STREET
            Springfield, IL 62704                         | 62704                    | ZIP
            Boston, MA 02115-1234                         | 02115-1234               | ZIP
            Austin, Texas 78701                           | 78701                    | ZIP
            The zip is 90210.                             | 90210                    | ZIP
            """)
    void whenAddress_thenLocationSpan(String text, String covered, PhiSubtype subtype) {
        Spans.assertFound(text, covered, subtype);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            CPT 71250 billed.
            Code 71250
            Compared with 2 prior CT scans.
            Mass 5 mm in St. Mary region
            Lesion at 12 o'clock.
            """)
    void whenNotAddress_thenNoLocationSpan(String text) {
        Spans.assertNone(text, PhiType.LOCATION);
    }

    @org.junit.jupiter.api.Test
    void whenACityFollowsAnotherLineBeforeStateAndZip_thenOnlyTheCityIsTheCity() {
        String text = "Department of Radiology\nMount Nebo, WV 26679";
        assertThat(Spans.of(text)).filteredOn(s -> s.subtype() == PhiSubtype.CITY)
                .extracting(s -> text.substring(s.start(), s.end())).containsExactly("Mount Nebo");
    }
}
