package org.raddeid.dicom.deid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.raddeid.core.PhiType;

/**
 * What de-identifying one file did, without any value from it: the action taken per attribute keyword, the PHI spans
 * replaced in text per type, flags (burned-in annotation, content that could only be removed), and the hits of the
 * residual check with their attribute path and offsets. Not thread-safe: one per file.
 */
public final class FileReport {

    /**
     * A residual-check hit ({@code ResidualCheck}): the second opinion sees PHI of {@code type} at code points
     * {@code [start, end)} of the value at {@code path}. {@code written} is true when the hit is a replacement raddeid
     * wrote, found again (expected); false for a leftover to review: text raddeid kept as it was, or a PHI string of
     * the file standing again in the output.
     */
    public record ResidualHit(String path, PhiType type, int start, int end, boolean written) {
    }

    private final Map<String, Map<Action, Integer>> actions = new TreeMap<>();
    private final Map<PhiType, Integer> spans = new EnumMap<>(PhiType.class);
    private final List<String> flags = new ArrayList<>();
    private final List<ResidualHit> residual = new ArrayList<>();
    private int undecodable;
    private final Map<String, Integer> kept = new TreeMap<>();
    private final Map<String, Integer> checkedAsText = new TreeMap<>();
    private int residualByRecognizers;
    private int residualBySyntax;
    private int residualNotScanned;

    void action(String keyword, Action action) {
        actions.computeIfAbsent(keyword, k -> new EnumMap<>(Action.class)).merge(action, 1, Integer::sum);
    }

    void span(PhiType type) {
        spans.merge(type, 1, Integer::sum);
    }

    void flag(String flag) {
        if (!flags.contains(flag)) {
            flags.add(flag);
        }
    }

    void residual(ResidualHit hit) {
        residual.add(hit);
    }

    void undecodable() {
        undecodable++;
    }

    void kept(String keyword) {
        kept.merge(keyword, 1, Integer::sum);
    }

    void checkedAsText(String keyword) {
        checkedAsText.merge(keyword, 1, Integer::sum);
    }

    void residualByRecognizers() {
        residualByRecognizers++;
    }

    void residualBySyntax() {
        residualBySyntax++;
    }

    void residualNotScanned() {
        residualNotScanned++;
    }

    /** Returns, per attribute keyword, how many values were written exactly as they were read. */
    public Map<String, Integer> kept() {
        return Collections.unmodifiableMap(kept);
    }

    /**
     * Returns, per attribute keyword, how many values to keep did not pass their check (a code or number not of its
     * VR's syntax, or a value holding a known identifier) and were cleaned as text or removed instead.
     */
    public Map<String, Integer> checkedAsText() {
        return Collections.unmodifiableMap(checkedAsText);
    }

    /**
     * Returns how many values the residual check scanned: {@code [0]} with the recognizers and known identifiers,
     * {@code [1]} by their syntax and the known identifiers, {@code [2]} binary values it could not read.
     */
    public int[] residualCoverage() {
        return new int[] {residualByRecognizers, residualBySyntax, residualNotScanned};
    }

    /** Returns, per attribute keyword ({@code private} for private attributes), how often each action was taken. */
    public Map<String, Map<Action, Integer>> actions() {
        return Collections.unmodifiableMap(actions);
    }

    /** Returns the number of PHI spans replaced in text values, per type. */
    public Map<PhiType, Integer> spans() {
        return Collections.unmodifiableMap(spans);
    }

    /** Returns the flags raised (burned-in annotation and the like), in order. */
    public List<String> flags() {
        return Collections.unmodifiableList(flags);
    }

    /** Returns the residual-check hits. */
    public List<ResidualHit> residual() {
        return Collections.unmodifiableList(residual);
    }

    /** Returns the residual hits in values raddeid kept as they were. */
    public long leftovers() {
        return residual.stream().filter(h -> !h.written()).count();
    }

    /** Returns the number of text values removed because their character set could not decode them. */
    public int undecodableRemoved() {
        return undecodable;
    }
}
