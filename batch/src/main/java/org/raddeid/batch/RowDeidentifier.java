package org.raddeid.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.raddeid.batch.table.InputRecord;
import org.raddeid.batch.table.RowOutput;
import org.raddeid.batch.table.TextCheck;
import org.raddeid.core.Degradation;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.RecognitionException;
import org.raddeid.core.rewrite.DeidResult;
import org.raddeid.core.rewrite.DeidResult.Replacement;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Pseudonyms;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.core.residual.Evidence;
import org.raddeid.core.residual.Residual;
import org.raddeid.core.residual.ResidualCheck;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.core.text.CodePoints;

/**
 * De-identifies one table record: rewrites its text by the policy, keyed by the row's patient (or, without one, its
 * id or row number), replaces the patient key by its pseudonym, and optionally re-runs the ensemble on the output.
 * Every failure becomes a row error with empty text, named by row and line, never quoting content. Thread-safe.
 */
public final class RowDeidentifier {

    /**
     * How rows are de-identified.
     *
     * @param policy the rewriting policy
     * @param secret the key for surrogates, shifts, hashes and pseudonyms
     * @param textColumn the text column's name, for messages
     * @param keepPatient whether the patient column keeps its raw key instead of the pseudonym
     * @param recheck whether to re-run the ensemble on each output text
     */
    public record Settings(Policy policy, Secret secret, String textColumn, boolean keepPatient, boolean recheck) {
    }


    /**
     * What one row gave.
     *
     * @param record the row as read
     * @param output what to write
     * @param replacements what was rewritten (empty on failure)
     * @param recheck the residual check's findings in the output (empty without recheck or on failure)
     * @param chars the text's length in chars (0 on failure)
     * @param degraded optional recognizers left out of the row's analysis (empty when none or on failure)
     */
    public record Result(InputRecord<?> record, RowOutput output, List<Replacement> replacements, List<Residual> recheck,
            int chars, List<Degradation> degraded) {

        public Result {
            degraded = List.copyOf(degraded);
        }

        boolean failed() {
            return output.error() != null;
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Deidentifier deid;
    private final Settings settings;
    private final ResidualCheck residualCheck;

    /** Creates the row engine; with {@code settings.recheck()}, the second opinion of {@code deid}'s ensemble too. */
    public RowDeidentifier(Deidentifier deid, Settings settings) {
        this.deid = deid;
        this.settings = settings;
        this.residualCheck = settings.recheck() ? ResidualCheck.secondOpinionOf(deid.ensemble()) : null;
    }

    /**
     * De-identifies one record. A record read with an error, a text with an unpaired surrogate, a text over the
     * engine's limit or a failing recognizer gives a row error with empty text (and the patient key still replaced
     * by its pseudonym when the record's other fields are written back).
     *
     * @return the output and what was done; never throws for a bad record
     */
    public Result process(InputRecord<?> in) {
        String patientKey = blankToNull(in.patientKey());
        String patient = patientKey == null || settings.keepPatient() ? null
                : Pseudonyms.patientId(settings.secret(), patientKey);
        if (in.error() != null) {
            return failed(in, RowOutput.failed(in.error(), in.keepFields() ? patient : null, in.keepFields()));
        }
        int bad = TextCheck.unpairedSurrogate(in.text());
        if (bad >= 0) {
            return failed(in, RowOutput.failed(where(in) + ": text holds an unpaired surrogate (not a character) at "
                    + "char offset " + bad + "; row not de-identified", patient, true));
        }
        String scope = patientKey != null ? patientKey
                : blankToNull(in.id()) != null ? in.id() : "row " + in.row();
        DeidResult result;
        List<Residual> hits;
        List<Degradation> degraded;
        try {
            Deidentifier.Explained explained = deid.explain(in.text(), settings.policy(),
                    new RewriteContext(settings.secret(), scope), KnownIdentifiers.NONE);
            result = explained.result();
            degraded = new ArrayList<>(explained.analysis().degraded());
            hits = settings.recheck() ? recheck(in.text(), result, degraded) : List.of();
        } catch (RecognitionException | IllegalArgumentException e) {
            // Both messages name a recognizer, a class or lengths, never the text.
            return failed(in, RowOutput.failed(where(in) + ": " + e.getMessage() + "; row not de-identified",
                    patient, true));
        } catch (RuntimeException e) {
            return failed(in, RowOutput.failed(where(in) + ": rewriting failed (" + e.getClass().getSimpleName()
                    + "); row not de-identified", patient, true));
        }
        CodePoints inCp = CodePoints.of(in.text());
        CodePoints outCp = CodePoints.of(result.text());
        RowOutput out = new RowOutput(result.text(), patient, spans(result, inCp, outCp), audit(result),
                settings.recheck() ? recheckJson(hits, outCp) : null, null, true);
        return new Result(in, out, result.replacements(), hits, in.text().length(), degraded);
    }

    private String where(InputRecord<?> in) {
        return in.place() + ", column '" + settings.textColumn() + "'";
    }

    private static Result failed(InputRecord<?> in, RowOutput out) {
        return new Result(in, out, List.of(), List.of(), 0, List.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * The residual check of one row ({@link ResidualCheck}): the ensemble's recognizers again on the output without
     * thresholds or veto, plus every PHI string of the row searched again; what lies outside the row's replacements
     * (and is not ordinary English next to one) is a leftover.
     */
    private List<Residual> recheck(String original, DeidResult result, List<Degradation> degraded) {
        ResidualCheck.Opinion opinion = residualCheck.opinion(result.text());
        degraded.addAll(opinion.degraded());
        return residualCheck.check(result.text(), ResidualCheck.regions(result),
                Evidence.of(KnownIdentifiers.NONE, original, result), opinion);
    }

    private static ArrayNode spans(DeidResult result, CodePoints in, CodePoints out) {
        ArrayNode a = JSON.arrayNode();
        for (Replacement r : result.replacements()) {
            ObjectNode o = a.addObject();
            o.put("start", in.toCodePoint(r.span().start()));
            o.put("end", in.toCodePoint(r.span().end()));
            o.put("type", r.span().type().name());
            o.put("subtype", r.span().subtype() == null ? null : r.span().subtype().name());
            o.put("operator", r.operator());
            o.put("outStart", out.toCodePoint(r.outStart()));
            o.put("outEnd", out.toCodePoint(r.outEnd()));
        }
        return a;
    }

    /** Counts per {@code TYPE/operator}, in order of first appearance. */
    private static ObjectNode audit(DeidResult result) {
        ObjectNode o = JSON.objectNode();
        for (Replacement r : result.replacements()) {
            String key = r.span().type().name() + "/" + r.operator();
            o.put(key, o.path(key).asInt(0) + 1);
        }
        return o;
    }

    private static ObjectNode recheckJson(List<Residual> hits, CodePoints out) {
        ObjectNode o = JSON.objectNode();
        o.put("refound", hits.stream().filter(h -> h.verdict() == Residual.Verdict.REPLACEMENT).count());
        o.put("medicalTerms", hits.stream().filter(h -> h.verdict() == Residual.Verdict.MEDICAL_TERM).count());
        ArrayNode leftovers = o.putArray("leftovers");
        for (Residual h : hits) {
            if (h.leftover()) {
                leftovers.addObject()
                        .put("start", out.toCodePoint(h.start()))
                        .put("end", out.toCodePoint(h.end()))
                        .put("type", h.type().name())
                        .put("source", h.source().json());
            }
        }
        return o;
    }
}
