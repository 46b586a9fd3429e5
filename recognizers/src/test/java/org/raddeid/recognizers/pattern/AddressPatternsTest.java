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
            Lives at 948 Calle Real with her son.         | 948 Calle Real           | STREET
            Address: Via Esperanza 12, Milano             | Via Esperanza 12         | STREET
            Address: 12 Rue de Rivoli, Paris              | 12 Rue de Rivoli         | STREET
            Avenida Paulista 1000, São Paulo              | Avenida Paulista 1000    | STREET
            Ismaninger Str. 22, 81675 München             | Ismaninger Str. 22       | STREET
            Ismaninger Str. 22, 81675 München             | 81675                    | ZIP
            Ismaninger Str. 22, 81675 München             | München                  | CITY
            Wohnt Bahnhofstraße 3a seit 2010              | Bahnhofstraße 3a         | STREET
            Hoofdstraat 12, 1012 Amsterdam                | Hoofdstraat 12           | STREET
            Drottninggatan 5, 111 22 Stockholm            | 111 22                   | ZIP
            10 Downing Street, SW1A 2AA London            | SW1A 2AA                 | ZIP
            24 Sussex Drive, K1M 1M4 Ottawa               | K1M 1M4                  | ZIP
            Apt. 839                                      | Apt. 839                 | STREET
            megan lives on via Tasso 129 street.          | via Tasso 129            | STREET
            lives at 29 rue de Tanger, cite Ben Hjel      | 29 rue de Tanger         | STREET
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
            Via Femoral access the sheath was placed.
            Spring 2012 follow-up.
            2019 CT showed no change.
            Via email sent to the team.
            inserted via femoral sheath 5 fr
            contrast given via 2 peripheral lines
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
