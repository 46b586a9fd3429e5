package org.raddeid.recognizers.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.recognizers.pattern.PatternRecognizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the peer test vectors for the entity types the pattern recognizer covers. A positive vector passes when each
 * expected span is covered by one of our spans of a matching subtype (or, for count-only vectors, when we report at
 * least one); a negative vector passes when we report nothing of that subtype. Vectors listed in
 * {@code peer-vectors-deliberate-differences.tsv} are reported as deliberate differences, not failures. Writes
 * {@code target/peer-vectors-report.md}.
 */
class PeerVectorsTest {

    private static final Logger LOG = LoggerFactory.getLogger(PeerVectorsTest.class);

    /** Peer entity label (peer:entity) to the subtypes that count as a match. */
    static final Map<String, Set<PhiSubtype>> COVERED = Map.ofEntries(
            Map.entry("presidio:PHONE_NUMBER", EnumSet.of(PhiSubtype.PHONE, PhiSubtype.FAX)),
            Map.entry("presidio:EMAIL_ADDRESS", EnumSet.of(PhiSubtype.EMAIL)),
            Map.entry("presidio:US_SSN", EnumSet.of(PhiSubtype.SSN)),
            Map.entry("presidio:IP_ADDRESS", EnumSet.of(PhiSubtype.IPADDR)),
            Map.entry("presidio:URL", EnumSet.of(PhiSubtype.URL)),
            Map.entry("presidio:DATE_TIME", EnumSet.of(PhiSubtype.DATE, PhiSubtype.DOB)),
            Map.entry("presidio:MEDICAL_LICENSE", EnumSet.of(PhiSubtype.LICENSE)),
            Map.entry("presidio:US_NPI", EnumSet.of(PhiSubtype.LICENSE)),
            Map.entry("phileas:DATE", EnumSet.of(PhiSubtype.DATE, PhiSubtype.DOB)),
            Map.entry("phileas:AGE", EnumSet.of(PhiSubtype.AGE)),
            Map.entry("phileas:SSN", EnumSet.of(PhiSubtype.SSN)),
            Map.entry("phileas:PHONE_NUMBER", EnumSet.of(PhiSubtype.PHONE, PhiSubtype.FAX)),
            Map.entry("phileas:PHONE_NUMBER_EXTENSION", EnumSet.of(PhiSubtype.PHONE, PhiSubtype.FAX)),
            Map.entry("phileas:ZIP_CODE", EnumSet.of(PhiSubtype.ZIP)),
            Map.entry("phileas:STREET_ADDRESS", EnumSet.of(PhiSubtype.STREET)),
            Map.entry("phileas:URL", EnumSet.of(PhiSubtype.URL)),
            Map.entry("phileas:EMAIL_ADDRESS", EnumSet.of(PhiSubtype.EMAIL)),
            Map.entry("phileas:IP_ADDRESS", EnumSet.of(PhiSubtype.IPADDR)),
            Map.entry("phileas:IDENTIFIER", EnumSet.of(PhiSubtype.MEDICALRECORD, PhiSubtype.ACCESSION,
                    PhiSubtype.ACCOUNT, PhiSubtype.HEALTHPLAN, PhiSubtype.LICENSE, PhiSubtype.DEVICE,
                    PhiSubtype.VEHICLE, PhiSubtype.IDNUM, PhiSubtype.SSN, PhiSubtype.BIOID)));

    enum Outcome { PASSED, DELIBERATE, DELIBERATE_NOW_PASSING, FAILED }

    record Result(PeerVector vector, Outcome outcome, String reason) {
    }

    @TestFactory
    Stream<DynamicTest> peerVectors() throws IOException {
        String shared = System.getProperty("raddeid.shared.data");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "peer-vectors")), "shared data absent");
        DeliberateDifferences differences = DeliberateDifferences.load("/peer-vectors-deliberate-differences.tsv");
        PatternRecognizer recognizer = new PatternRecognizer();
        List<Result> results = new ArrayList<>();
        for (String peer : List.of("presidio", "phileas")) {
            for (PeerVector v : PeerVector.load(Path.of(shared, "peer-vectors", peer + ".jsonl"), peer)) {
                Set<PhiSubtype> accepted = COVERED.get(peer + ":" + v.entity());
                if (accepted == null) {
                    continue;
                }
                List<PhiSpan> ours = recognizer.recognize(new AnalyzedText(v.text())).stream()
                        .filter(s -> accepted.contains(s.subtype())).toList();
                boolean pass = passes(v, ours);
                var rule = differences.find(v);
                Outcome o = rule.isEmpty() ? (pass ? Outcome.PASSED : Outcome.FAILED)
                        : pass ? Outcome.DELIBERATE_NOW_PASSING : Outcome.DELIBERATE;
                results.add(new Result(v, o, rule.map(DeliberateDifferences.Rule::reason).orElse("")));
            }
        }
        String report = PeerVectorsReport.markdown(results);
        Path out = Path.of("target", "peer-vectors-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        LOG.info("peer vectors: {} replayed, report in {}\n{}", results.size(), out, report);
        return results.stream().map(r -> DynamicTest.dynamicTest(
                r.vector().id() + " " + r.vector().entity() + " " + r.vector().test(),
                () -> assertThat(r.outcome())
                        .as("peer vector %s (%s, %s) regressed", r.vector().id(), r.vector().entity(), r.vector().test())
                        .isNotEqualTo(Outcome.FAILED)));
    }

    static boolean passes(PeerVector v, List<PhiSpan> ours) {
        if (v.negative()) {
            return ours.isEmpty();
        }
        if (v.countOnly()) {
            boolean spansCovered = v.spans().stream().allMatch(e -> covered(e, ours));
            return !ours.isEmpty() && spansCovered;
        }
        return v.spans().stream().allMatch(e -> covered(e, ours));
    }

    private static boolean covered(int[] expected, List<PhiSpan> ours) {
        return ours.stream().anyMatch(s -> s.start() <= expected[0] && expected[1] <= s.end());
    }

    /** Counts per peer and entity, sorted. */
    static Map<String, int[]> tally(List<Result> results) {
        Map<String, int[]> t = new TreeMap<>();
        for (Result r : results) {
            int[] c = t.computeIfAbsent(r.vector().peer() + " | " + r.vector().entity(), k -> new int[4]);
            c[r.outcome().ordinal()]++;
        }
        return t;
    }
}
