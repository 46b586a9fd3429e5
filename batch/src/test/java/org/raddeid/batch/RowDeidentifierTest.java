package org.raddeid.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.raddeid.batch.table.InputRecord;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Pseudonyms;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.core.text.AnalyzedText;

/** One row through {@link RowDeidentifier}, with recognizers made for the case. */
class RowDeidentifierTest {

    private static final Secret SECRET = Secret.of("a-test-secret-of-enough-bytes".getBytes(StandardCharsets.UTF_8));

    /** Reports each match of {@code regex} as a patient name, on texts that pass {@code when}. */
    private static Recognizer names(String name, String regex, Predicate<String> when) {
        return finder(name, PhiSubtype.PATIENT, regex, when);
    }

    /** Reports each match of {@code regex} as {@code subtype}, on texts that pass {@code when}. */
    private static Recognizer finder(String name, PhiSubtype subtype, String regex, Predicate<String> when) {
        return new Recognizer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<PhiType> types() {
                return Set.of(subtype.type());
            }

            @Override
            public List<PhiSpan> recognize(AnalyzedText text) {
                List<PhiSpan> spans = new ArrayList<>();
                if (when.test(text.text())) {
                    Matcher m = Pattern.compile(regex).matcher(text.text());
                    while (m.find()) {
                        spans.add(PhiSpan.of(m.start(), m.end(), subtype, 0.9, name));
                    }
                }
                return spans;
            }
        };
    }

    private static RowDeidentifier.Result run(List<Recognizer> recognizers, String patientKey, String text) {
        Deidentifier deid = new Deidentifier(new Ensemble("test", recognizers));
        RowDeidentifier rows = new RowDeidentifier(deid,
                new RowDeidentifier.Settings(Policy.safeHarbor(), SECRET, "report", false, true));
        return rows.process(new InputRecord<Void>(1, 2, null, text, "doc-1", patientKey, null));
    }

    @Test
    void whenRecheckHitsSpanAdjacentReplacements_thenRefound_andHitsOutsideThemAreLeftovers() {
        RowDeidentifier.Result r = run(List.of(
                names("names", "John Smith", t -> true),
                finder("cities", PhiSubtype.CITY, "Boston", t -> true),
                names("pair", "\\[NAME\\], \\[[A-Z]+\\]", t -> true),
                // finds 'Zork' only in the output, as a recognizer would find PHI the first pass missed
                names("late", "Zork", t -> t.contains("[NAME]"))), null, "John Smith, Boston met Zork");
        assertThat(r.output().text()).matches("\\[NAME\\], \\[[A-Z]+\\] met Zork");
        assertThat(r.output().recheck().toString())
                .isEqualTo("{\"refound\":1,\"medicalTerms\":0,\"leftovers\":[{\"start\":" + r.output().text().indexOf("Zork") + ",\"end\":"
                        + (r.output().text().indexOf("Zork") + 4) + ",\"type\":\"NAME\",\"source\":\"recognizers\"}]}");
        assertThat(r.recheck()).extracting(org.raddeid.core.residual.Residual::leftover).containsExactly(false, true);
    }

    @Test
    void whenThePhiOfTheRowRecursWhereTheFirstPassMissedIt_thenTheRecheckFindsItWithoutAnyRecognizer() {
        // the first pass finds 'John Smith' only after 'Patient:'; the output still holds 'SMITH, JOHN'
        RowDeidentifier.Result r = run(List.of(names("cue", "(?<=Patient: )John Smith", t -> true)), null,
                "Patient: John Smith. Called SMITH, JOHN.");
        assertThat(r.output().text()).isEqualTo("Patient: [NAME]. Called SMITH, JOHN.");
        assertThat(r.recheck()).extracting(org.raddeid.core.residual.Residual::start,
                org.raddeid.core.residual.Residual::leftover).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(24, true), org.assertj.core.groups.Tuple.tuple(31, true));
        assertThat(r.output().recheck().toString()).contains("\"source\":\"sameDocument\"");
    }

    @Test
    void whenARecognizerFails_thenTheRowFailsWithEmptyTextAndANamedError() {
        Recognizer boom = names("boom", "x", t -> {
            throw new IllegalStateException("John Smith");
        });
        RowDeidentifier.Result r = run(List.of(boom), "P1", "Patient: John Smith");
        assertThat(r.failed()).isTrue();
        assertThat(r.output().text()).isEmpty();
        assertThat(r.output().keepFields()).isTrue();
        assertThat(r.output().patient()).isEqualTo(Pseudonyms.patientId(SECRET, "P1"));
        assertThat(r.output().error()).isEqualTo("row 1 (line 2), column 'report': recognizer 'boom' failed: "
                + "IllegalStateException; row not de-identified");
        assertThat(r.replacements()).isEmpty();
    }

    @Test
    void whenTheRecordCouldNotBeRead_thenNothingOfItIsKept() {
        Deidentifier deid = new Deidentifier(new Ensemble("none", List.of()));
        RowDeidentifier rows = new RowDeidentifier(deid,
                new RowDeidentifier.Settings(Policy.safeHarbor(), SECRET, "report", false, false));
        RowDeidentifier.Result r = rows.process(new InputRecord<Void>(4, 9, null, null, null, "P1", "row 4: bad"));
        assertThat(r.output().keepFields()).isFalse();
        assertThat(r.output().text()).isEmpty();
        assertThat(r.output().patient()).isNull();
        assertThat(r.output().error()).isEqualTo("row 4: bad");
    }
}
