package org.raddeid.recognizers.pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

/** Person, room, pager, plate, prefixed accession and payment shapes that need their cue or check. */
class CuedShapesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reviewed on workstation 10.1.2.3 by user jdoe7.           | jdoe7            | USERNAME
            Login: rchaudhry                                          | rchaudhry        | USERNAME
            identity confirmed with patient (initials VG) and DOB     | VG               | PATIENT
            Transcribed by: DI/pp                                     | DI/pp            | DOCTOR
            TRANSCRIBED BY: KM/SB                                     | KM/SB            | DOCTOR
            transcribed by km/sb                                      | km/sb            | DOCTOR
            TRANSCRIBED BY: KM/Sb                                     | KM/Sb            | DOCTOR
            confirmed with patient initials rn and date of birth      | rn               | PATIENT
            confirmed with patient (initials v.g.) and DOB            | v.g.             | PATIENT
            Patient Location: Room 559B                               | 559B             | ROOM
            Loc: Rm 12                                                | 12               | ROOM
            communicated to Dr. Kwon (pager x8-9914) at 11:14         | x8-9914          | PHONE
            brought by private vehicle, plate 7ZMM663, after          | 7ZMM663          | VEHICLE
            Accession Number: ACC P6385725                            | P6385725         | ACCESSION
            Address: 2345 Lakeview St Apt 35, Forestgrove, MT 59441   | Forestgrove      | CITY
            Address: 2345 Lakeview St Apt 35, Forestgrove, MT 59441   | MT               | STATE
            What is the limit for card 4454794511390933?              | 4454794511390933 | ACCOUNT
            card 4111 1111 1111 1111 expires                          | 4111 1111 1111 1111 | ACCOUNT
            My IBAN is GB82WEST12345698765432                         | GB82WEST12345698765432 | ACCOUNT
            DOB: 07/13/1916  Age: 102Y  Sex: F                        | 102              | AGE
            Signed by Dr. Kamara on 20220407 12:35 AM                 | 20220407 12:35 AM | DATE
            """)
    void found(String text, String covered, PhiSubtype subtype) {
        Spans.assertFound(text, covered, subtype);
    }

    @Test
    void cuesWithoutTheShapeFindNothing() {
        Spans.assertNone("The user interface was slow; room air; a 3.5 mm plate and screws.", PhiType.NAME);
        Spans.assertNone("Patient on room air. Plate and screws intact. Bed rest.", PhiType.LOCATION);
        Spans.assertNone("Plate and screws at the 5th metatarsal; 3.5 mm plate.", PhiType.ID);
        Spans.assertNone("PA/lat views of the chest.", PhiType.NAME);
        Spans.assertNone("Extra CT/MR views; contrast CT/PET.", PhiType.NAME);
        Spans.assertNone("Patient identity confirmed by initials and date of birth; initials ok.", PhiType.NAME);
    }

    @Test
    void failedChecksFindNothing() {
        Spans.assertNone("card 4454794511390934 and IBAN GB82WEST12345698765433", PhiType.ID);
    }
}
