package org.raddeid.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.raddeid.core.Analysis;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.rewrite.DeidResult;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.CodePoints;

/**
 * The spans of API responses, offsets in Unicode code points. Immutable.
 *
 * @param start first code point, inclusive
 * @param end last code point, exclusive
 * @param type the PHI type
 * @param subtype the subtype, omitted when unknown
 * @param score confidence in [0, 1]
 * @param recognizer the recognizer(s) of the merged span
 * @param sources every recognizer's candidate overlapping the span, with its score
 * @param operator for {@code deidentify}: the operator that rewrote it
 * @param outStart for {@code deidentify}: where its replacement starts in the output text
 * @param outEnd for {@code deidentify}: where its replacement ends in the output text, exclusive
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpanJson(int start, int end, String type, String subtype, double score, String recognizer,
        List<Source> sources, String operator, Integer outStart, Integer outEnd) {

    /**
     * One recognizer's finding behind a merged span.
     *
     * @param recognizer its name
     * @param score its score
     * @param type the type it gave
     * @param subtype the subtype it gave, omitted when none
     * @param detail which dictionary or context cue found it ({@code names dictionary}, {@code cue: title 'dr'}),
     *     omitted for other recognizers
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String recognizer, double score, String type, String subtype, String detail) {
    }

    /** Returns the spans of {@code a} over {@code text}, each with the candidates that overlap it. */
    public static List<SpanJson> analyzed(String text, Analysis a) {
        CodePoints cp = CodePoints.of(text);
        AnalyzedText analyzed = new AnalyzedText(text);
        List<SpanJson> out = new ArrayList<>(a.spans().size());
        for (PhiSpan s : a.spans()) {
            out.add(new SpanJson(cp.toCodePoint(s.start()), cp.toCodePoint(s.end()), s.type().name(),
                    s.subtype() == null ? null : s.subtype().name(), round(s.score()), s.recognizer(),
                    sources(s, a, analyzed), null, null, null));
        }
        return out;
    }

    /** Every candidate of {@code a} that overlaps {@code s} (candidates are in span order). */
    private static List<Source> sources(PhiSpan s, Analysis a, AnalyzedText text) {
        List<Source> sources = new ArrayList<>();
        for (PhiSpan c : a.candidates()) {
            if (c.start() >= s.end()) {
                break;
            }
            if (c.overlaps(s)) {
                sources.add(new Source(c.recognizer(), round(c.score()), c.type().name(),
                        c.subtype() == null ? null : c.subtype().name(), SourceDetail.of(text, c)));
            }
        }
        return sources;
    }

    /**
     * Returns the rewritten spans of {@code e}, made from {@code text}, each with the recognizers that found it (from
     * the analysis the rewrite came from).
     */
    public static List<SpanJson> explained(String text, Deidentifier.Explained e) {
        CodePoints in = CodePoints.of(text);
        CodePoints out = CodePoints.of(e.result().text());
        AnalyzedText analyzed = new AnalyzedText(text);
        List<SpanJson> spans = new ArrayList<>(e.result().replacements().size());
        for (DeidResult.Replacement x : e.result().replacements()) {
            PhiSpan s = x.span();
            spans.add(new SpanJson(in.toCodePoint(s.start()), in.toCodePoint(s.end()), s.type().name(),
                    s.subtype() == null ? null : s.subtype().name(), round(s.score()), s.recognizer(),
                    sources(s, e.analysis(), analyzed), x.operator(), out.toCodePoint(x.outStart()),
                    out.toCodePoint(x.outEnd())));
        }
        return spans;
    }

    /** Returns the rewritten spans of {@code r}, made from {@code text}. */
    public static List<SpanJson> rewritten(String text, DeidResult r) {
        CodePoints in = CodePoints.of(text);
        CodePoints out = CodePoints.of(r.text());
        List<SpanJson> spans = new ArrayList<>(r.replacements().size());
        for (DeidResult.Replacement x : r.replacements()) {
            PhiSpan s = x.span();
            spans.add(new SpanJson(in.toCodePoint(s.start()), in.toCodePoint(s.end()), s.type().name(),
                    s.subtype() == null ? null : s.subtype().name(), round(s.score()), s.recognizer(), null,
                    x.operator(), out.toCodePoint(x.outStart()), out.toCodePoint(x.outEnd())));
        }
        return spans;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
