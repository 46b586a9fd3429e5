package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.raddeid.dicom.codec.SpecificCharacterSet.Decoded;
import org.raddeid.dicom.codec.SpecificCharacterSet.Text;
import org.raddeid.dicom.codec.SpecificCharacterSet.Undecodable;

/** Specific Character Set decoding and encoding; the ISO 2022 samples are the PS3.5 annex H and I examples. */
class SpecificCharacterSetTest {

    private static final String ESC = "\u001B";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ISO_IR 6|Smith^John|US-ASCII",
        "ISO_IR 100|Buc^Jérôme|ISO-8859-1",
        "ISO_IR 101|Wałęsa^Lech|ISO-8859-2",
        "ISO_IR 109|Ġużeppi^Borg|ISO-8859-3",
        "ISO_IR 110|Ąžuolas^Jonas|ISO-8859-4",
        "ISO_IR 144|Иванов^Иван|ISO-8859-5",
        "ISO_IR 148|Çağrı^Öztürk|ISO-8859-9",
        "ISO_IR 192|Wang^XiaoDong=王^小东|UTF-8",
        "GB18030|Wang^XiaoDong=王^小东|GB18030"})
    void whenSingleSetSampleIsEncoded_thenItIsTheCharsetBytesAndDecodesBack(String term, String text, String java) {
        SpecificCharacterSet cs = SpecificCharacterSet.parse(term);
        byte[] expected = pad(text.getBytes(Charset.forName(java)));

        byte[] encoded = cs.encode(text, Vr.PN);

        assertThat(encoded).isEqualTo(expected);
        assertThat(cs.decode(encoded, Vr.PN)).isEqualTo(new Text(new String(expected, Charset.forName(java))));
        assertThat(cs.encode(((Text) cs.decode(encoded, Vr.PN)).value(), Vr.PN)).isEqualTo(encoded);
    }

    @Test
    void whenGb18030SampleIsEncoded_thenWangIsCdF5() {
        byte[] encoded = SpecificCharacterSet.parse("GB18030").encode("Wang^XiaoDong=王^小东", Vr.PN);
        assertThat(encoded).startsWith("Wang^XiaoDong=".getBytes(StandardCharsets.US_ASCII));
        assertThat(encoded[14] & 0xFF).isEqualTo(0xCD);
        assertThat(encoded[15] & 0xFF).isEqualTo(0xF5);
    }

    @Test
    @EnabledIf("japaneseSupported")
    void whenIso2022Ir87PersonNameIsDecoded_thenEachComponentGroupReads() {
        byte[] raw = bytes("Yamada^Tarou=", ESC, "$B;3ED", ESC, "(B^", ESC, "$BB@O:", ESC, "(B=", ESC, "$B$d$^$@", ESC,
                "(B^", ESC, "$B$?$m$&", ESC, "(B");
        SpecificCharacterSet cs = SpecificCharacterSet.parse("\\ISO 2022 IR 87");

        assertThat(cs.usesCodeExtensions()).isTrue();
        assertThat(cs.decode(raw, Vr.PN)).isEqualTo(new Text("Yamada^Tarou=山田^太郎=やまだ^たろう"));
        assertThat(cs.encode("Yamada^Tarou=山田^太郎=やまだ^たろう", Vr.PN)).isEqualTo(raw);
    }

    @Test
    @EnabledIf("japaneseSupported")
    void whenIso2022Ir13AndIr87PersonNameIsDecoded_thenKatakanaAndKanjiRead() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xD4, (byte) 0xCF, (byte) 0xC0, (byte) 0xDE, '^', (byte) 0xC0,
            (byte) 0xDB, (byte) 0xB3});
        out.writeBytes(bytes("=", ESC, "$B;3ED", ESC, "(J^", ESC, "$BB@O:", ESC, "(J=", ESC, "$B$d$^$@", ESC, "(J^",
                ESC, "$B$?$m$&", ESC, "(J"));
        byte[] raw = out.toByteArray();
        SpecificCharacterSet cs = SpecificCharacterSet.parse("ISO 2022 IR 13\\ISO 2022 IR 87");

        String text = "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう";
        assertThat(cs.decode(raw, Vr.PN)).isEqualTo(new Text(text));
        assertThat(cs.encode(text, Vr.PN)).isEqualTo(raw);
    }

    @Test
    void whenIso2022Ir149PersonNameIsDecoded_thenHanjaAndHangulRead() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes("Hong^Gildong=", ESC, "$)C"));
        out.writeBytes(new byte[] {(byte) 0xFB, (byte) 0xF3});
        out.writeBytes(bytes("^", ESC, "$)C"));
        out.writeBytes(new byte[] {(byte) 0xD1, (byte) 0xCE, (byte) 0xD4, (byte) 0xD7});
        out.writeBytes(bytes("=", ESC, "$)C"));
        out.writeBytes(new byte[] {(byte) 0xC8, (byte) 0xAB});
        out.writeBytes(bytes("^", ESC, "$)C"));
        out.writeBytes(new byte[] {(byte) 0xB1, (byte) 0xE6, (byte) 0xB5, (byte) 0xBF});
        byte[] raw = out.toByteArray();
        SpecificCharacterSet cs = SpecificCharacterSet.parse("\\ISO 2022 IR 149");

        assertThat(cs.decode(raw, Vr.PN)).isEqualTo(new Text("Hong^Gildong=洪^吉洞=홍^길동"));
        assertThat(cs.encode("Hong^Gildong=洪^吉洞=홍^길동", Vr.PN)).isEqualTo(raw);
    }

    @Test
    void whenIso2022Latin1IsDesignatedByEscape_thenItDecodesAndReEncodes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes("Buc^J", ESC, "-A"));
        out.writeBytes(new byte[] {(byte) 0xE9, 'r', (byte) 0xF4, 'm', 'e', ' '});
        SpecificCharacterSet cs = SpecificCharacterSet.parse("ISO 2022 IR 6\\ISO 2022 IR 100");
        byte[] raw = out.toByteArray();

        assertThat(cs.decode(raw, Vr.LO)).isEqualTo(new Text("Buc^Jérôme "));
        assertThat(cs.encode("Buc^Jérôme ", Vr.LO)).isEqualTo(raw);
    }

    @Test
    void whenBytesAreMalformed_thenTheResultIsUndecodable() {
        byte[] badUtf8 = {'A', (byte) 0xC3, 0x28, ' '};
        byte[] latin1InAscii = {'J', (byte) 0xE9, 'r', ' '};
        byte[] oddJis = bytes("A", ESC, "$B;", ESC, "(B");
        byte[] undeclaredEscape = bytes("A", ESC, "$)C", "B");

        assertThat(SpecificCharacterSet.parse("ISO_IR 192").decode(badUtf8, Vr.LO)).isInstanceOf(Undecodable.class);
        assertThat(SpecificCharacterSet.DEFAULT.decode(latin1InAscii, Vr.PN)).isInstanceOf(Undecodable.class);
        assertThat(SpecificCharacterSet.parse("\\ISO 2022 IR 87").decode(oddJis, Vr.PN))
                .isInstanceOf(Undecodable.class);
        assertThat(SpecificCharacterSet.parse("\\ISO 2022 IR 87").decode(undeclaredEscape, Vr.PN))
                .isInstanceOf(Undecodable.class);
        assertThat(SpecificCharacterSet.parse("ISO_IR 100").decode(latin1InAscii, Vr.CS))
                .as("non-text VRs are ASCII whatever the set").isInstanceOf(Undecodable.class);
    }

    @Test
    void whenDefinedTermIsUnknown_thenTheErrorNamesItsPositionButNotItsText() {
        assertThatThrownBy(() -> SpecificCharacterSet.parse("ISO_IR 999"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value 1")
                .hasMessageNotContaining("999");
        assertThatThrownBy(() -> SpecificCharacterSet.parse("ISO_IR 100\\ISO_IR 192"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value 2")
                .hasMessageNotContaining("192");
        assertThatThrownBy(() -> SpecificCharacterSet.parse("ISO 2022 IR 87"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value 1")
                .hasMessageNotContaining("87");
        assertThatThrownBy(() -> SpecificCharacterSet.parse("Zebulon Quartermaine"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("Zebulon");
    }

    @Test
    void whenTextCannotBeEncoded_thenEncodingFails() {
        assertThatThrownBy(() -> SpecificCharacterSet.DEFAULT.encode("Jérôme", Vr.PN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whenValueIsOdd_thenTextIsPaddedWithSpaceAndUidWithNul() {
        assertThat(SpecificCharacterSet.DEFAULT.encode("ABC", Vr.LO)).isEqualTo(new byte[] {'A', 'B', 'C', ' '});
        assertThat(SpecificCharacterSet.DEFAULT.encode("1.2", Vr.UI)).isEqualTo(new byte[] {'1', '.', '2', 0});
    }

    @Test
    void whenItemDeclaresNoSet_thenItInheritsAndOtherwiseUsesItsOwn() {
        DataSet top = new DataSet();
        top.put(DataElement.ofBytes(SpecificCharacterSet.TAG, Vr.CS, "ISO_IR 100".getBytes(StandardCharsets.US_ASCII)));
        DataSet plainItem = new DataSet();
        DataSet utf8Item = new DataSet();
        utf8Item.put(DataElement.ofBytes(SpecificCharacterSet.TAG, Vr.CS,
                "ISO_IR 192".getBytes(StandardCharsets.US_ASCII)));

        SpecificCharacterSet outer = SpecificCharacterSet.of(top);

        assertThat(outer).isEqualTo(SpecificCharacterSet.parse("ISO_IR 100"));
        assertThat(SpecificCharacterSet.of(plainItem, outer)).isSameAs(outer);
        assertThat(SpecificCharacterSet.of(utf8Item, outer)).isEqualTo(SpecificCharacterSet.parse("ISO_IR 192"));
        assertThat(SpecificCharacterSet.of(new DataSet())).isEqualTo(SpecificCharacterSet.DEFAULT);
    }

    @Test
    void whenTextCannotBeDecoded_thenItIsRemovedAndReadableTextAndNonTextStay() {
        Tag name = new Tag(0x0010, 0x0010);
        Tag id = new Tag(0x0010, 0x0020);
        Tag uid = new Tag(0x0008, 0x0018);
        DataSet top = new DataSet();
        top.put(DataElement.ofBytes(SpecificCharacterSet.TAG, Vr.CS, "ISO_IR 192".getBytes(StandardCharsets.US_ASCII)));
        top.put(DataElement.ofBytes(name, Vr.PN, "Buc^Jérôme".getBytes(StandardCharsets.UTF_8)));
        top.put(DataElement.ofBytes(id, Vr.LO, new byte[] {'A', (byte) 0xC3, 0x28, ' '}));
        top.put(DataElement.ofBytes(uid, Vr.UI, "1.2".getBytes(StandardCharsets.US_ASCII)));
        DataSet unknownSetItem = new DataSet();
        unknownSetItem.put(DataElement.ofBytes(SpecificCharacterSet.TAG, Vr.CS,
                "ISO_IR 999".getBytes(StandardCharsets.US_ASCII)));
        unknownSetItem.put(DataElement.ofBytes(name, Vr.PN, "Smith ".getBytes(StandardCharsets.US_ASCII)));
        DataSet inheritingItem = new DataSet();
        inheritingItem.put(DataElement.ofBytes(name, Vr.PN, "Łukasz".getBytes(StandardCharsets.UTF_8)));
        top.put(DataElement.ofSequence(new Tag(0x0008, 0x1115), Vr.SQ,
                new Sequence(List.of(new Item(unknownSetItem, false), new Item(inheritingItem, false))), false));

        List<Tag> removed = SpecificCharacterSet.removeUndecodable(top);

        assertThat(removed).as("the item under (0008,1115) comes first in tag order").containsExactly(name, id);
        assertThat(top.contains(name)).isTrue();
        assertThat(top.contains(uid)).isTrue();
        assertThat(unknownSetItem.contains(name)).as("text under an unknown set is unreadable").isFalse();
        assertThat(inheritingItem.contains(name)).as("item inherits ISO_IR 192").isTrue();
    }

    static List<Path> samples() throws IOException {
        return SampleFiles.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void whenSampleTextValuesAreDecoded_thenAllDecodeAndReEncodeToTheirBytes(Path file) throws IOException {
        DicomFile dicom = DicomReader.read(file);
        List<String> failures = new ArrayList<>();
        int[] count = {0};
        walk(dicom.dataSet(), SpecificCharacterSet.DEFAULT, failures, count);
        assertThat(failures).as(file.getFileName() + " text elements").isEmpty();
    }

    @Test
    void whenAllSamplesAreWalked_thenThereAreTextValuesToDecode() throws IOException {
        int[] count = {0};
        List<String> failures = new ArrayList<>();
        for (Path file : samples()) {
            walk(DicomReader.read(file).dataSet(), SpecificCharacterSet.DEFAULT, failures, count);
        }
        // Guards the parameterized test above against passing vacuously.
        assertThat(count[0]).isGreaterThan(100);
    }

    private static void walk(DataSet dataSet, SpecificCharacterSet inherited, List<String> failures, int[] count) {
        SpecificCharacterSet cs = SpecificCharacterSet.of(dataSet, inherited);
        for (DataElement e : dataSet.elements()) {
            if (e.isSequence()) {
                for (Item item : e.sequence().items()) {
                    walk(item.dataSet(), cs, failures, count);
                }
            } else if (!e.isEncapsulated() && SpecificCharacterSet.isText(e.vr())) {
                count[0]++;
                Decoded decoded = cs.decode(e.bytes(), e.vr());
                if (decoded instanceof Text text) {
                    if (!java.util.Arrays.equals(cs.encode(text.value(), e.vr()), e.bytes())) {
                        failures.add(e + " does not re-encode to its bytes");
                    }
                } else {
                    failures.add(e + " " + decoded);
                }
            }
        }
    }

    static boolean japaneseSupported() {
        return Charset.isSupported("x-JIS0208") && Charset.isSupported("JIS_X0201");
    }

    private static byte[] pad(byte[] b) {
        if (b.length % 2 == 0) {
            return b;
        }
        byte[] padded = java.util.Arrays.copyOf(b, b.length + 1);
        padded[b.length] = ' ';
        return padded;
    }

    private static byte[] bytes(String... parts) {
        return String.join("", parts).getBytes(StandardCharsets.US_ASCII);
    }
}
