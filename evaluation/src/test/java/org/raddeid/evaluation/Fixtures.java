package org.raddeid.evaluation;

import java.util.List;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.LabelledDocument;

/** Small builders for hand-made documents and spans. */
final class Fixtures {

    private Fixtures() {
    }

    static LabelledDocument doc(String id, String text, Annotation... gold) {
        return new LabelledDocument(id, text, List.of(gold));
    }

    static Annotation gold(int start, int end, PhiType type) {
        return new Annotation(start, end, type, null, null);
    }

    static Annotation gold(int start, int end, PhiSubtype subtype) {
        return Annotation.of(start, end, subtype);
    }

    static Annotation name(int start, int end, PhiSubtype subtype, String origin) {
        return new Annotation(start, end, PhiType.NAME, subtype, origin);
    }

    static PhiSpan found(int start, int end, PhiType type) {
        return new PhiSpan(start, end, type, null, 0.9, "test");
    }

    static PhiSpan found(int start, int end, PhiSubtype subtype) {
        return PhiSpan.of(start, end, subtype, 0.9, "test");
    }

    /** Scores one document with no timing. */
    static EvaluationReport score(LabelledDocument doc, PhiSpan... found) {
        Scorer s = new Scorer("test-corpus", "test-ensemble");
        s.add(doc, List.of(found), 0);
        return s.report();
    }
}
