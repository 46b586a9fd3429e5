package org.raddeid.server.job;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.raddeid.batch.BatchJob;
import org.raddeid.batch.table.TableOptions;
import org.raddeid.server.api.ApiException;

/**
 * The options of one batch job, the same as {@code ./raddeid deid}'s; column names and preset names only, never
 * report text. Immutable; stored in {@code job.json}.
 *
 * @param format {@code csv} or {@code jsonl}
 * @param ensemble the ensemble that runs
 * @param policy the policy preset
 * @param column the text column, or null for the format's default
 * @param idColumn the id column, or null
 * @param patientColumn the patient key column, or null
 * @param keepPatientColumn whether the patient column keeps its raw key instead of a pseudonym
 * @param spans whether to add the spans column
 * @param audit whether to add the audit column
 * @param recheck whether to run the ensemble again over each output
 * @param maxErrors failed rows tolerated before the job fails, or null for no limit
 * @param keepFormulas whether CSV cells that a spreadsheet would run as formulas are written as they are
 */
public record JobOptions(String format, String ensemble, String policy, String column, String idColumn,
        String patientColumn, boolean keepPatientColumn, boolean spans, boolean audit, boolean recheck,
        Long maxErrors, boolean keepFormulas) {

    /** The multipart form fields a batch upload may have besides {@code file}. */
    public static final List<String> FIELDS = List.of("format", "ensemble", "policy", "column", "idColumn",
            "patientColumn", "keepPatientColumn", "spans", "audit", "recheck", "maxErrors", "keepFormulas");

    /** What the server offers: the loaded ensembles and presets, and the defaults. */
    public record Choices(Collection<String> ensembles, String defaultEnsemble, Collection<String> policies,
            String defaultPolicy) {
    }

    /** Returns the columns and extra columns to run with; records up to {@code maxTextChars} (plus 1 MiB) long. */
    public TableOptions table(int maxTextChars) {
        return new TableOptions(column, idColumn, patientColumn, spans, audit, recheck, maxTextChars, keepFormulas);
    }

    /** Returns the API field that names the column the command line's {@code option} names. */
    public static String field(String option) {
        return switch (option) {
            case "--id-column" -> "idColumn";
            case "--patient-column" -> "patientColumn";
            default -> "column";
        };
    }

    /** Returns the format of the file. */
    public BatchJob.Format fileFormat() {
        return BatchJob.Format.parse(format);
    }

    /** Returns the file extension for the input and output, with its dot. */
    public String extension() {
        return "." + format;
    }

    /**
     * Reads and checks the form fields of an upload named {@code fileName}.
     *
     * @throws ApiException 400 naming the first bad field
     */
    public static JobOptions from(Map<String, List<String>> fields, String fileName, Choices choices) {
        long unknown = fields.keySet().stream().filter(f -> !FIELDS.contains(f) && !f.equals("file")).count();
        if (unknown > 0) {
            // never the name itself: a client may put anything, a patient's name too, in a field name
            throw ApiException.badField(null, unknown + " unknown form field(s); known: file, "
                    + String.join(", ", FIELDS));
        }
        String format = format(one(fields, "format"), fileName);
        String ensemble = or(one(fields, "ensemble"), choices.defaultEnsemble());
        if (!choices.ensembles().contains(ensemble)) {
            throw ApiException.badField("ensemble", "unknown or not loaded ensemble; loaded: "
                    + String.join(", ", choices.ensembles()));
        }
        String policy = or(one(fields, "policy"), choices.defaultPolicy());
        if (!choices.policies().contains(policy)) {
            throw ApiException.badField("policy", "unknown policy; known presets: " + String.join(", ",
                    choices.policies()) + " (policy files cannot be named over HTTP)");
        }
        Long maxErrors = null;
        String max = one(fields, "maxErrors");
        if (max != null) {
            try {
                maxErrors = Long.parseLong(max);
            } catch (NumberFormatException e) {
                maxErrors = -1L;
            }
            if (maxErrors < 0) {
                throw ApiException.badField("maxErrors", "must be a whole number, 0 or more");
            }
        }
        return new JobOptions(format, ensemble, policy, one(fields, "column"), one(fields, "idColumn"),
                one(fields, "patientColumn"), flag(fields, "keepPatientColumn"), flag(fields, "spans"),
                flag(fields, "audit"), flag(fields, "recheck"), maxErrors, flag(fields, "keepFormulas"));
    }

    private static String format(String given, String fileName) {
        if (given != null) {
            try {
                return BatchJob.Format.parse(given).name().toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw ApiException.badField("format", "unknown format; known: csv, jsonl");
            }
        }
        return BatchJob.Format.ofFileName(fileName == null ? "" : fileName).map(f -> f.name().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ApiException.badField("format", "cannot tell the format from the file name "
                        + "(.csv, .jsonl or .ndjson): give the field format=csv or jsonl"));
    }

    /** The field's one value, stripped; null when absent or blank. */
    private static String one(Map<String, List<String>> fields, String name) {
        List<String> v = fields.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.size() > 1) {
            throw ApiException.badField(name, "given more than once");
        }
        String s = v.get(0).strip();
        if (s.length() > 200) {
            throw ApiException.badField(name, "longer than 200 characters");
        }
        return s.isEmpty() ? null : s;
    }

    private static boolean flag(Map<String, List<String>> fields, String name) {
        String v = one(fields, name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "on", "1", "yes" -> true;
            case "false", "off", "0", "no" -> false;
            default -> throw ApiException.badField(name, "must be true or false");
        };
    }

    private static String or(String v, String fallback) {
        return v == null ? fallback : v;
    }
}
