package org.raddeid.recognizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.core.rewrite.Rewriter;
import org.raddeid.core.rewrite.Secret;

class PolicyFilesTest {

    private static final RewriteContext CTX = new RewriteContext(
            Secret.of("0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8)), "patient-A");
    private static final String TEXT = "Dr. John Smith, MRN 12345678, seen 03/07/2024 and in 2019, age 93, ZIP 02114.";

    @TempDir
    Path dir;

    private static PhiSpan span(String s, PhiSubtype subtype) {
        int at = TEXT.indexOf(s);
        return PhiSpan.of(at, at + s.length(), subtype, 0.9, "t");
    }

    private static String apply(Policy p) {
        return Rewriter.rewrite(TEXT, List.of(span("John Smith", PhiSubtype.DOCTOR),
                span("12345678", PhiSubtype.MEDICALRECORD), span("03/07/2024", PhiSubtype.DATE),
                span("2019", PhiSubtype.DATE), span("93", PhiSubtype.AGE), span("02114", PhiSubtype.ZIP)), p, CTX)
                .text();
    }

    private Policy load(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return Policies.resolve(f.toString());
    }

    private void rejects(String name, String content, String... fragments) {
        assertThatThrownBy(() -> load(name, content)).isInstanceOf(PolicyFileException.class)
                .message().contains(fragments);
    }

    @Test
    void yamlOverridesOverAPreset() throws IOException {
        Policy p = load("research.yaml", """
                # a research export
                base: safe-harbor
                age-wording: "90 or older"
                years: as-dates
                types:
                  ID: hash:12
                subtypes:
                  DATE: generalize
                  DOCTOR: keep
                """);
        assertThat(p.name()).isEqualTo("research");
        assertThat(apply(p)).matches("Dr\\. John Smith, MRN [0-9a-f]{12}, seen 2024 and in 2019, age 90 or older, "
                + "ZIP 02100\\.");
    }

    @Test
    void jsonWithASurrogateBaseAndItsOwnShift() throws IOException {
        Policy p = load("p.json", """
                {"name": "shifted", "base": "surrogate", "date-shift": {"min-days": 400, "max-days": 400},
                 "types": {"NAME": "redact:*"}}
                """);
        assertThat(p.name()).isEqualTo("shifted");
        String out = apply(p);
        assertThat(out).startsWith("Dr. **** *****, MRN ").doesNotContain("12345678").doesNotContain("03/07/2024")
                .contains("in 2019");
        String shifted = out.replaceAll(".*seen (\\S+) and.*", "$1");
        assertThat(shifted).isIn("04/11/2025", "02/01/2023");
    }

    @Test
    void theExamplePoliciesLoad() throws IOException {
        Path examples = Path.of("..", "examples", "policies");
        try (var files = Files.list(examples)) {
            List<Path> all = files.sorted().toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(2);
            for (Path f : all) {
                Policy p = Policies.resolve(f.toString());
                assertThat(apply(p)).as(f.toString()).doesNotContain("12345678").doesNotContain("03/07/2024");
            }
        }
        assertThat(apply(Policies.resolve(examples.resolve("research-export.yaml").toString())))
                .contains("Dr. John Smith").contains("age 90 or older");
    }

    @Test
    void presetsAndUnknownNames() {
        assertThat(Policies.resolve("limited-data-set").name()).isEqualTo("limited-data-set");
        assertThat(Policies.resolve("Surrogate").name()).isEqualTo("surrogate");
        assertThatThrownBy(() -> Policies.resolve("safeharbour")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown policy 'safeharbour'").hasMessageContaining("safe-harbor, surrogate");
    }

    @Test
    void mistakesNameTheFileTheLineAndTheSetting() {
        rejects("a.yaml", "base: safe-harbor\ntypos: {}\n", "a.yaml line 2", "unknown setting 'typos'");
        rejects("b.yaml", "types:\n  NAMES: redact\n", "b.yaml line 2", "unknown PHI type 'NAMES'");
        rejects("c.yaml", "subtypes:\n  ZIPCODE: keep\n", "line 2", "unknown PHI subtype 'ZIPCODE'");
        rejects("d.yaml", "types:\n  NAME: scramble\n", "line 2", "types.NAME: unknown operator 'scramble'",
                "known: redact");
        rejects("e.yaml", "types:\n  ID: hash:4\n", "types.ID: hash:N takes a length of 8 to 64");
        rejects("f.yaml", "types:\n  NAME: shift\n", "shift applies to dates only");
        rejects("g.yaml", "types:\n  NAME: generalize\n", "generalize applies to ZIP, AGE and DATE/DOB only");
        rejects("h.yaml", "date-shift:\n  min-days: 30\n  max-days: 10\n", "line 2", "min-days (30) is more than");
        rejects("i.yaml", "date-shift: {min-days: 0}\n", "date-shift.min-days must be a whole number of days");
        rejects("j.yaml", "base: strict\n", "base: unknown preset 'strict'");
        rejects("k.yaml", "types: [NAME]\n", "types must be an object");
        rejects("l.yaml", "types:\n  NAME: redact\n  NAME: keep\n", "line 3", "'NAME' appears twice");
        rejects("m.yaml", "types: {NAME: redact\n", "m.yaml line", "not valid YAML");
        rejects("n.json", "{\"types\": {\"NAME\": \"redact\"}} {}", "unexpected content after");
        rejects("o.json", "{\"types\": ", "not valid JSON");
        rejects("p.yaml", "", "the policy file is empty");
        rejects("q.yaml", "- redact\n", "holds one object");
        rejects("r.yaml", "types:\n  NAME: redact:ab\n", "redact:C takes one visible character");
    }

    @Test
    void unreadableFilesAreReportedWithoutTheirContent() throws IOException {
        Path bad = dir.resolve("latin1.yaml");
        Files.write(bad, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xe9, '\n'});
        assertThatThrownBy(() -> Policies.resolve(bad.toString())).isInstanceOf(PolicyFileException.class)
                .hasMessage("latin1.yaml: not UTF-8 text");
        assertThatThrownBy(() -> Policies.resolve(dir.resolve("missing.yaml").toString()))
                .isInstanceOf(PolicyFileException.class).hasMessageContaining("missing.yaml: cannot read");
    }
}
