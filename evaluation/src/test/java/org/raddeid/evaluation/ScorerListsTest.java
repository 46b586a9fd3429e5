package org.raddeid.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.raddeid.core.PhiSubtype.DOCTOR;
import static org.raddeid.core.PhiSubtype.PATIENT;
import static org.raddeid.core.PhiType.DATE;
import static org.raddeid.core.PhiType.NAME;
import static org.raddeid.evaluation.Fixtures.doc;
import static org.raddeid.evaluation.Fixtures.found;
import static org.raddeid.evaluation.Fixtures.gold;
import static org.raddeid.evaluation.Fixtures.name;
import static org.raddeid.evaluation.Fixtures.score;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ScorerListsTest {

    @Test
    void whenNamesOfTwoOriginsAreHalfFound_thenOriginsAndSubtypesAreScoredApart() {
        // "Ana Lopez" 0..9 HISPANIC patient, found; "Wei Chen" 14..22 CHINESE doctor, missed.
        EvaluationReport r = score(doc("d1", "Ana Lopez and Wei Chen",
                name(0, 9, PATIENT, "HISPANIC"), name(14, 22, DOCTOR, "CHINESE")), found(0, 9, PATIENT));

        assertThat(r.perOrigin()).containsOnlyKeys("CHINESE", "HISPANIC");
        assertThat(r.perOrigin().keySet()).containsExactly("CHINESE", "HISPANIC");
        GroupScore hispanic = r.perOrigin().get("HISPANIC");
        GroupScore chinese = r.perOrigin().get("CHINESE");
        assertThat(hispanic.phiTokens()).isEqualTo(2);
        assertThat(hispanic.tokenRecall()).isEqualTo(1.0);
        assertThat(chinese.caught()).isZero();
        assertThat(chinese.tokenRecall()).isEqualTo(0.0);
        assertThat(chinese.tokenPrecision()).as("found spans carry no origin").isNull();
        assertThat(r.perSubtype().get("PATIENT").tokenRecall()).isEqualTo(1.0);
        assertThat(r.perSubtype().get("DOCTOR").tokenRecall()).isEqualTo(0.0);
        assertThat(r.perType().get("NAME").tokenRecall()).isEqualTo(0.5);
    }

    @Test
    void whenGroupsAreReported_thenTypesFollowTheEnumOrder() {
        // DATE comes after NAME in PhiType; the text order is the other way round.
        EvaluationReport r = score(doc("d1", "2020-01-02 John", gold(0, 10, DATE), gold(11, 15, NAME)));

        assertThat(r.perType().keySet()).containsExactly("NAME", "DATE");
    }

    @Test
    void whenThreeDocumentsAndOneMissesAToken_thenOneDocumentLeaks() {
        Scorer s = new Scorer(null, null);
        s.add(doc("caught", "John", gold(0, 4, NAME)), List.of(found(0, 4, NAME)), 0);
        s.add(doc("leaks", "John Smith", gold(0, 10, NAME)), List.of(found(0, 4, NAME)), 0);
        s.add(doc("clean", "Normal chest."), List.of(), 0);
        EvaluationReport r = s.report();

        assertThat(r.docs()).isEqualTo(3);
        assertThat(r.docsWithLeak()).isEqualTo(1);
        assertThat(r.missesTotal()).isEqualTo(1);
        assertThat(r.misses()).singleElement().satisfies(m -> {
            assertThat(m.docId()).isEqualTo("leaks");
            assertThat(m.partlyFound()).isTrue();
            assertThat(m.text()).isEqualTo("John Smith");
        });
    }

    @Test
    void whenEmojiPrecedesAMiss_thenListedOffsetsAreCodePoints() {
        // "😀 John": the emoji is 2 chars, 1 code point; gold chars 3..7 are code points 2..6.
        EvaluationReport r = score(doc("d1", "\uD83D\uDE00 John", gold(3, 7, NAME)));

        Miss m = r.misses().get(0);
        assertThat(m.start()).isEqualTo(2);
        assertThat(m.end()).isEqualTo(6);
        assertThat(m.text()).isEqualTo("John");
        assertThat(m.before()).isEqualTo("\uD83D\uDE00 ");
        assertThat(m.partlyFound()).isFalse();
        assertThat(r.throughput().chars()).as("code points, not chars").isEqualTo(6);
    }

    @Test
    void whenFalsePositive_thenItIsListedWithContext() {
        EvaluationReport r = score(doc("b", "No acute findings."), found(3, 8, NAME));

        assertThat(r.falsePositives()).singleElement().satisfies(f -> {
            assertThat(f.docId()).isEqualTo("b");
            assertThat(f.start()).isEqualTo(3);
            assertThat(f.end()).isEqualTo(8);
            assertThat(f.text()).isEqualTo("acute");
            assertThat(f.before()).isEqualTo("No ");
            assertThat(f.after()).isEqualTo(" findings.");
            assertThat(f.recognizer()).isEqualTo("test");
        });
    }

    @Test
    void whenContextIsLong_thenFortyCodePointsAreKeptEachSide() {
        String text = "x".repeat(100) + " John " + "y".repeat(100);
        EvaluationReport r = score(doc("d1", text, gold(101, 105, NAME)));

        assertThat(r.misses().get(0).before()).hasSize(40).endsWith("x ");
        assertThat(r.misses().get(0).after()).hasSize(40).startsWith(" y");
    }

    @Test
    void whenMoreMissesThanTheLimit_thenAllAreCountedButOnlyTheFirstListed() {
        Scorer s = new Scorer(null, null, 1, System::nanoTime);
        s.add(doc("d1", "Ann and Bob", gold(0, 3, NAME), gold(8, 11, NAME)),
                List.of(found(4, 7, NAME), found(4, 6, NAME)), 0);
        EvaluationReport r = s.report();

        assertThat(r.missesTotal()).isEqualTo(2);
        assertThat(r.misses()).hasSize(1);
        assertThat(r.misses().get(0).text()).isEqualTo("Ann");
        assertThat(r.falsePositivesTotal()).isEqualTo(2);
        assertThat(r.falsePositives()).hasSize(1);
    }

    @Test
    void whenDetectorTimeAndWallTimeAreKnown_thenRatesFollow() {
        // Clock reads 0 at creation and 2 s at the report; one 10-char document took the detector 0.5 s.
        AtomicLong now = new AtomicLong(0);
        Scorer s = new Scorer(null, null, 10, now::get);
        s.add(doc("d1", "0123456789"), List.of(), 500_000_000L);
        now.set(2_000_000_000L);
        Throughput t = s.report().throughput();

        assertThat(t.seconds()).isEqualTo(0.5);
        assertThat(t.reportsPerSecond()).isEqualTo(2.0);
        assertThat(t.charsPerSecond()).isEqualTo(20.0);
        assertThat(t.wallSeconds()).isEqualTo(2.0);
        assertThat(t.wallReportsPerSecond()).isEqualTo(0.5);
    }

    @Test
    void whenNoDetectorTime_thenRatesAreNotApplicable() {
        Throughput t = score(doc("d1", "text")).throughput();

        assertThat(t.reportsPerSecond()).isNull();
        assertThat(t.charsPerSecond()).isNull();
    }

    @Test
    void whenFoundSpanEndsBeyondTheText_thenTheErrorNamesIdAndOffsetsButNoText() {
        Scorer s = new Scorer(null, null);
        assertThatThrownBy(() -> s.add(doc("doc-7", "Secret"), List.of(found(2, 9, NAME)), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("doc-7").hasMessageContaining("9")
                .hasMessageNotContaining("Secret");
    }

    @Test
    void whenFoundSpanSplitsASurrogatePair_thenItIsRejected() {
        Scorer s = new Scorer(null, null);
        assertThatThrownBy(() -> s.add(doc("d1", "\uD83D\uDE00 John"), List.of(found(1, 7, NAME)), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
    }

    @Test
    void whenReportIsTaken_thenItCannotBeChangedAndTheScorerGoesOn() {
        Scorer s = new Scorer(null, null);
        s.add(doc("d1", "John", gold(0, 4, NAME)), List.of(), 0);
        EvaluationReport first = s.report();
        s.add(doc("d2", "Mary", gold(0, 4, NAME)), List.of(found(0, 4, NAME)), 0);

        assertThat(first.docs()).isEqualTo(1);
        assertThat(s.report().token().recall()).isEqualTo(0.5);
        assertThatThrownBy(() -> first.misses().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.perType().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
