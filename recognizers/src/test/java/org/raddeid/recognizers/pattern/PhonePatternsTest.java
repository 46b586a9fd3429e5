package org.raddeid.recognizers.pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

class PhonePatternsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Call (555) 123-4567 now.                     | (555) 123-4567      | PHONE
            Call 555-123-4567 now.                       | 555-123-4567        | PHONE
            Call 555.123.4567 now.                       | 555.123.4567        | PHONE
            Call +1 555 123 4567 now.                    | +1 555 123 4567     | PHONE
            Call +44 20 7946 0958.                       | +44 20 7946 0958    | PHONE
            Call +33 1 42 68 53 00 please                | +33 1 42 68 53 00   | PHONE
            Call (555) 123-4567 x1234 now.               | (555) 123-4567 x1234 | PHONE
            Call 555-123-4567 ext. 12 now.               | 555-123-4567 ext. 12 | PHONE
            Fax: 555-123-4568                            | 555-123-4568        | FAX
            Phone: 555-123-4567 Fax: 555-123-4568        | 555-123-4567        | PHONE
            Phone: 555-123-4567 Fax: 555-123-4568        | 555-123-4568        | FAX
            Cell phone 5551234567                        | 5551234567          | PHONE
            Contact Dr. Roe at 555-0155 with questions.  | 555-0155            | PHONE
            Call 555.0199 x12 now.                       | 555.0199 x12        | PHONE
            Call 555/123-4567 now.                       | 555/123-4567        | PHONE
            Reading room: 9992810227                     | 9992810227          | PHONE
            d/w dr smith pager #54321 re plan            | 54321               | PHONE
            paged pg 33445 at 0300                       | 33445               | PHONE
            covering pgr 4-5678                          | 4-5678              | PHONE
            beeper 2231                                  | 2231                | PHONE
            """)
    void whenPhoneShape_thenPhoneSpan(String text, String covered, PhiSubtype subtype) {
        Spans.assertFound(text, covered, subtype);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Accession 5551234567
            Measures 1.2 x 3.4 cm.
            Nodule 12345 67890.
            Extension x123 of the lesion.
            +12
            Measures 120-1234 units.
            Troponin 12 pg/mL
            See page 3.
            """)
    void whenNotAPhone_thenNoContactSpan(String text) {
        Spans.assertNone(text, PhiType.CONTACT);
    }
}
