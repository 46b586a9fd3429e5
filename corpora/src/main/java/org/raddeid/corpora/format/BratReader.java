package org.raddeid.corpora.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.CorpusReader;
import org.raddeid.corpora.LabelledDocument;

/**
 * Reads BRAT standoff: {@code <id>.txt} with its {@code <id>.ann} beside it. Offsets are code points.
 *
 * <p>{@code T} lines ({@code T1<TAB>LABEL start end[;start end...]<TAB>text}) become one annotation per fragment; the
 * label is a subtype or type name (see {@link PhiLabel}). {@code A} lines {@code A1<TAB>Origin T1 HISPANIC} set the
 * origin. Other lines ({@code R}, {@code E}, {@code N}, {@code #}, ...) are ignored. The text column is checked against
 * the document (fragments joined by a space, whitespace runs collapsed).
 *
 * <p>Decisions: a {@code .txt} without {@code .ann} (or the reverse), an unknown label, bad offsets, a text mismatch or
 * an {@code Origin} on an unknown entity skip the document with a problem. Stateless and thread-safe.
 */
public final class BratReader implements CorpusReader {

    /**
     * Reads every {@code .txt}/{@code .ann} pair directly in a directory in file name order, or one pair when given the
     * path of either file.
     *
     * @return the documents and the problems met; input files are not changed
     */
    @Override
    public Corpus read(Path path) throws IOException {
        CorpusCollector out = new CorpusCollector();
        if (!Files.isDirectory(path)) {
            Path txt = CorpusFiles.hasExtension(path, ".ann")
                    ? path.resolveSibling(CorpusFiles.baseName(path, ".ann") + ".txt") : path;
            if (!Files.exists(path)) {
                throw new java.nio.file.NoSuchFileException(path.toString());
            }
            readPair(txt, out);
            return out.build();
        }
        for (Path txt : CorpusFiles.inputs(path, ".txt")) {
            readPair(txt, out);
        }
        for (Path ann : CorpusFiles.inputs(path, ".ann")) {
            if (!Files.exists(ann.resolveSibling(CorpusFiles.baseName(ann, ".ann") + ".txt"))) {
                out.problem(CorpusFiles.name(ann), 0, "no .txt file beside this .ann file; skipped");
            }
        }
        return out.build();
    }

    private void readPair(Path txt, CorpusCollector out) throws IOException {
        String id = CorpusFiles.hasExtension(txt, ".txt") ? CorpusFiles.baseName(txt, ".txt") : CorpusFiles.name(txt);
        Path ann = txt.resolveSibling(id + ".ann");
        String source = CorpusFiles.name(ann);
        if (!Files.exists(txt)) {
            out.problem(CorpusFiles.name(txt), 0, "missing text file for document " + id);
            return;
        }
        if (!Files.exists(ann)) {
            out.problem(source, 0, "missing annotation file for document " + id + "; skipped");
            return;
        }
        String text;
        String standoff;
        try {
            text = StrictUtf8.read(txt);
            standoff = StrictUtf8.read(ann);
        } catch (StrictUtf8.InvalidUtf8Exception e) {
            out.problem(e.problem());
            return;
        }
        try {
            out.document(new LabelledDocument(id, text, parse(standoff, new SpanAnchor(text))), source, 0);
        } catch (LineException e) {
            out.problem(source, e.line, "document " + id + " skipped: " + e.getMessage());
        }
    }

    private static List<Annotation> parse(String standoff, SpanAnchor anchor) throws LineException {
        Map<String, List<Annotation>> entities = new HashMap<>();
        List<String> order = new ArrayList<>();
        Map<String, String> origins = new HashMap<>();
        String[] lines = standoff.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            if (line.startsWith("T")) {
                String[] f = line.split("\t", 3);
                if (f.length < 2) {
                    throw new LineException(lineNo, "entity line has no type and offsets column");
                }
                if (entities.put(f[0], entity(f, anchor, lineNo)) != null) {
                    throw new LineException(lineNo, "entity id " + PhiLabel.quoteSafely(f[0]) + " is repeated");
                }
                order.add(f[0]);
            } else if (line.startsWith("A") || line.startsWith("M")) {
                String[] f = line.split("\t", 2);
                String[] parts = f.length == 2 ? f[1].strip().split("\\s+") : new String[0];
                if (parts.length == 3 && parts[0].equals("Origin")) {
                    origins.put(parts[1], parts[2]);
                }
            }
        }
        List<Annotation> result = new ArrayList<>();
        for (String entityId : order) {
            String origin = origins.remove(entityId);
            for (Annotation a : entities.get(entityId)) {
                result.add(origin == null ? a : new Annotation(a.start(), a.end(), a.type(), a.subtype(), origin));
            }
        }
        if (!origins.isEmpty()) {
            throw new LineException(0, origins.size() + " Origin attribute(s) refer to unknown entities");
        }
        return result;
    }

    private static List<Annotation> entity(String[] fields, SpanAnchor anchor, int lineNo) throws LineException {
        String[] head = fields[1].split(" ", 2);
        PhiLabel label = PhiLabel.parse(head[0]).orElseThrow(
                () -> new LineException(lineNo, "unknown PHI label " + PhiLabel.quoteSafely(head[0])));
        if (head.length < 2) {
            throw new LineException(lineNo, "entity has no offsets");
        }
        String[] fragments = head[1].split(";");
        List<Annotation> result = new ArrayList<>();
        for (String fragment : fragments) {
            String[] se = fragment.strip().split("\\s+");
            if (se.length != 2) {
                throw new LineException(lineNo, "offsets are not 'start end' pairs");
            }
            try {
                Annotation a = anchor.anchor(Integer.parseInt(se[0]), Integer.parseInt(se[1]), label, null, null);
                result.add(a);
            } catch (NumberFormatException e) {
                throw new LineException(lineNo, "offsets are not integers");
            } catch (SpanAnchor.BadSpanException e) {
                throw new LineException(lineNo, e.getMessage());
            }
        }
        if (fields.length == 3) {
            List<String> covered = new ArrayList<>();
            for (Annotation a : result) {
                covered.add(anchor.covered(a));
            }
            if (!SpanAnchor.sameText(fields[2], String.join(" ", covered))) {
                throw new LineException(lineNo, "the entity text differs from the document text at its offsets");
            }
        }
        return result;
    }

    /** A bad line of an annotation file; the message holds line numbers, offsets and labels only. */
    private static final class LineException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        LineException(int line, String message) {
            super(message);
            this.line = line;
        }
    }
}
