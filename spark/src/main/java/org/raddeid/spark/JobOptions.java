package org.raddeid.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DeidJob} runs: the same choices as {@code raddeid deid}, plus formats per side and several text
 * columns. Holds no secret, only where executors find it. Immutable.
 *
 * @param input the input file or directory (any Hadoop path)
 * @param inputFormat its format
 * @param output the output directory; it must not exist
 * @param outputFormat the output's format
 * @param columns the text columns, or empty for the format's default
 * @param idColumn the document id column, or null for {@code id} when present
 * @param patientColumn the patient key column, or null
 * @param keepPatient whether the patient column keeps its raw key
 * @param policy a preset name or a policy file on the driver
 * @param ensemble the ensemble's name
 * @param spans whether to add {@code raddeidSpans}
 * @param audit whether to add {@code raddeidAudit}
 * @param secretFile the secret file, readable at this path on the driver and every executor, or null for
 *     {@code RADDEID_SECRET}
 * @param maxChars the longest text accepted per cell
 * @param partitions how many partitions to de-identify in, or 0 to choose (see {@link DeidJob})
 */
public record JobOptions(String input, Format inputFormat, String output, Format outputFormat, List<String> columns,
        String idColumn, String patientColumn, boolean keepPatient, String policy, String ensemble, boolean spans,
        boolean audit, String secretFile, int maxChars, int partitions) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Text columns looked for, in order, in CSV and Parquet when none is named (as {@code raddeid deid} does). */
    public static final List<String> DEFAULT_TEXT_COLUMNS = List.of("text", "report_text");

    /** The table formats. */
    public enum Format {
        CSV, JSONL, PARQUET;

        /** Returns the format a path's name implies, if any. */
        public static Optional<Format> ofFileName(String name) {
            String n = name.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
            if (n.endsWith(".csv")) {
                return Optional.of(CSV);
            }
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
                return Optional.of(JSONL);
            }
            if (n.endsWith(".parquet")) {
                return Optional.of(PARQUET);
            }
            return Optional.empty();
        }

        /**
         * Parses {@code csv}, {@code jsonl} or {@code parquet} in any case.
         *
         * @throws IllegalArgumentException naming the known formats otherwise
         */
        public static Format parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + name + "'; known: csv, jsonl, parquet");
            }
        }
    }

    public JobOptions {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(inputFormat, "inputFormat");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(outputFormat, "outputFormat");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(ensemble, "ensemble");
        columns = columns == null ? List.of() : List.copyOf(columns);
        if (maxChars <= 0) {
            throw new IllegalArgumentException("--max-chars must be > 0, was " + maxChars);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 (choose) or more, was " + partitions);
        }
    }

    /**
     * Returns the text columns: those named, else the format's default ({@code text} for JSON lines, {@code text} or
     * {@code report_text} otherwise).
     *
     * @throws IllegalArgumentException when none is named and the default is absent
     */
    public List<String> textColumns(List<String> present) {
        if (!columns.isEmpty()) {
            return columns;
        }
        List<String> candidates = inputFormat == Format.JSONL ? List.of("text") : DEFAULT_TEXT_COLUMNS;
        return candidates.stream().filter(present::contains).findFirst().map(List::of)
                .orElseThrow(() -> new IllegalArgumentException("no text column: name it with --column; the input "
                        + "has " + present));
    }
}
