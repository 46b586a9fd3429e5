package org.raddeid.recognizers.pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

/** Month/day dates without a year, and the slash numbers of clinical notes that only look like them. */
class MonthDayDatesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            COMPARED TO PRIOR FROM ST. MARY'S ON 6/30. DR NOTIFIED.   | 6/30
            compared to 6/30                                         | 6/30
            seen 10/6 in clinic                                      | 10/6
            CT 07/22 showed a new nodule.                            | 07/22
            Events 6/30 14:00: patient desaturated.                  | 6/30 14:00
            Febrile 6/28-6/30, now afebrile.                         | 6/28-6/30
            Last echo on 2/4 was normal.                             | 2/4
            f/u 3/6 with Dr. Roe                                     | 3/6
            Plan: repeat CXR 1/29.                                   | 1/29
            s/p CABG 11/3, extubated POD1                            | 11/3
            """)
    void whenAWordSaysItIsADate_thenTheMonthAndDayAreADate(String text, String covered) {
        Spans.assertFound(text, covered, PhiSubtype.DATE);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            BP 120/80, HR 72
            BP 90/60 after fluids
            Give 1/2 tab at bedtime.
            Grade 2/4 reflexes.
            Strength 5/5 in all extremities.
            Motor 4/5 bilaterally.
            There is a 3/6 systolic murmur.
            GCS 15/15 on arrival.
            Nurse available 24/7.
            Disc bulge at C5/6 and T11/12.
            Visual acuity 20/20.
            pain 7/10, improved to 3/10
            2/4
            1 1/2 inch laceration
            Ran 1/2 NS at 75.
            +4/5 grip
            """)
    void whenAScoreStrengthFractionOrLevel_thenNoDate(String text) {
        Spans.assertNone(text, PhiType.DATE);
    }
}
