package org.raddeid.hl7;

import java.util.ArrayList;
import java.util.List;
import org.raddeid.core.PhiType;
import java.util.Map;
import java.util.TreeMap;

/**
 * What was done to one message (or, summed with {@link #add}, to many): per field ({@code PID-5}) how many values each
 * operator rewrote, how many text spans of each type were replaced, which segments were emptied, how many embedded
 * documents were removed. Holds no message content. Not thread-safe.
 */
public final class MessageStats {

    private final Map<String, Map<String, Long>> fields = new TreeMap<>();
    private final Map<String, Long> textSpans = new TreeMap<>();
    private final Map<String, Long> segmentsEmptied = new TreeMap<>();
    private final Map<String, Long> zSegmentsEmptied = new TreeMap<>();
    private final Map<String, Long> allPhiSegmentsEmptied = new TreeMap<>();
    private final Map<String, Long> keptVerbatim = new TreeMap<>();
    private long embeddedRemoved;
    private long noPatientKey;
    private final List<Leftover> leftovers = new ArrayList<>();

    /**
     * A leftover of the residual check in the narrative: where it stands and its type, never its text.
     *
     * @param segment the segment's position in the message, from 1
     * @param field the field, such as {@code OBX-5}
     * @param type the PHI type
     * @param start first code point in the field's value (after unescaping)
     * @param end code point after it
     */
    public record Leftover(int segment, String field, PhiType type, int start, int end) {
    }

    /** Adds one leftover of the residual check. */
    public void leftover(Leftover l) {
        leftovers.add(l);
    }

    /** Returns the leftovers of the residual check, in message order (a read-only view). */
    public List<Leftover> leftovers() {
        return java.util.Collections.unmodifiableList(leftovers);
    }

    /** Counts one value of {@code field} rewritten by {@code operator}. */
    public void field(String field, String operator) {
        fields.computeIfAbsent(field, k -> new TreeMap<>()).merge(operator, 1L, Long::sum);
    }

    /** Counts one text span of {@code type} replaced. */
    public void textSpan(String type) {
        textSpans.merge(type, 1L, Long::sum);
    }

    /** Counts one segment emptied because the field map has no rows for it. */
    public void segmentEmptied(String segment) {
        segmentsEmptied.merge(segment, 1L, Long::sum);
    }

    /** Counts one site-defined Z-segment emptied by the field map's {@code Z*} row (its content is unknown). */
    public void zSegmentEmptied(String segment) {
        zSegmentsEmptied.merge(segment, 1L, Long::sum);
    }

    /** Counts one segment emptied because the field map lists it as all PHI. */
    public void allPhiSegmentEmptied(String segment) {
        allPhiSegmentsEmptied.merge(segment, 1L, Long::sum);
    }

    /** Counts one value of {@code field} kept as it was, after its check. */
    public void keptVerbatim(String field) {
        keptVerbatim.merge(field, 1L, Long::sum);
    }

    /** Counts one embedded document (OBX-5 ED/RP) removed. */
    public void countEmbeddedRemoved() {
        embeddedRemoved++;
    }

    /** Counts one message without a patient key (consistency then holds within the message only). */
    public void countNoPatientKey() {
        noPatientKey++;
    }

    /** Adds {@code other}'s counts to this. */
    public void add(MessageStats other) {
        other.fields.forEach((f, ops) -> ops.forEach((op, n) ->
                fields.computeIfAbsent(f, k -> new TreeMap<>()).merge(op, n, Long::sum)));
        other.textSpans.forEach((t, n) -> textSpans.merge(t, n, Long::sum));
        other.segmentsEmptied.forEach((s, n) -> segmentsEmptied.merge(s, n, Long::sum));
        other.zSegmentsEmptied.forEach((s, n) -> zSegmentsEmptied.merge(s, n, Long::sum));
        other.allPhiSegmentsEmptied.forEach((s, n) -> allPhiSegmentsEmptied.merge(s, n, Long::sum));
        other.keptVerbatim.forEach((f, n) -> keptVerbatim.merge(f, n, Long::sum));
        embeddedRemoved += other.embeddedRemoved;
        leftovers.addAll(other.leftovers);
        noPatientKey += other.noPatientKey;
    }

    /** Per field, per operator, the values rewritten (a read-only view). */
    public Map<String, Map<String, Long>> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** Per PHI type, the text spans replaced (a read-only view). */
    public Map<String, Long> textSpans() {
        return java.util.Collections.unmodifiableMap(textSpans);
    }

    /** Per segment name, how many were emptied (a read-only view). */
    public Map<String, Long> segmentsEmptied() {
        return java.util.Collections.unmodifiableMap(segmentsEmptied);
    }

    /** Per Z-segment name, how many were emptied through {@code Z*} (a read-only view). */
    public Map<String, Long> zSegmentsEmptied() {
        return java.util.Collections.unmodifiableMap(zSegmentsEmptied);
    }

    /** Per segment name, how many were emptied as all PHI by the field map (a read-only view). */
    public Map<String, Long> allPhiSegmentsEmptied() {
        return java.util.Collections.unmodifiableMap(allPhiSegmentsEmptied);
    }

    /** Per field ({@code OBX-3}), how many values were kept as they were after their check (a read-only view). */
    public Map<String, Long> keptVerbatim() {
        return java.util.Collections.unmodifiableMap(keptVerbatim);
    }

    /** Returns the embedded documents removed. */
    public long embeddedRemoved() {
        return embeddedRemoved;
    }

    /** Returns the messages without a patient key. */
    public long noPatientKey() {
        return noPatientKey;
    }
}
