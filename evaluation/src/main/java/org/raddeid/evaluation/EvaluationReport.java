package org.raddeid.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of an evaluation: overall token and entity scores, the same per type, subtype and name origin, documents
 * with a leak, throughput, and capped lists of misses and false positives. An immutable record tree; Jackson writes it
 * as the JSON report ({@link JsonReportWriter}), with null for every ratio whose denominator is zero. Offsets in the
 * lists are Unicode code points.
 *
 * @param corpus a label for the corpus (such as its path), or null
 * @param ensemble the name of the detector or ensemble, or null
 * @param docs documents scored
 * @param docsWithLeak documents where at least one PHI token was not caught
 * @param token overall token-level scores
 * @param entity overall entity-level scores
 * @param perType scores per {@link org.raddeid.core.PhiType} name, in the enum's order
 * @param perSubtype scores per {@link org.raddeid.core.PhiSubtype} name, in the enum's order; annotations and spans
 *     without a subtype are left out
 * @param perOrigin recall per name origin, alphabetically; annotations without an origin are left out
 * @param throughput detector speed
 * @param misses the first misses, in the order documents were added
 * @param falsePositives the first false positives, in the order documents were added
 * @param missesTotal all misses, listed or not
 * @param falsePositivesTotal all false positives, listed or not
 */
public record EvaluationReport(String corpus, String ensemble, long docs, long docsWithLeak, TokenScores token,
        EntityScores entity, Map<String, GroupScore> perType, Map<String, GroupScore> perSubtype,
        Map<String, GroupScore> perOrigin, Throughput throughput, List<Miss> misses,
        List<FalsePositive> falsePositives, long missesTotal, long falsePositivesTotal) {

    public EvaluationReport {
        perType = frozen(perType);
        perSubtype = frozen(perSubtype);
        perOrigin = frozen(perOrigin);
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }

    private static Map<String, GroupScore> frozen(Map<String, GroupScore> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
