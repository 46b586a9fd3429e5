package org.raddeid.hl7;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON run report of an HL7 batch: files and messages read, de-identified and quarantined (each with file, message
 * number and the place and reason, never content), what was done per field and per text type, segments emptied,
 * embedded documents removed. Not thread-safe.
 */
public final class RunReport {

    /**
     * One quarantined message.
     *
     * @param file the file, relative to the input folder
     * @param message the message's position in the file, from 1 (0: the whole file)
     * @param rejection where and why
     */
    public record Quarantined(String file, int message, Rejection rejection) {
    }

    private final String input;
    private final String policy;
    private final MessageStats stats = new MessageStats();
    private final List<Quarantined> quarantined = new ArrayList<>();
    private long files;
    private long deidentified;
    private long envelope;
    private long joined;
    private double seconds;
    private String quarantineFile;

    RunReport(String input, String policy) {
        this.input = input;
        this.policy = policy;
    }

    void file() {
        files++;
    }

    void envelope(int segments, int joinedLines) {
        envelope += segments;
        joined += joinedLines;
    }

    void deidentified(MessageStats s) {
        deidentified++;
        stats.add(s);
    }

    void quarantined(String file, int message, Rejection r) {
        quarantined.add(new Quarantined(file, message, r));
    }

    void seconds(double s) {
        seconds = s;
    }

    void quarantineFile(String path) {
        quarantineFile = path;
    }

    /** Returns the messages de-identified. */
    public long deidentified() {
        return deidentified;
    }

    /** Returns the quarantined messages (read-only). */
    public List<Quarantined> quarantined() {
        return java.util.Collections.unmodifiableList(quarantined);
    }

    /** Returns the summed statistics of the de-identified messages. */
    public MessageStats stats() {
        return stats;
    }

    /** Returns the run's duration in seconds. */
    public double seconds() {
        return seconds;
    }

    /** Returns one line for a terminal: counts and speed. */
    public String line() {
        long messages = deidentified + quarantined.size();
        return String.format(java.util.Locale.ROOT, "hl7: %d file(s), %d message(s): %d de-identified, %d quarantined"
                + " in %.1f s (%.0f messages/s)", files, messages, deidentified, quarantined.size(), seconds,
                seconds > 0 ? messages / seconds : 0.0);
    }

    /** Returns the report as JSON. */
    public ObjectNode toJson(String ensemble) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        long messages = deidentified + quarantined.size();
        o.put("input", input);
        o.put("policy", policy);
        o.put("ensemble", ensemble);
        o.put("files", files);
        o.put("messages", messages);
        o.put("deidentified", deidentified);
        o.put("quarantined", quarantined.size());
        o.put("seconds", Math.round(seconds * 1000) / 1000.0);
        o.put("messagesPerSecond", seconds > 0 ? Math.round(messages / seconds * 10) / 10.0 : 0.0);
        o.put("envelopeSegmentsDropped", envelope);
        o.put("rawLineBreaksJoinedInEmbeddedData", joined);
        o.put("embeddedDocumentsRemoved", stats.embeddedRemoved());
        o.put("messagesWithoutPatientKey", stats.noPatientKey());
        ObjectNode emptied = o.putObject("segmentsEmptiedNotInFieldMap");
        stats.segmentsEmptied().forEach(emptied::put);
        ObjectNode zEmptied = o.putObject("zSegmentsEmptied");
        stats.zSegmentsEmptied().forEach(zEmptied::put);
        ObjectNode allPhi = o.putObject("allPhiSegmentsEmptied");
        stats.allPhiSegmentsEmptied().forEach(allPhi::put);
        ObjectNode kept = o.putObject("keptVerbatim");
        stats.keptVerbatim().forEach(kept::put);
        ObjectNode fields = o.putObject("fields");
        stats.fields().forEach((field, ops) -> {
            ObjectNode n = fields.putObject(field);
            ops.forEach(n::put);
        });
        ObjectNode spans = o.putObject("textSpansReplaced");
        stats.textSpans().forEach(spans::put);
        var q = o.putArray("quarantine");
        for (Quarantined x : quarantined) {
            ObjectNode n = q.addObject();
            n.put("file", x.file());
            n.put("message", x.message());
            Rejection r = x.rejection();
            if (r.segmentIndex() > 0) {
                n.put("segmentIndex", r.segmentIndex());
            }
            if (r.segment() != null) {
                n.put("segment", r.segment());
            }
            if (r.field() > 0) {
                n.put("field", r.field());
            }
            n.put("reason", r.reason());
        }
        if (quarantineFile != null) {
            o.put("quarantineFile", quarantineFile);
        } else {
            o.putNull("quarantineFile");
        }
        return o;
    }
}
