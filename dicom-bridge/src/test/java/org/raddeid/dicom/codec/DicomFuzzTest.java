package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The DICOM reader (every transfer syntax, deflate included) and the Specific Character Set decoder on arbitrary
 * bytes. The contract: a file is read or refused with {@link DicomFormatException}, a character set is parsed or
 * refused with {@link IllegalArgumentException}, a value decodes to text or to {@link SpecificCharacterSet.Undecodable};
 * nothing else is thrown, a file that reads writes back and reads again to the same data set, and no message holds
 * the input's text. Stored inputs run in {@code verify}; {@code -Pfuzz} fuzzes.
 */
class DicomFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void reader(byte[] input) throws DicomFormatException {
        DicomFile file;
        try {
            file = DicomReader.read(input);
        } catch (DicomFormatException e) {
            assertThat(e.offset()).isNotNegative();
            assertNoText(e.getMessage(), input);
            return;
        }
        TextVolume.of(file.dataSet());
        byte[] written = DicomWriter.write(file);
        if (!file.hasMeta() && written.length >= 132 && new String(written, 128, 4, StandardCharsets.US_ASCII)
                .equals("DICM")) {
            // A bare data set whose values, written back in tag order, put "DICM" at offset 128 reads as Part 10:
            // the bare format's own ambiguity, which every reader shares (de-identified files always get file meta).
            return;
        }
        DicomFile again = DicomReader.read(written);
        assertThat(again.dataSet()).isEqualTo(file.dataSet());
        // after the round trip: it changes the data set (and a bare one may then start where no reader would guess
        // DICOM; de-identified files are always written with file meta)
        List<Tag> removed = SpecificCharacterSet.removeUndecodable(again.dataSet());
        assertThat(removed).isNotNull();
    }

    /** Input: the (0008,0005) value, a NUL, then a value to decode as LO, PN and UT and to encode back. */
    @FuzzTest(maxDuration = "10m")
    void characterSets(byte[] input) {
        int nul = indexOf(input, (byte) 0);
        String term = new String(input, 0, nul < 0 ? input.length : nul, StandardCharsets.ISO_8859_1);
        byte[] value = nul < 0 ? new byte[0] : Arrays.copyOfRange(input, nul + 1, input.length);
        SpecificCharacterSet cs;
        try {
            cs = SpecificCharacterSet.parse(term);
        } catch (IllegalArgumentException e) {
            assertNoText(e.getMessage(), input);
            return;
        }
        for (Vr vr : List.of(Vr.LO, Vr.PN, Vr.UT)) {
            SpecificCharacterSet.Decoded d = cs.decode(value, vr);
            if (d instanceof SpecificCharacterSet.Text t) {
                try {
                    cs.encode(t.value(), vr);
                } catch (IllegalArgumentException e) {
                    assertNoText(e.getMessage(), input);
                }
            } else if (d instanceof SpecificCharacterSet.Undecodable u) {
                assertNoText(u.reason(), input);
            }
        }
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** Fails when a run of 6 or more letters of the input (a name, a word) stands in the message. */
    private static void assertNoText(String message, byte[] input) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}{6,}")
                .matcher(new String(input, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            String w = m.group();
            assertThat(message.contains(w) && OWN_WORDS.stream().noneMatch(o -> o.contains(w))).as("input echoed in: %s", message).isFalse();
        }
    }

    private static final List<String> OWN_WORDS = List.of("truncated", "deflated", "sequence", "Sequence",
            "delimiter", "element", "Specific", "Character", "defined", "standard", "remaining", "expected",
            "syntax", "encoding", "inflated", "unknown", "Transfer", "budget", "memory", "encodable", "length",
            "values", "extensions", "character", "offset", "declared", "nested", "deeper", "preamble", "malformed",
            "encapsulated", "fragment", "unexpected", "allowed", "undefined", "missing", "plausible", "before",
            "private", "mistyped", "cannot", "corrupt");
}
