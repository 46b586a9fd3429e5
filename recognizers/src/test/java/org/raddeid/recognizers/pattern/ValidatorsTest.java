package org.raddeid.recognizers.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidatorsTest {

    @ParameterizedTest(name = "[{index}] {0}-{1}-{2} -> {3}")
    @CsvSource({"2020,2,29,true", "2019,2,29,false", "1900,2,29,false", "2000,2,29,true", "2021,4,31,false",
        "2021,12,31,true", "2021,13,1,false", "2021,0,1,false", "2021,1,0,false"})
    void whenCalendarDate_thenRealDatesOnly(int y, int m, int d, boolean expected) {
        assertThat(CalendarDates.isDate(y, m, d)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"078-05-1123,true", "000-05-1123,false", "666-05-1123,false", "900-05-1123,false",
        "078-00-1123,false", "078-05-0000,false", "222-22-2222,false", "12345678,false"})
    void whenSsn_thenIssuanceRulesApply(String value, boolean expected) {
        assertThat(IdChecks.SSN.isValid(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"1234567893,true", "1245319599,true", "1003000126,true", "1234567890,false", "3234567893,false",
        "123456789,false"})
    void whenNpi_thenLuhnWithPrefixApplies(String value, boolean expected) {
        assertThat(IdChecks.NPI.isValid(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"GL0285191,true", "K92993548,true", "BB1388568,true", "BG8207031,false", "GL028519,false"})
    void whenDea_thenCheckDigitApplies(String value, boolean expected) {
        assertThat(IdChecks.DEA.isValid(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"::,true", "::1,true", "1::,true", "fe80::1%eth0,true", "2001:db8::/32,true",
        "::ffff:192.168.1.1,true", "0:0:0:0:0:FFFF:129.144.52.38,true", "2001:db8:0:0:0:0:192.168.1.1,true",
        "684D:1111:222:3333:4444:5555:77,false", "2001::db8::1,false", "12345:db8::1,false", ":::,false",
        "12:34:56,false", "2001:db8::256.1.1.1,false", "::ffff:192.168.1,false", "2001:db8::/129,false"})
    void whenIpv6_thenRealParseDecides(String value, boolean expected) {
        assertThat(IpAddresses.IPV6.isValid(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"192.168.1.1,true", "0.0.0.0/0,true", "255.255.255.255,true", "256.1.1.1,false",
        "1.2.3,false", "10.0.0.0/33,false", "1.2.3.4.5,false"})
    void whenIpv4_thenOctetsAtMost255(String value, boolean expected) {
        assertThat(IpAddresses.IPV4.isValid(value)).isEqualTo(expected);
    }
}
