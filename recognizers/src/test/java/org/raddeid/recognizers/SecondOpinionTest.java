package org.raddeid.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.residual.Residual;
import org.raddeid.core.residual.ResidualCheck;
import org.raddeid.core.rewrite.DeidResult;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.core.rewrite.Secret;

/** The residual check's second opinion with the shipped recognizers ({@code fast}), on the texts the issue names. */
class SecondOpinionTest {

    private static final Deidentifier FAST = new Deidentifier(Ensembles.create(Ensembles.FAST));
    private static final Deidentifier DEFAULT = new Deidentifier(Ensembles.create(Ensembles.DEFAULT_ENSEMBLE));
    private static final ResidualCheck CHECK = ResidualCheck.secondOpinionOf(FAST.ensemble());
    private static final RewriteContext CONTEXT = new RewriteContext(
            Secret.of("second-opinion-test-secret-0123".getBytes(StandardCharsets.UTF_8)), "p1");

    private static List<Residual> check(String text, Policy policy) {
        DeidResult r = FAST.deidentify(text, policy, CONTEXT, KnownIdentifiers.NONE);
        return CHECK.check(text, r, KnownIdentifiers.NONE);
    }

    @Test
    void whenAnOrdinaryWordFollowsARedactedName_thenItIsNoLeftover() {
        ResidualCheck check = ResidualCheck.secondOpinionOf(DEFAULT.ensemble());
        String text = "Discussed with Dr. Okafor. Dr. Okafor agrees.";
        DeidResult r = DEFAULT.deidentify(text, Policy.safeHarbor(), CONTEXT, KnownIdentifiers.NONE);
        assertThat(r.text()).isEqualTo("Discussed with Dr. [NAME]. Dr. [NAME] agrees.");
        assertThat(check.check(text, r, KnownIdentifiers.NONE)).noneMatch(Residual::leftover);
    }

    @Test
    void whenTheFirstPassVetoedEponyms_thenTheSecondOpinionSeesThem_asMedicalTermsNotLeftovers() {
        String text = "Positive Murphy sign. Colles fracture. Small Baker cyst.";
        assertThat(FAST.analyze(text).spans()).as("the first pass: eponyms, vetoed").isEmpty();
        ResidualCheck.Opinion opinion = CHECK.opinion(text);
        assertThat(opinion.medicalTerms()).as("the second opinion has no veto").anyMatch(s -> s.type() == PhiType.NAME
                && text.substring(s.start(), s.end()).contains("Murphy"));
        List<Residual> found = CHECK.check(text, List.of(), new org.raddeid.core.residual.Evidence(
                KnownIdentifiers.NONE, List.of()), opinion);
        assertThat(found).isNotEmpty().allMatch(r -> r.verdict() == Residual.Verdict.MEDICAL_TERM);
    }

    @Test
    void whenTheSameNameRecursSpelledApart_thenItIsALeftoverTheRecognizersDoNotSee() {
        String text = "Patient: Zebulon Vandersloot. Called vander-sloot at home.";
        List<Residual> found = check(text, Policy.safeHarbor());
        assertThat(found).filteredOn(Residual::leftover).extracting(Residual::source)
                .containsOnly(Residual.Source.SAME_DOCUMENT).isNotEmpty();
    }

    @Test
    void whenSurrogatesAreFoundAgain_thenNoneIsALeftover() {
        String text = "PATIENT: GOMEZ, RAFAEL  MRN: 88812345\nDiscussed with Dr. Okafor on 03/14/2021.";
        Policy surrogate = Policies.named("surrogate");
        List<Residual> found = check(text, surrogate);
        assertThat(found).isNotEmpty().noneMatch(Residual::leftover);
    }
}
