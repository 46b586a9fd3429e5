package org.raddeid.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.raddeid.batch.table.RowOutput;

/**
 * Where things are in the input rows and what the output rows look like: the input's columns in order (less Spark's
 * corrupt-record column, which holds raw input), the text and patient columns as strings, then the
 * {@code raddeid_*} columns ({@value RowOutput#ERROR} last). Spans and audit are JSON text in CSV output (as
 * {@code raddeid deid} writes them) and nested values otherwise. Built on the driver; immutable.
 */
public final class TableLayout implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Spark's column for records it could not parse; never written out. */
    public static final String CORRUPT = "_raddeid_corrupt_record";

    /** The type of a {@value RowOutput#SPANS} value in nested output: one struct per replacement, code points. */
    public static final ArrayType SPANS_TYPE = DataTypes.createArrayType(new StructType()
            .add("start", DataTypes.IntegerType).add("end", DataTypes.IntegerType)
            .add("type", DataTypes.StringType).add("subtype", DataTypes.StringType)
            .add("operator", DataTypes.StringType)
            .add("outStart", DataTypes.IntegerType).add("outEnd", DataTypes.IntegerType), false);

    /** The type of a {@value RowOutput#AUDIT} value in nested output: count per {@code TYPE/operator}. */
    public static final MapType AUDIT_TYPE = DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false);

    final int[] keep;
    final int[] text;
    final int id;
    final int patient;
    final int corrupt;
    final List<String> textNames;
    final boolean nullTextIsEmpty;
    final boolean nested;
    final boolean spans;
    final boolean audit;
    private final StructType output;

    /**
     * Lays out {@code input}.
     *
     * @param input the input's schema, maybe with {@link #CORRUPT}
     * @param options the job's options (columns, extras, formats)
     * @throws IllegalArgumentException naming a missing or non-text column and listing the columns present
     */
    public TableLayout(StructType input, JobOptions options) {
        List<String> names = new ArrayList<>(List.of(input.fieldNames()));
        List<String> present = names.stream().filter(n -> !n.equals(CORRUPT)).toList();
        this.corrupt = names.indexOf(CORRUPT);
        this.textNames = options.textColumns(present);
        this.text = new int[textNames.size()];
        for (int i = 0; i < text.length; i++) {
            text[i] = required(names, present, textNames.get(i), "--column");
            DataType t = input.fields()[text[i]].dataType();
            if (!t.equals(DataTypes.StringType)) {
                throw new IllegalArgumentException("--column '" + textNames.get(i) + "' holds " + t.simpleString()
                        + ", not text");
            }
        }
        this.id = options.idColumn() != null ? required(names, present, options.idColumn(), "--id-column")
                : names.indexOf("id");
        this.patient = options.patientColumn() != null
                ? required(names, present, options.patientColumn(), "--patient-column") : -1;
        this.keep = java.util.stream.IntStream.range(0, names.size()).filter(i -> i != corrupt).toArray();
        this.nullTextIsEmpty = options.inputFormat() == JobOptions.Format.CSV;
        this.nested = options.outputFormat() != JobOptions.Format.CSV;
        this.spans = options.spans();
        this.audit = options.audit();
        StructType out = new StructType();
        for (int i : keep) {
            StructField f = input.fields()[i];
            if (!nested && (f.dataType() instanceof StructType || f.dataType() instanceof ArrayType
                    || f.dataType() instanceof MapType)) {
                throw new IllegalArgumentException("column '" + f.name() + "' holds " + f.dataType().simpleString()
                        + ", which CSV cannot hold: give --output-format jsonl or parquet");
            }
            out = out.add(i == patient ? new StructField(f.name(), DataTypes.StringType, true, f.metadata())
                    : new StructField(f.name(), f.dataType(), true, f.metadata()));
        }
        for (String c : textNames) {
            if (spans) {
                out = out.add(extraName(RowOutput.SPANS, c), nested ? SPANS_TYPE : DataTypes.StringType, true);
            }
            if (audit) {
                out = out.add(extraName(RowOutput.AUDIT, c), nested ? AUDIT_TYPE : DataTypes.StringType, true);
            }
        }
        this.output = out.add(RowOutput.ERROR, DataTypes.StringType, true);
    }

    private static int required(List<String> names, List<String> present, String column, String option) {
        int i = names.indexOf(column);
        if (i < 0 || column.equals(CORRUPT)) {
            throw new IllegalArgumentException(option + " '" + column + "' is not a column; the input has " + present);
        }
        return i;
    }

    /** The extra column's name: as {@code raddeid deid} names it for one text column, suffixed by it for several. */
    private String extraName(String base, String column) {
        return textNames.size() == 1 ? base : base + "_" + column;
    }

    /** Returns the output rows' schema. */
    public StructType output() {
        return output;
    }

    /** Returns the text columns, in order. */
    public List<String> textColumns() {
        return textNames;
    }
}
