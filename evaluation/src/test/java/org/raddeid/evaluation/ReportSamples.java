package org.raddeid.evaluation;

import static org.raddeid.core.PhiSubtype.DOCTOR;
import static org.raddeid.core.PhiSubtype.PATIENT;
import static org.raddeid.core.PhiType.DATE;
import static org.raddeid.core.PhiType.NAME;
import static org.raddeid.evaluation.Fixtures.doc;
import static org.raddeid.evaluation.Fixtures.found;
import static org.raddeid.evaluation.Fixtures.gold;
import static org.raddeid.evaluation.Fixtures.name;

import java.util.List;

/** A small report with known figures, shared by the writer tests. */
final class ReportSamples {

    private ReportSamples() {
    }

    /**
     * Three documents. PHI tokens: "Ana", "Lopez" caught, "Wei", "Chen" missed, "2020", "01", "02" caught, "John"
     * missed: 5 of 8 (recall 62.5%). Flagged: 5 PHI tokens plus "acute" -> precision 5/6 (83.3%). Strict entity:
     * tp 2 (Ana Lopez, the date), fp 1 (acute), fn 2 (Wei Chen, John) -> P 2/3, R 1/2, F1 4/7 (57.1%).
     * One miss holds a script tag in its context; the emoji document misses "John" at code points 2..6.
     */
    static EvaluationReport threeDocuments() {
        Scorer s = new Scorer("corpus <b>", "ensemble & co", 200, new java.util.concurrent.atomic.AtomicLong()::get);
        s.add(doc("d1", "Ana Lopez and Wei Chen <script>alert(1)</script>",
                name(0, 9, PATIENT, "HISPANIC"), name(14, 22, DOCTOR, "CHINESE")), List.of(found(0, 9, PATIENT)),
                1_000_000L);
        s.add(doc("d2", "Seen 2020-01-02. No acute findings.", gold(5, 15, DATE)),
                List.of(found(5, 15, DATE), found(20, 25, NAME)), 1_000_000L);
        s.add(doc("d3", "\uD83D\uDE00 John", gold(3, 7, NAME)), List.of(), 0L);
        return s.report();
    }
}
