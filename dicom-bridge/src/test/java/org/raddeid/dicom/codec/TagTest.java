package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagTest {

    @ParameterizedTest(name = "({0},{1}) private={2} creator={3}")
    @CsvSource({"0010,0010,false,false", "0009,0010,true,true", "0009,1001,true,false", "0001,0001,false,false",
        "7FE1,00FF,true,true", "7FE1,0100,true,false"})
    void privateAndCreatorFollowTheGroupAndElement(String group, String element, boolean priv, boolean creator) {
        Tag tag = new Tag(Integer.parseInt(group, 16), Integer.parseInt(element, 16));

        assertThat(tag.isPrivate()).isEqualTo(priv);
        assertThat(tag.isPrivateCreator()).isEqualTo(creator);
    }

    @Test
    void tagsOrderAsUnsignedValues() {
        assertThat(Tag.ITEM).isGreaterThan(Tag.PIXEL_DATA);
        assertThat(Tag.of(0xFFFEE000)).isEqualTo(Tag.ITEM);
        assertThat(Tag.ITEM.toString()).isEqualTo("(FFFE,E000)");
    }

    @Test
    void whenGroupIsOutOfRange_thenTheValueIsNamed() {
        assertThatThrownBy(() -> new Tag(0x10000, 0)).hasMessageContaining("65536");
    }

    @Test
    void longHeaderVrsAreTheOnesPs35Lists() {
        assertThat(java.util.Arrays.stream(Vr.values()).filter(Vr::hasLongHeader).map(Vr::name))
                .containsExactlyInAnyOrder("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT",
                        "UV");
        assertThat(Vr.fromCode('Z', 'Z')).isNull();
        assertThat(Vr.fromCode('U', 'N')).isEqualTo(Vr.UN);
    }
}
