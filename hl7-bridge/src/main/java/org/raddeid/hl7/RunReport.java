package org.raddeid.hl7;

import org.raddeid.core.BuildInfo;
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
    private final List<LeftoverAt> leftovers = new ArrayList<>();
    private long messagesWithLeftovers;

    /** A leftover of the residual check and the message it stands in. */
    private record LeftoverAt(String file, int message, MessageStats.Leftover leftover) {
    }
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

    void deidentified(String file, int message, MessageStats s) {
        deidentified++;
        stats.add(s);
        if (!s.leftovers().isEmpty()) {
            messagesWithLeftovers++;
            s.leftovers().forEach(l -> leftovers.add(new LeftoverAt(file, message, l)));
        }
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

    /** Returns the leftovers the residual check found in the rewritten narratives, to review. */
    public long leftovers() {
        return leftovers.size();
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
                + " in %.1f s (%.0f messages/s)%s", files, messages, deidentified, quarantined.size(), seconds,
                seconds > 0 ? messages / seconds : 0.0, leftovers.isEmpty() ? ""
                        : String.format(java.util.Locale.ROOT, "; residual check: %d leftover(s) in %d message(s) to "
                                + "review (the report lists their places)", leftovers.size(), messagesWithLeftovers));
    }

    /** Returns the report as JSON. */
    public ObjectNode toJson(String ensemble) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        long messages = deidentified + quarantined.size();
        o.put("raddeidVersion", BuildInfo.current().describe());
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
        ObjectNode residual = o.putObject("residualCheck");
        residual.put("leftovers", leftovers.size());
        residual.put("messagesWithLeftovers", messagesWithLeftovers);
        ObjectNode byType = residual.putObject("leftoversByType");
        leftovers.forEach(l -> byType.put(l.leftover().type().name(), byType.path(l.leftover().type().name())
                .asLong(0) + 1));
        var hits = residual.putArray("leftoverHits");
        for (LeftoverAt l : leftovers) {
            hits.addObject().put("file", l.file()).put("message", l.message())
                    .put("segmentIndex", l.leftover().segment()).put("field", l.leftover().field())
                    .put("type", l.leftover().type().name()).put("start", l.leftover().start())
                    .put("end", l.leftover().end());
        }
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
