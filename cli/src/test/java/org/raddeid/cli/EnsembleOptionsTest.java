package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.ensemble.EnsemblePolicy;
import org.raddeid.recognizers.Ensembles;
import picocli.CommandLine;

class EnsembleOptionsTest {

    private static Ensemble build(String... args) {
        EnsembleOptions o = new EnsembleOptions();
        new CommandLine(new Object() {
            @CommandLine.Mixin
            EnsembleOptions options = o;
        }).parseArgs(args);
        return o.build();
    }

    @Test
    void narrowingKeepsTheEnsemblesRulesAndPicksOnlyRecognizers() {
        Ensemble narrowed = build("--ensemble", "fast", "--recognizers", "pattern,dictionary");
        assertThat(narrowed.name()).isEqualTo("fast[pattern,dictionary]");
        assertThat(narrowed.recognizers()).extracting(Recognizer::name).containsExactly("pattern", "dictionary");
        // the veto and propagation of fast, not a plain union
        assertThat(narrowed.policy()).isNotEqualTo(EnsemblePolicy.UNION);
        assertThat(narrowed.policy().propagate()).isTrue();
        assertThat(narrowed.policy().vetoBelow()).isEqualTo(Ensembles.create("fast").policy().vetoBelow());
    }

    @Test
    void unknownRecognizersAndEnsemblesAreUserErrors() {
        assertThatThrownBy(() -> build("--ensemble", "fast", "--recognizers", "corenlp"))
                .isInstanceOf(UserError.class).hasMessageContaining("unknown recognizer(s) [corenlp]");
        assertThatThrownBy(() -> build("--ensemble", "fastest")).isInstanceOf(UserError.class)
                .hasMessageContaining("full");
        assertThat(List.of(build("--ensemble", "patterns").name())).containsExactly("patterns");
    }

    @Test
    void theCaseViewDecidesHowLowerCaseTextIsRead() {
        String text = "pt comfortable, wife maria at bedside. d/w dr okafor.";
        org.raddeid.core.text.AnalyzedText t = new org.raddeid.core.text.AnalyzedText(text);
        java.util.function.Function<Ensemble, List<String>> names = e -> new org.raddeid.core.Deidentifier(e)
                .analyze(text).spans().stream().map(s -> text.substring(s.start(), s.end())).toList();
        Ensemble shipped = build("--ensemble", "fast");
        Ensemble asWritten = build("--ensemble", "fast", "--case-view", "none");
        assertThat(asWritten.name()).isEqualTo("fast[case-view none]");
        assertThat(shipped.policy().view().of(t).text()).contains("Maria", "Dr Okafor");
        assertThat(asWritten.policy().view().of(t).text()).isEqualTo(text);
        assertThat(names.apply(shipped)).contains("maria", "okafor");
        assertThat(names.apply(asWritten)).doesNotContain("maria");
        assertThatThrownBy(() -> build("--ensemble", "fast", "--case-view", "upper")).isInstanceOf(UserError.class)
                .hasMessageContaining("unknown case view 'upper'").hasMessageContaining("raddeid, corenlp, none");
    }
}
