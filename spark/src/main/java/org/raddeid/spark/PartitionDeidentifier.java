package org.raddeid.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.raddeid.batch.RowDeidentifier;
import org.raddeid.batch.table.InputRecord;
import org.raddeid.batch.table.FormulaGuard;
import org.raddeid.batch.table.RowOutput;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * De-identifies a partition of numbered rows with this JVM's shared engine, lazily, row by row, through the same
 * {@link RowDeidentifier} as {@code raddeid deid}. Every row comes out: de-identified, or with empty text in each
 * failed column and its {@value RowOutput#ERROR}; a record Spark could not parse comes out with only its id. The
 * function holds configuration only; the engine is looked up per task in {@link Engines}.
 */
final class PartitionDeidentifier implements FlatMapFunction<Iterator<Tuple2<Long, Row>>, Row> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<EngineConfig> config;
    private final TableLayout layout;
    private final RunTally tally;

    PartitionDeidentifier(Broadcast<EngineConfig> config, TableLayout layout, RunTally tally) {
        this.config = config;
        this.layout = layout;
        this.tally = tally;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<Long, Row>> rows) {
        Engines.Engine engine = Engines.get(config.value());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Tuple2<Long, Row> t = rows.next();
                return process(engine, t._1() + 1, t._2());
            }
        };
    }

    /** Returns the output row of input row {@code row} (1-based, in input order). */
    Row process(Engines.Engine engine, long row, Row in) {
        Object[] out = new Object[layout.output().size()];
        int[] keep = layout.keep;
        String id = layout.id >= 0 ? scalar(in.get(layout.id)) : null;
        String unreadable = unreadable(row, in);
        if (unreadable != null) {
            // As raddeid deid does: nothing of a record that could not be read is written back, but the id of one
            // that parsed and lacks its text.
            boolean parsed = layout.corrupt < 0 || in.isNullAt(layout.corrupt);
            for (int j = 0; j < keep.length; j++) {
                out[j] = parsed && keep[j] == layout.id ? in.get(layout.id) : null;
            }
            out[out.length - 1] = unreadable;
            tally.row(row, unreadable, false);
            return RowFactory.create(out);
        }
        for (int j = 0; j < keep.length; j++) {
            out[j] = in.get(keep[j]);
        }
        String patientKey = layout.patient >= 0 ? scalar(in.get(layout.patient)) : null;
        List<String> errors = new ArrayList<>(1);
        String patient = null;
        boolean degraded = false;
        int extra = keep.length;
        for (int c = 0; c < layout.text.length; c++) {
            String text = in.isNullAt(layout.text[c]) ? "" : in.getString(layout.text[c]);
            InputRecord<Void> record = new InputRecord<>(row, 0, null, text, id, patientKey, null);
            RowDeidentifier.Result r = engine.rows().get(layout.textNames.get(c)).process(record);
            tally.add(r);
            RowOutput o = r.output();
            out[position(layout.text[c])] = o.text();
            patient = o.patient();
            degraded |= !r.degraded().isEmpty();
            if (o.error() != null) {
                errors.add(withoutLine(o.error(), record));
            }
            if (layout.spans) {
                out[extra++] = o.spans() == null ? null : layout.nested ? spans(o.spans()) : o.spans().toString();
            }
            if (layout.audit) {
                out[extra++] = o.audit() == null ? null : layout.nested ? audit(o.audit()) : o.audit().toString();
            }
        }
        if (layout.patient >= 0) {
            int p = position(layout.patient);
            out[p] = patient != null ? patient : out[p] == null ? null : String.valueOf(out[p]);
        }
        String error = errors.isEmpty() ? null : String.join("; ", errors);
        out[out.length - 1] = error;
        tally.row(row, error, degraded);
        if (!layout.nested) {
            // CSV output: cells a spreadsheet would run as formulas get a leading ', as raddeid deid writes them
            for (int j = 0; j < out.length; j++) {
                if (out[j] instanceof String cell) {
                    out[j] = FormulaGuard.neutralise(cell);
                }
            }
        }
        return RowFactory.create(out);
    }

    /** Why the record cannot be de-identified as read (never quoting it), or null when it can. */
    private String unreadable(long row, Row in) {
        if (layout.corrupt >= 0 && !in.isNullAt(layout.corrupt)) {
            return "row " + row + ": the record could not be parsed (" + (layout.nullTextIsEmpty
                    ? "its cell count differs from the header, or its quoting is broken" : "malformed JSON")
                    + "); row not processed";
        }
        for (int c = 0; c < layout.text.length; c++) {
            // Spark's readers put U+FFFD for bytes that are not UTF-8, silently: such a text is not what was written
            if (!in.isNullAt(layout.text[c]) && in.getString(layout.text[c]).indexOf('\uFFFD') >= 0) {
                return "row " + row + ": field '" + layout.textNames.get(c) + "' holds U+FFFD, the mark of bytes that "
                        + "were not UTF-8; row not processed";
            }
        }
        if (!layout.nullTextIsEmpty) {
            for (int c = 0; c < layout.text.length; c++) {
                if (in.isNullAt(layout.text[c])) {
                    return "row " + row + ": field '" + layout.textNames.get(c) + "' is missing or null; row not "
                            + "processed";
                }
            }
        }
        return null;
    }

    /**
     * The engine's messages start with the place {@code row N (line L)}; Spark knows no line numbers (a partition
     * starts anywhere in a file), so the place is the row only.
     */
    private static String withoutLine(String error, InputRecord<?> record) {
        String place = record.place();
        return error.startsWith(place) ? "row " + record.row() + error.substring(place.length()) : error;
    }

    /** The output position of input column {@code i}. */
    private int position(int i) {
        return layout.corrupt >= 0 && i > layout.corrupt ? i - 1 : i;
    }

    private static String scalar(Object v) {
        if (v == null) {
            return null;
        }
        String s = v.toString();
        return s.isBlank() ? null : s;
    }

    private static scala.collection.Seq<Row> spans(JsonNode spans) {
        List<Row> rows = new ArrayList<>(spans.size());
        for (JsonNode s : spans) {
            rows.add(RowFactory.create(s.get("start").asInt(), s.get("end").asInt(), s.get("type").asText(),
                    s.get("subtype").isNull() ? null : s.get("subtype").asText(), s.get("operator").asText(),
                    s.get("outStart").asInt(), s.get("outEnd").asInt()));
        }
        return CollectionConverters.asScala(rows).toSeq();
    }

    private static scala.collection.Map<String, Long> audit(JsonNode audit) {
        Map<String, Long> m = new LinkedHashMap<>();
        audit.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asLong()));
        return CollectionConverters.asScala(m);
    }
}
