package org.raddeid.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnchorsTest {

    private static final String TEXT = "Dr. Li saw Mr. Li on 3/4. Lisinopril held. Contact: Anna  Berg\nor anna berg.";

    private static List<String> found(String quote, String context) {
        return Anchors.locate(TEXT, new Quote(quote, "NAME", context)).stream()
                .map(r -> r.start() + ":" + TEXT.substring(r.start(), r.end())).toList();
    }

    @ParameterizedTest(name = "{0} near ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        // every occurrence, whole words only (not inside Lisinopril)
        "Li|''|4:Li;15:Li",
        // the one nearest the context
        "Li|Mr. Li on|15:Li",
        // context not found: every occurrence
        "Li|Mrs. Li|4:Li;15:Li",
        // verbatim first; then case and white space may differ
        "anna berg|''|66:anna berg",
        "ANNA BERG|''|52:Anna  Berg;66:anna berg",
        "Anna Berg|Contact: Anna Berg|52:Anna  Berg",
        // not in the text: nothing
        "Margaret Thatcher|''|NONE",
        "Lisin|''|NONE",
    })
    void locates(String quote, String context, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertThat(found(quote, context)).isEqualTo(want);
    }
}
