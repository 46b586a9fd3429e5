package org.raddeid.corpora.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.CorpusReader;
import org.raddeid.corpora.LabelledDocument;

/**
 * Reads the PhysioNet deid format: a {@code .text} file of records and, beside it, a phrase file of labels.
 *
 * <p>Records are {@code START_OF_RECORD=<patient>||||<note>||||} on a line of its own, then the note text, then
 * {@code ||||END_OF_RECORD}. The record text starts right after the header's line break and ends right before the end
 * marker (so it normally ends with a line break); offsets count from its first character, as the deid package's own
 * position files do ({@code id.deid}, {@code id.info}, whose spans are end-exclusive). Document id:
 * {@code <patient>-<note>}.
 *
 * <p>The phrase file for {@code <base>.text} is {@code <base>-phi.phrase} (as {@code id.text}/{@code id-phi.phrase}) or
 * else {@code <base>.phrase}; each line is {@code <patient> <note> <start> <end> <category> <text...>}, whitespace
 * separated, end exclusive, categories as in {@link PhysionetCategories}. The phrase text is checked against the record
 * with whitespace runs collapsed (a phrase cannot hold a line break).
 *
 * <p>Decisions: a missing phrase file is an error ({@link NoSuchFileException}). A record without end marker, a phrase
 * line with an unknown category, offsets outside its record, or a text mismatch skip that document with a problem naming
 * the phrase file line; a phrase line for an unknown record is reported. Stateless and thread-safe.
 */
public final class PhysionetReader implements CorpusReader {

    static final String END_MARKER = "||||END_OF_RECORD";
    static final Pattern HEADER =
            Pattern.compile("START_OF_RECORD=([^|\\s]+)\\|\\|\\|\\|([^|\\s]+)\\|\\|\\|\\|[ \\t]*(\\r?\\n|$)");
    private static final Pattern PHRASE =
            Pattern.compile("\\s*(\\S+)\\s+(\\S+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(\\S+)(?:\\s(.*))?");

    /**
     * Reads a {@code .text} file (or given its phrase file, the {@code .text} beside it) and its phrase file, or every {@code .text} file directly in a directory.
     *
     * @return the documents in record order and the problems met; input files are not changed
     * @throws NoSuchFileException when a phrase file is missing
     */
    @Override
    public Corpus read(Path path) throws IOException {
        CorpusCollector out = new CorpusCollector();
        Path input = path;
        if (!Files.isDirectory(path) && CorpusFiles.hasExtension(path, ".phrase")) {
            String base = CorpusFiles.baseName(path, ".phrase");
            input = path.resolveSibling((base.endsWith("-phi") ? base.substring(0, base.length() - 4) : base)
                    + ".text");
        }
        for (Path file : CorpusFiles.inputs(input, ".text")) {
            readFile(file, out);
        }
        return out.build();
    }

    /** Returns the phrase file that belongs to a {@code .text} file. */
    static Path phraseFileFor(Path textFile) throws NoSuchFileException {
        String base = CorpusFiles.hasExtension(textFile, ".text")
                ? CorpusFiles.baseName(textFile, ".text") : CorpusFiles.name(textFile);
        Path phi = textFile.resolveSibling(base + "-phi.phrase");
        if (Files.exists(phi)) {
            return phi;
        }
        Path plain = textFile.resolveSibling(base + ".phrase");
        if (Files.exists(plain)) {
            return plain;
        }
        throw new NoSuchFileException(phi.toString(), plain.toString(), "no phrase file beside the .text file");
    }

    private void readFile(Path textFile, CorpusCollector out) throws IOException {
        Path phraseFile = phraseFileFor(textFile);
        String content;
        String phrases;
        try {
            content = StrictUtf8.read(textFile);
            phrases = StrictUtf8.read(phraseFile);
        } catch (StrictUtf8.InvalidUtf8Exception e) {
            out.problem(e.problem());
            return;
        }
        Map<String, Record> records = records(content, CorpusFiles.name(textFile), out);
        applyPhrases(phrases, CorpusFiles.name(phraseFile), records, out);
        for (Record r : records.values()) {
            if (r.failure == null) {
                out.document(new LabelledDocument(r.id, r.text, r.annotations), CorpusFiles.name(textFile), r.line);
            } else {
                out.problem(CorpusFiles.name(phraseFile), r.failureLine, "document " + r.id + " skipped: "
                        + r.failure);
            }
        }
    }

    private static Map<String, Record> records(String content, String source, CorpusCollector out) {
        Map<String, Record> records = new LinkedHashMap<>();
        Matcher header = HEADER.matcher(content);
        int from = 0;
        while (header.find(from)) {
            int line = lineOf(content, header.start());
            String id = header.group(1) + "-" + header.group(2);
            int textStart = header.end();
            int end = content.indexOf(END_MARKER, textStart);
            Matcher next = HEADER.matcher(content);
            boolean nextFirst = next.find(textStart) && (end < 0 || next.start() < end);
            if (end < 0 || nextFirst) {
                out.problem(source, line, "record " + id + " has no " + END_MARKER + "; skipped");
                from = nextFirst ? next.start() : content.length();
                continue;
            }
            if (records.containsKey(id)) {
                out.problem(source, line, "duplicate document id " + id + "; the first one is kept");
            } else {
                records.put(id, new Record(id, content.substring(textStart, end), line));
            }
            from = end + END_MARKER.length();
        }
        return records;
    }

    private static void applyPhrases(String phrases, String source, Map<String, Record> records,
            CorpusCollector out) {
        String[] lines = phrases.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            Matcher m = PHRASE.matcher(lines[i]);
            if (!m.matches()) {
                out.problem(source, lineNo, "not a '<patient> <note> <start> <end> <category> <text>' line; skipped");
                continue;
            }
            String id = m.group(1) + "-" + m.group(2);
            Record r = records.get(id);
            if (r == null) {
                out.problem(source, lineNo, "phrase for unknown record " + id + "; skipped");
                continue;
            }
            if (r.failure != null) {
                continue;
            }
            PhiLabel label = PhysionetCategories.parse(m.group(5)).orElse(null);
            if (label == null) {
                r.fail(lineNo, "unknown PHI category " + PhiLabel.quoteSafely(m.group(5)));
                continue;
            }
            try {
                int start = Integer.parseInt(m.group(3));
                int end = Integer.parseInt(m.group(4));
                String expected = m.group(6) == null || m.group(6).isBlank() ? null : m.group(6);
                r.annotations.add(r.anchor.anchor(start, end, label, null, expected));
            } catch (NumberFormatException e) {
                r.fail(lineNo, "offsets are not integers");
            } catch (SpanAnchor.BadSpanException e) {
                r.fail(lineNo, e.getMessage());
            }
        }
    }

    private static int lineOf(String content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** One record while its phrases are applied. */
    private static final class Record {
        final String id;
        final String text;
        final int line;
        final SpanAnchor anchor;
        final List<Annotation> annotations = new ArrayList<>();
        String failure;
        int failureLine;

        Record(String id, String text, int line) {
            this.id = id;
            this.text = text;
            this.line = line;
            this.anchor = new SpanAnchor(text);
        }

        void fail(int phraseLine, String message) {
            failure = message;
            failureLine = phraseLine;
        }
    }
}
