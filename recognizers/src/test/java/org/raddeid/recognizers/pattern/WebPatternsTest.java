package org.raddeid.recognizers.pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

class WebPatternsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Mail jane.doe@example.org today.             | jane.doe@example.org | EMAIL
            Mail a@xn--d1acufc.xn--p1ai                  | a@xn--d1acufc.xn--p1ai | EMAIL
            See https://pacs.example.org/view?id=1.      | https://pacs.example.org/view?id=1 | URL
            See www.example.com/a/b.                     | www.example.com/a/b | URL
            See example.com for more.                    | example.com         | URL
            See google.co.il now.                        | google.co.il        | URL
            Host 192.168.1.10 down.                      | 192.168.1.10        | IPADDR
            Subnet 10.0.0.0/8.                           | 10.0.0.0/8          | IPADDR
            Host fe80::1 down.                           | fe80::1             | IPADDR
            Host 2001:db8::192.168.1.1 down              | 2001:db8::192.168.1.1 | IPADDR
            Host 2001:0db8:85a3:0000:0000:8a2e:0370:7334 | 2001:0db8:85a3:0000:0000:8a2e:0370:7334 | IPADDR
            Version 1.2.3.4 at                           | 1.2.3.4             | IPADDR
            """)
    void whenWebShape_thenContactSpan(String text, String covered, PhiSubtype subtype) {
        Spans.assertFound(text, covered, subtype);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            UID 1.2.840.10008.5.1.4.1.1.2
            UID 1.2.840.10008
            Host 256.1.1.1 down
            Host 192.168.1 down
            Time 12:34:56 today
            Ratio 1:2:3:4 today
            MyClass::toString
            mail info@presidio.
            see http://localhost
            see www.example
            aa:bb:cc:dd:ee:ff
            """)
    void whenNotWeb_thenNoContactSpan(String text) {
        Spans.assertNone(text, PhiType.CONTACT);
    }
}
