package org.raddeid.batch.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to write for one record, independent of the format. On an error the text is empty, never the original.
 *
 * @param text the de-identified text; empty when the record failed
 * @param patient what the patient column holds (the pseudonym, or the kept key), or null to leave it as read
 * @param spans the {@code raddeidSpans} value, or null
 * @param audit the {@code raddeidAudit} value, or null
 * @param recheck the {@code raddeidRecheck} value, or null
 * @param error the {@code raddeidError} value, or null
 * @param keepFields false when the record's structure could not be trusted, so none of its fields are written back
 */
public record RowOutput(String text, String patient, JsonNode spans, JsonNode audit, JsonNode recheck, String error,
        boolean keepFields) {

    /** The column with the spans (code points, no original text). */
    public static final String SPANS = "raddeidSpans";
    /** The column with the per-type and per-operator counts. */
    public static final String AUDIT = "raddeidAudit";
    /** The column with what the recheck found in the output. */
    public static final String RECHECK = "raddeidRecheck";
    /** The column with why a record failed. */
    public static final String ERROR = "raddeidError";

    /** A failed record: empty text, the error, and the fields kept only when {@code keepFields}. */
    public static RowOutput failed(String error, String patient, boolean keepFields) {
        return new RowOutput("", patient, null, null, null, error, keepFields);
    }

    /** Returns the names of the extra columns {@code options} asks for, in output order ({@value #ERROR} last). */
    public static List<String> extraColumns(TableOptions options) {
        List<String> names = new ArrayList<>(4);
        if (options.spans()) {
            names.add(SPANS);
        }
        if (options.audit()) {
            names.add(AUDIT);
        }
        if (options.recheck()) {
            names.add(RECHECK);
        }
        names.add(ERROR);
        return names;
    }

    /**
     * Returns the extra columns {@code options} asks for, by name in output order, each with its value (a
     * {@link JsonNode}, the error string, or null when empty).
     */
    public Map<String, Object> extras(TableOptions options) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String name : extraColumns(options)) {
            m.put(name, switch (name) {
                case SPANS -> spans;
                case AUDIT -> audit;
                case RECHECK -> recheck;
                default -> error;
            });
        }
        return m;
    }
}
