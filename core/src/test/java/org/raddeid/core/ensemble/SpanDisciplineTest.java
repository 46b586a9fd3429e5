package org.raddeid.core.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;

class SpanDisciplineTest {

    private static final Set<String> FUNCTION = Set.of("the", "is", "of", "from", "on", "with", "and", "in", "to");
    private static final Set<String> VERBS = Set.of("notified", "seen", "agreed");
    private static final Set<String> CLINICAL = Set.of("mediastinum", "silhouette", "airspace", "focal", "evidence");

    private static final SpanDiscipline D = new SpanDiscipline(
            w -> FUNCTION.contains(w) || VERBS.contains(w) || w.equals("dr"), FUNCTION::contains, CLINICAL::contains,
            w -> w.equals("of") || w.equals("the") || w.equals("and"), w -> w.equals("st") || w.equals("dr"),
            r -> r.equals("dictionary") || r.equals("context"), 5, 8, 0.9);

    private static List<String> pieces(String text, PhiSpan span) {
        return D.apply(new AnalyzedText(text), span).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    private static PhiSpan name(String text, String covered, double score, String recognizer) {
        int at = text.indexOf(covered);
        return new PhiSpan(at, at + covered.length(), PhiType.NAME, null, score, recognizer);
    }

    private static PhiSpan place(String text, String covered, PhiSubtype subtype, double score, String recognizer) {
        int at = text.indexOf(covered);
        return PhiSpan.of(at, at + covered.length(), subtype == null ? PhiSubtype.LOCATION_OTHER : subtype, score,
                recognizer);
    }

    @Test
    void whenANameRunsIntoVerbsAndFunctionWords_thenOnlyTheNameIsLeft() {
        String text = "COMPARED TO PRIOR FROM ST. MARY'S ON 6/30. DR O'BRIEN NOTIFIED.";
        assertThat(pieces(text, name(text, "DR O'BRIEN NOTIFIED", 0.7, "corenlp"))).containsExactly("O'BRIEN");
        assertThat(pieces(text, place(text, "FROM ST. MARY'S ON", null, 0.7, "corenlp"))).containsExactly("ST. MARY'S");
    }

    @Test
    void whenASpanCrossesASentenceEndSemicolonColonOrLineBreak_thenItIsCut() {
        String text = "Seen by Smith. Jones agreed; Brown\nGreen: Ward";
        assertThat(pieces(text, name(text, "Smith. Jones agreed; Brown\nGreen: Ward", 0.7, "opennlp")))
                .containsExactly("Smith", "Jones", "Brown", "Green", "Ward");
    }

    @Test
    void whenAPeriodClosesAnInitialOrAbbreviation_thenItDoesNotEndTheSentence() {
        String text = "Seen by J. Smith at St. Mary's.";
        assertThat(pieces(text, name(text, "J. Smith", 0.7, "opennlp"))).containsExactly("J. Smith");
        assertThat(pieces(text, place(text, "St. Mary's", PhiSubtype.HOSPITAL, 0.7, "corenlp")))
                .containsExactly("St. Mary's");
    }

    @Test
    void whenACapitalLetterHasItsPeriod_thenItIsAnInitialNotTheArticle() {
        Set<String> withA = Set.of("a", "the", "of", "i");
        SpanDiscipline d = new SpanDiscipline(withA::contains, withA::contains, w -> false, w -> false,
                w -> false, r -> false, 5, 8, 0.9);
        String text = "Dictated by Dr. A. Okoro; Name: Liu, Mio A.\nSeen by A. Smith for a Smith fracture.";
        AnalyzedText t = new AnalyzedText(text);
        java.util.function.Function<PhiSpan, List<String>> cut = s -> d.apply(t, s).stream()
                .map(x -> text.substring(x.start(), x.end())).toList();
        assertThat(cut.apply(name(text, "A. Okoro", 0.7, "opennlp"))).containsExactly("A. Okoro");
        assertThat(cut.apply(name(text, "Liu, Mio A.", 0.7, "opennlp"))).containsExactly("Liu, Mio A.");
        assertThat(cut.apply(name(text, "a Smith", 0.7, "opennlp"))).as("the article, no period")
                .containsExactly("Smith");
        String md = "Ordered by: Daniel Harris A.I.";
        AnalyzedText m = new AnalyzedText(md);
        assertThat(d.apply(m, name(md, "Daniel Harris A.I.", 0.7, "opennlp")).stream()
                .map(x -> md.substring(x.start(), x.end()))).as("a credential's letters run together")
                .containsExactly("Daniel Harris");
    }

    @Test
    void whenTheDictionaryFoundAHospitalWhole_thenItsOwnArticleStays() {
        String text = "Transferred from The Valley Hospital and from Our Lady of Lourdes.";
        assertThat(pieces(text, place(text, "The Valley Hospital", PhiSubtype.HOSPITAL, 0.9, "dictionary")))
                .containsExactly("The Valley Hospital");
        assertThat(pieces(text, place(text, "from The Valley Hospital", PhiSubtype.HOSPITAL, 0.7, "corenlp")))
                .as("a statistical span loses its edge words").containsExactly("Valley Hospital");
    }

    @Test
    void whenAStatisticalSpanIsMadeOfClinicalWords_thenNothingIsLeft() {
        String text = "THE MEDIASTINUM IS normal. EVIDENCE OF FOCAL AIRSPACE disease";
        assertThat(pieces(text, name(text, "THE MEDIASTINUM IS", 0.6, "opennlp"))).isEmpty();
        assertThat(pieces(text, place(text, "EVIDENCE OF FOCAL AIRSPACE", null, 0.7, "corenlp"))).isEmpty();
    }

    @Test
    void whenFoundByACueOrAList_thenClinicalWordsAndFunctionWordsInsideAreKept() {
        String text = "Dr. Do reviewed it; University of Michigan; Mediastinum Smith";
        assertThat(pieces(text, name(text, "Do", 0.95, "context"))).containsExactly("Do");
        assertThat(pieces(text, place(text, "University of Michigan", PhiSubtype.HOSPITAL, 0.85, "dictionary")))
                .containsExactly("University of Michigan");
        assertThat(pieces(text, name(text, "Mediastinum Smith", 0.6, "dictionary")))
                .containsExactly("Mediastinum Smith");
    }

    @Test
    void whenTooLong_thenAStatisticalNameIsDroppedButAnAddressIsNot() {
        String text = "Alpha Beta Gamma Delta Epsilon Zeta\n12 Oak Street\nApt 4\nSpringfield";
        assertThat(pieces(text, name(text, "Alpha Beta Gamma Delta Epsilon Zeta", 0.7, "opennlp"))).isEmpty();
        assertThat(pieces(text, place(text, "12 Oak Street\nApt 4\nSpringfield", null, 0.8, "corenlp")))
                .containsExactly("12 Oak Street\nApt 4\nSpringfield");
    }

    @Test
    void whenTheRecognizerIsExactOrTheTypeIsNoNameOrPlace_thenTheSpanIsUntouched() {
        String text = "KM/sb on 6/30; the report";
        PhiSpan initials = new PhiSpan(0, 5, PhiType.NAME, null, 0.85, "pattern");
        PhiSpan date = PhiSpan.of(9, 13, PhiSubtype.DATE, 0.6, "corenlp");
        AnalyzedText t = new AnalyzedText(text);
        assertThat(D.apply(t, initials)).containsExactly(initials);
        assertThat(D.apply(t, date)).containsExactly(date);
        assertThat(SpanDiscipline.NONE.apply(t, name(text, "the report", 0.1, "x"))).hasSize(1);
    }

    @Test
    void whenWordsAreJoinedByAnApostropheOrHyphen_thenTheyStayTogether() {
        String text = "on O'Brien-Smith with";
        assertThat(pieces(text, name(text, "on O'Brien-Smith with", 0.7, "corenlp"))).containsExactly("O'Brien-Smith");
    }
}
