package org.raddeid.recognizers.pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

class LabelledIdPatternsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            MRN: 12345678                                 | 12345678     | MEDICALRECORD
            MRN 12345678                                  | 12345678     | MEDICALRECORD
            Medical Record # A-99812                      | A-99812      | MEDICALRECORD
            Medical Record Number: 00123456               | 00123456     | MEDICALRECORD
            Patient ID: XK-2231                           | XK-2231      | MEDICALRECORD
            Acc# 20210314001                              | 20210314001  | ACCESSION
            Accession No. RAD-55123                       | RAD-55123    | ACCESSION
            Accession Number: 7788991                     | 7788991      | ACCESSION
            Account Number: 44556677                      | 44556677     | ACCOUNT
            Acct 44556677                                 | 44556677     | ACCOUNT
            Member ID: ZXW123456789                       | ZXW123456789 | HEALTHPLAN
            Health plan: HP-445566                        | HP-445566    | HEALTHPLAN
            NPI: 1234567893                               | 1234567893   | LICENSE
            License # MD-45621                            | MD-45621     | LICENSE
            DEA BG8207031                                 | BG8207031    | LICENSE
            Pacemaker Serial No. PJN123456H               | PJN123456H   | DEVICE
            S/N: 88AB-9912                                | 88AB-9912    | DEVICE
            Plate: 7ABC123                                | 7ABC123      | VEHICLE
            License plate 7ABC123                         | 7ABC123      | VEHICLE
            the id is AB4736021 here                      | AB4736021    | IDNUM
            """)
    void whenLabelledId_thenValueSpan(String text, String covered, PhiSubtype subtype) {
        Spans.assertFound(text, covered, subtype);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Plate fixation at C5-6 level.
            MRN: pending
            Accession: none
            The plate 4 screws are intact.
            Account for 2 findings.
            Serial imaging shows no change.
            Model 3 of the device.
            """)
    void whenNoIdValue_thenNoIdSpan(String text) {
        Spans.assertNone(text, PhiType.ID);
    }
}
