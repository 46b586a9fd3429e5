package org.raddeid.recognizers.pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

class DatePatternsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Exam date 03/14/2021 compared.                | 03/14/2021          | DATE
            Seen on 3/4/21 for pain.                     | 3/4/21              | DATE
            Date: 14.03.2021                              | 14.03.2021          | DATE
            Prior 2021-03-14 study.                       | 2021-03-14          | DATE
            Prior 2021/03/14 study.                       | 2021/03/14          | DATE
            Signed 03/14/2021 14:32 by                    | 03/14/2021 14:32    | DATE
            Signed 03/14/2021 at 2:30 pm by               | 03/14/2021 at 2:30 pm | DATE
            At 2021-03-14T14:32:00 the                    | 2021-03-14T14:32:00 | DATE
            At 2024-06-05T09:15:30.500-07:00 the          | 2024-06-05T09:15:30.500-07:00 | DATE
            Compared with March 4, 2021.                  | March 4, 2021       | DATE
            Compared with Mar. 4th, 2021.                 | Mar. 4th, 2021      | DATE
            Compared with 4 March 2021.                   | 4 March 2021        | DATE
            Compared with the 4th of March 2021.          | 4th of March 2021   | DATE
            Compared with 14-MAR-2021.                    | 14-MAR-2021         | DATE
            Compared with March 2021.                     | March 2021          | DATE
            Compared with Sept 2019 film.                 | Sept 2019           | DATE
            Seen on December 4th.                         | December 4th        | DATE
            Compared with 5/2021.                         | 5/2021              | DATE
            Leap day 02/29/2020 ok.                       | 02/29/2020          | DATE
            DOB: 01/02/1930                               | 01/02/1930          | DOB
            Date of birth 1930-01-02.                     | 1930-01-02          | DOB
            Patient born March 3, 1931 in                 | March 3, 1931       | DOB
            DOB 01/02/1930, seen 03/14/2021               | 03/14/2021          | DATE
            Café 2021-03-04 😀                            | 2021-03-04          | DATE
            most recent the 16th of February and          | 16th of February    | DATE
            on the 30th of April 1:40 AM                  | 30th of April 1:40 AM | DATE
            EXAM DATE: March 2024 7:40 PM                 | March 2024 7:40 PM  | DATE
            Prior study dated 20140929.                   | 20140929            | DATE
            Date of Service: 20180121 5:07 PM             | 20180121 5:07 PM    | DATE
            StudyDateTime 20180121T170502                 | 20180121T170502     | DATE
            Date of Birth: 19630401                       | 19630401            | DOB
            """)
    void whenDateShape_thenDateSpan(String text, String covered, PhiSubtype subtype) {
        Spans.assertFound(text, covered, subtype);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Grade 2/4 systolic murmur.
            Pain 3/10 today.
            Disc bulge at C5/6 level.
            Disc bulge at L4-L5.
            Fracture at T12-L1.
            Nodule 1.2 x 3.4 cm.
            Follow Fleischner 2017 guidelines.
            Compared with 02/31/2019.
            Compared with 13/13/2019.
            Compared with 2021-02-30.
            Scan at 14:32 today.
            Ratio 5/21 noted.
            Version 1.2.3 installed.
            this may 15 be wrong
            It may 2 be
            Nodule measures 12 mm since May.
            CPT 71250.
            Case 1-20-01023-MJK
            Observation: 91-100% staining
            Compared with the 16th of february
            MRN 20141399
            Count 12345678 cells
            """)
    void whenNotADate_thenNoDateSpan(String text) {
        Spans.assertNone(text, PhiType.DATE);
    }
}
