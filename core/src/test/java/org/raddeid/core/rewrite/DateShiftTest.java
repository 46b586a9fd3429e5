package org.raddeid.core.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;

class DateShiftTest {

    private static final Secret SECRET = Secret.of("0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8));
    private static final PhiSpan DATE = PhiSpan.of(0, 1, PhiSubtype.DATE, 0.9, "t");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-07            | 2024-03-17
            2024-3-7 14:32        | 2024-3-17 14:32
            2024/12/28            | 2025/01/07
            20240307              | 20240317
            20220407 12:35 AM     | 20220417 12:35 AM
            03/07/2024            | 03/17/2024
            3/7/24                | 3/17/24
            12-25-1999            | 01-04-2000
            20.03.2018            | 30.03.2018
            26.01.2016 8:56 PM    | 05.02.2016 8:56 PM
            7.3.2024              | 17.3.2024
            23/08/1962            | 02/09/1962
            07-Mar-2024           | 17-Mar-2024
            7 March 2024          | 17 March 2024
            28th of December 2023 | 7th of January 2024
            March 7, 2024         | March 17, 2024
            MAR 7 2024            | MAR 17 2024
            Sept 22, 2020         | Oct 2, 2020
            March 2024            | April 2024
            December 2023         | January 2024
            SEP 1999              | OCT 1999
            Sep1999               | Oct1999
            09/1999               | 10/1999
            9-1999                | 10-1999
            1999-09               | 1999-10
            March 7               | March 17
            the 1st of March      | the 11th of March
            22nd of February      | 4th of March
            """)
    void keepsTheFormat(String original, String expected) {
        assertThat(DateShift.shifted(original, 10)).isEqualTo(expected);
    }

    @Test
    void monthYearMovesWhenTheShiftCrossesAMonth_andByOneMonthWhenItWouldNot() {
        assertThat(DateShift.shifted("March 2024", 30)).isEqualTo("April 2024");
        assertThat(DateShift.shifted("Jan. 2024", -30)).isEqualTo("Dec. 2023");
        assertThat(DateShift.shifted("Jan. 2024", -3)).isEqualTo("Dec. 2023");
        assertThat(DateShift.shifted("SEP 1999", 75)).isEqualTo("NOV 1999");
        assertThat(DateShift.shifted("09/1999", -1)).isEqualTo("08/1999");
    }

    @Test
    void wholeYearShiftsAreTheOnesThatCanKeepMonthAndDay() {
        assertThat(DateShift.keepsMonthAndDay(365)).isTrue();
        assertThat(DateShift.keepsMonthAndDay(-366)).isTrue();
        assertThat(DateShift.keepsMonthAndDay(730)).isTrue();
        assertThat(DateShift.keepsMonthAndDay(1461)).isTrue();
        assertThat(DateShift.keepsMonthAndDay(364)).isFalse();
        assertThat(DateShift.keepsMonthAndDay(367)).isFalse();
        assertThat(DateShift.keepsMonthAndDay(1)).isFalse();
        assertThatThrownBy(() -> new DateShift(365, 366)).hasMessageContaining("whole years");
    }

    /** Property: over many patients and dates, no shift gives a date its own month and day again. */
    @Test
    void noPatientsShiftKeepsMonthAndDay_ofAnyDate() {
        Random r = new Random(7);
        for (DateShift shift : new DateShift[] {new DateShift(1, 365), new DateShift(300, 800),
            new DateShift(1, 3650)}) {
            for (int p = 0; p < 3000; p++) {
                RewriteContext ctx = new RewriteContext(SECRET, "patient-" + p);
                int days = shift.days(ctx);
                assertThat(DateShift.keepsMonthAndDay(days)).as("shift %d", days).isFalse();
                for (int i = 0; i < 5; i++) {
                    LocalDate d = LocalDate.of(1900, 1, 1).plusDays(r.nextInt(80000));
                    LocalDate s = LocalDate.parse(shift.apply(d.toString(), DATE, ctx));
                    assertThat(s.getMonthValue() == d.getMonthValue() && s.getDayOfMonth() == d.getDayOfMonth())
                            .as("%s shifted by %d", d, days).isFalse();
                }
            }
        }
    }

    @Test
    void aPatientWhoseFirstDrawIsAWholeYear_getsTheNextDraw_andOthersKeepTheirs() {
        DateShift shift = new DateShift(1, 365);
        int redrawn = 0;
        for (int p = 0; p < 5000; p++) {
            RewriteContext ctx = new RewriteContext(SECRET, "q" + p);
            byte[] mac = SECRET.hmac("date-shift", ctx.scope());
            long v = java.nio.ByteBuffer.wrap(mac).getLong() & Long.MAX_VALUE;
            int first = 1 + (int) (v % 365);
            if (first == 365) {
                redrawn++;
                assertThat(Math.abs(shift.days(ctx))).isBetween(1, 364);
            } else {
                assertThat(shift.days(ctx)).isEqualTo((v / 365) % 2 == 0 ? first : -first);
            }
        }
        assertThat(redrawn).as("about 1 in 365 patients").isPositive();
    }

    @Test
    void whatIsNotUnderstoodIsRedacted() {
        DateShift shift = new DateShift(1, 365);
        RewriteContext ctx = new RewriteContext(SECRET, "p1");
        assertThat(shift.apply("last Tuesday", DATE, ctx)).isEqualTo("[DATE]");
        assertThat(shift.apply("02/30/2024", DATE, ctx)).isEqualTo("[DATE]");
        assertThat(shift.apply("February 29th", DATE, ctx)).isEqualTo("[DATE]");
    }

    @Test
    void theShiftIsKeyedPerPatientNeverZeroAndInRange() {
        DateShift shift = new DateShift(5, 30);
        int a = shift.days(new RewriteContext(SECRET, "patient-A"));
        assertThat(shift.days(new RewriteContext(SECRET, "patient-A"))).isEqualTo(a);
        int differentPatients = 0;
        for (int i = 0; i < 50; i++) {
            int d = shift.days(new RewriteContext(SECRET, "patient-" + i));
            assertThat(Math.abs(d)).isBetween(5, 30);
            if (d != a) {
                differentPatients++;
            }
        }
        assertThat(differentPatients).isGreaterThan(40);
        Secret other = Secret.of("another-secret-of-enough-bytes".getBytes(StandardCharsets.UTF_8));
        int sameWithOther = 0;
        for (int i = 0; i < 50; i++) {
            if (shift.days(new RewriteContext(SECRET, "p" + i)) == shift.days(new RewriteContext(other, "p" + i))) {
                sameWithOther++;
            }
        }
        assertThat(sameWithOther).isLessThan(10);
        assertThatThrownBy(() -> new DateShift(0, 10)).hasMessageContaining("1 <= minDays");
    }

    @Test
    void intervalsBetweenAPatientsDatesSurvive() {
        DateShift shift = new DateShift(1, 3650);
        RewriteContext ctx = new RewriteContext(SECRET, "patient-7");
        Random r = new Random(42);
        for (int i = 0; i < 500; i++) {
            LocalDate a = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(30000));
            LocalDate b = a.plusDays(r.nextInt(2000));
            LocalDate sa = LocalDate.parse(shift.apply(a.toString(), DATE, ctx));
            LocalDate sb = LocalDate.parse(shift.apply(b.toString(), DATE, ctx));
            assertThat(ChronoUnit.DAYS.between(sa, sb)).isEqualTo(ChronoUnit.DAYS.between(a, b));
            assertThat(sa).isNotEqualTo(a);
        }
    }
}
