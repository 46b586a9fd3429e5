package org.raddeid.core.residual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.ensemble.EnsemblePolicy;
import org.raddeid.core.rewrite.DeidResult;
import org.raddeid.core.rewrite.DeidResult.Replacement;
import org.raddeid.core.text.AnalyzedText;

class ResidualCheckTest {

    private static final Set<String> ENGLISH = Set.of("agrees", "sign", "positive", "the", "patient", "hope");

    /** Names by a regex, at a fixed score: a stand-in for a dictionary or context recognizer. */
    private static Recognizer names(String name, String regex, double score) {
        Pattern p = Pattern.compile(regex);
        return new Recognizer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<PhiType> types() {
                return Set.of(PhiType.NAME);
            }

            @Override
            public List<PhiSpan> recognize(AnalyzedText text) {
                List<PhiSpan> out = new ArrayList<>();
                Matcher m = p.matcher(text.text());
                while (m.find()) {
                    out.add(PhiSpan.of(m.start(1), m.end(1), PhiSubtype.DOCTOR, score, name()));
                }
                return out;
            }
        };
    }

    /** The first pass: a weak name finder whose hits the allowlist vetoes, and a cue word finder. */
    private static Ensemble firstPass(Recognizer... recognizers) {
        return new Ensemble("test", List.of(recognizers), new EnsemblePolicy(Map.of(),
                (text, span) -> text.text().substring(span.start(), span.end()).equals("Murphy"), 0.9, false,
                ENGLISH::contains));
    }

    private static DeidResult result(String text, int[][] replacements, String operator) {
        List<Replacement> reps = new ArrayList<>();
        for (int[] r : replacements) {
            reps.add(new Replacement(PhiSpan.of(r[0], r[1], PhiSubtype.PATIENT, 1, "t"), r[2], r[3], operator));
        }
        return new DeidResult(text, reps, "test");
    }

    @Test
    void whenTheFirstPassDroppedAWeakNameBelowItsThreshold_thenTheSecondOpinionReportsItAsALeftoverWithTypeAndPlace() {
        Ensemble first = new Ensemble("test", List.of(names("weak", "\\b(Zork)\\b", 0.4)), new EnsemblePolicy(
                Map.of(PhiType.NAME, 0.5), org.raddeid.core.ensemble.Veto.NONE, 0.9, false, ENGLISH::contains));
        String text = "Zork reviewed the images.";
        assertThat(first.recognize(new AnalyzedText(text))).as("the first pass drops it").isEmpty();

        ResidualCheck check = ResidualCheck.secondOpinionOf(first);
        List<Residual> found = check.check(text, List.of(), Evidence.NONE, check.opinion(text));

        assertThat(found).containsExactly(new Residual(0, 4, PhiType.NAME, Residual.Source.RECOGNIZERS,
                Residual.Verdict.LEFTOVER));
    }

    @Test
    void whenTheFirstPassVetoedAWeakNameInMedicalWords_thenTheSecondOpinionSeesIt_asAMedicalTermNotALeftover() {
        Ensemble first = firstPass(names("weak", "\\b(Murphy)\\b", 0.4), names("cue", "Dr\\. (\\w+)", 0.95));
        String text = "Murphy sign negative. Dr. Murphy agrees.";
        assertThat(first.recognize(new AnalyzedText(text))).as("the first pass keeps only the doctor").hasSize(1);

        ResidualCheck check = ResidualCheck.secondOpinionOf(first);
        List<Residual> found = check.check(text, List.of(), Evidence.NONE, check.opinion(text));

        assertThat(found).extracting(Residual::start, Residual::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, Residual.Verdict.MEDICAL_TERM),
                org.assertj.core.groups.Tuple.tuple(26, Residual.Verdict.LEFTOVER));
    }

    @Test
    void whenAnOrdinaryWordFollowsAReplacement_thenItIsNoLeftover_butAProperNameIs() {
        // a cue recognizer that takes the word after a closing bracket, as a context rule after "Dr." would
        ResidualCheck check = ResidualCheck.secondOpinionOf(firstPass(names("cue", "\\] (\\w+)", 0.95)));
        for (String tail : List.of("agrees", "AGREES")) {
            String text = "Dr. [NAME] " + tail + ".";
            List<Residual> found = check.check(text, List.of(new ResidualCheck.Region(4, 10, true)), Evidence.NONE,
                    check.opinion(text));
            assertThat(found).as(text).hasSize(1).noneMatch(Residual::leftover);
        }
        String text = "Dr. [NAME] Okafor agrees.";
        List<Residual> found = check.check(text, List.of(new ResidualCheck.Region(4, 10, true)), Evidence.NONE,
                check.opinion(text));
        assertThat(found).containsExactly(new Residual(11, 17, PhiType.NAME, Residual.Source.RECOGNIZERS, Residual.Verdict.LEFTOVER));
        String capitalised = "Dr. [NAME] Hope agrees.";
        assertThat(check.check(capitalised, List.of(new ResidualCheck.Region(4, 10, true)), Evidence.NONE,
                check.opinion(capitalised))).as("an English word written as a name is no ordinary word")
                .anyMatch(Residual::leftover);
    }

    @Test
    void whenAPhiStringOfTheSameDocumentRecurs_thenItIsALeftoverEvenIfNoRecognizerSeesIt() {
        ResidualCheck check = ResidualCheck.secondOpinionOf(firstPass());
        String original = "Patient: Rafael Gomez. Called GOMEZ, RAFAEL at home; rafael gomez agreed.";
        String out = "Patient: [NAME]. Called GOMEZ, RAFAEL at home; rafael gomez agreed.";
        DeidResult r = result(out, new int[][] {{9, 21, 9, 15}}, "redact");

        List<Residual> found = check.check(original, r, KnownIdentifiers.NONE);

        assertThat(found).extracting(Residual::start, Residual::end, Residual::source, Residual::leftover)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(24, 29, Residual.Source.SAME_DOCUMENT, true),
                        org.assertj.core.groups.Tuple.tuple(31, 37, Residual.Source.SAME_DOCUMENT, true),
                        org.assertj.core.groups.Tuple.tuple(47, 59, Residual.Source.SAME_DOCUMENT, true));
    }

    @Test
    void whenANameOfTheDocumentRecursInsideMedicalWords_thenItIsAMedicalTerm_elsewhereALeftover() {
        ResidualCheck check = ResidualCheck.secondOpinionOf(firstPass());
        String original = "Dr. Murphy reviewed. Murphy sign positive; called MURPHY.";
        String out = "Dr. [NAME] reviewed. Murphy sign positive; called MURPHY.";
        DeidResult r = result(out, new int[][] {{4, 10, 4, 10}}, "redact");
        assertThat(check.check(original, r, KnownIdentifiers.NONE)).extracting(Residual::start, Residual::verdict)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(21, Residual.Verdict.MEDICAL_TERM),
                        org.assertj.core.groups.Tuple.tuple(50, Residual.Verdict.LEFTOVER));
    }

    @Test
    void whenAKnownIdentifierStandsInTheOutput_thenItIsALeftover() {
        ResidualCheck check = ResidualCheck.secondOpinionOf(firstPass());
        KnownIdentifiers known = new KnownIdentifiers(List.of(), List.of(new KnownIdentifiers.KnownId("88812345",
                PhiSubtype.MEDICALRECORD)), List.of());
        String out = "Prior study 8881 2345 reviewed.";
        List<Residual> found = check.check(out, List.of(), new Evidence(known, List.of()), ResidualCheck.Opinion.of(List.of()));
        assertThat(found).containsExactly(new Residual(12, 21, PhiType.ID, Residual.Source.KNOWN_IDENTIFIER, Residual.Verdict.LEFTOVER));
    }

    @Test
    void whenASurrogateIsFoundAgain_thenItIsNoLeftover_butASurrogateEqualToItsOriginalIs() {
        ResidualCheck check = ResidualCheck.secondOpinionOf(firstPass(names("cap", "Dr\\. (\\w+)", 0.95)));
        String original = "Seen by Dr. Okafor.";
        DeidResult surrogate = result("Seen by Dr. Hadzic.", new int[][] {{12, 18, 12, 18}}, "surrogate");
        assertThat(check.check(original, surrogate, KnownIdentifiers.NONE)).hasSize(1).noneMatch(Residual::leftover);

        DeidResult same = result("Seen by Dr. Okafor.", new int[][] {{12, 18, 12, 18}}, "surrogate");
        assertThat(check.check(original, same, KnownIdentifiers.NONE)).extracting(Residual::leftover)
                .containsExactly(true);
        DeidResult kept = result("Seen by Dr. Okafor.", new int[][] {{12, 18, 12, 18}}, "keep");
        assertThat(check.check(original, kept, KnownIdentifiers.NONE)).as("kept by the policy")
                .noneMatch(Residual::leftover);
    }

    @Test
    void shortOrOrdinaryStringsAreNotSearchedAgain() {
        Needles n = Needles.of(new Evidence.Found("Hope Li", PhiType.NAME), ENGLISH::contains);
        assertThat(n.find("we hope to see Li; Hope Li came")).extracting(a -> a[0]).containsExactly(19);
        assertThat(Needles.of(new Evidence.Found("92", PhiType.AGE), w -> false).find("92 mm")).isEmpty();
        assertThat(Needles.of(new Evidence.Found("patient", PhiType.PROFESSION), ENGLISH::contains)
                .find("the patient")).isEmpty();
    }
}
