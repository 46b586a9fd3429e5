package org.raddeid.hl7;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.raddeid.core.io.AtomicOutput;
import org.raddeid.core.io.StrictUtf8;

/**
 * De-identifies HL7 files: one file (one message or a batch of many) into one output file, or a folder into a flat
 * folder of neutrally named files ({@code m000001.hl7}, in the sorted order of the inputs), because input names often
 * hold a patient's name or MRN; {@code OUTPUT.names.json} beside the output maps each to its input. Each output file appears only when complete (written beside it, then moved). Messages that
 * cannot be de-identified go, as they were read, to one quarantine file beside the output ({@code NAME.quarantine.hl7});
 * the rest of the batch goes on. Output segments end as the input's did (CR, LF or CRLF); a UTF-8 BOM and the batch
 * envelope (FHS, BHS, BTS, FTS) are dropped. Files must be UTF-8 (ASCII included); another file is quarantined whole,
 * byte for byte. Not thread-safe; one run at a time.
 */
public final class Hl7Batch {

    /** The suffix of the quarantine file beside the output. */
    public static final String QUARANTINE_SUFFIX = ".quarantine.hl7";

    /** The suffix of the file beside the output that maps neutral output names to input names. */
    public static final String NAME_MAP_SUFFIX = ".names.json";

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** The files of a folder read by default: HL7 files by their usual extensions. */
    public static final String DEFAULT_INCLUDE = "*.{hl7,HL7,er7,ER7}";

    private final Hl7Deidentifier engine;
    private final int threads;
    private final java.nio.file.PathMatcher include;

    /**
     * Creates a batch runner over {@code engine}, de-identifying up to {@code threads} messages at once.
     *
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public Hl7Batch(Hl7Deidentifier engine, int threads) {
        this(engine, threads, DEFAULT_INCLUDE);
    }

    /**
     * Creates a batch runner that reads, from a folder, the files whose names match {@code includeGlob} (such as
     * {@code *.hl7}).
     *
     * @throws IllegalArgumentException when {@code threads} is below 1 or the glob is invalid
     */
    public Hl7Batch(Hl7Deidentifier engine, int threads, String includeGlob) {
        this.engine = Objects.requireNonNull(engine, "engine");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
        this.include = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + includeGlob);
    }

    /** Returns where the quarantine of a run writing to {@code output} goes. */
    public static Path quarantineFile(Path output) {
        Path abs = output.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + QUARANTINE_SUFFIX);
    }

    /**
     * De-identifies {@code input} (a file, or a folder whose regular files that are not hidden and match the include
     * glob are read, recursively)
     * into {@code output} (a file, or a folder for a folder) and returns the run report.
     *
     * @throws IOException when a file cannot be read or written (nothing partial is left under a final name)
     * @throws IllegalArgumentException when input and output do not fit together (a folder into a file, the same path)
     */
    public RunReport run(Path input, Path output) throws IOException {
        long t0 = System.nanoTime();
        List<Path[]> jobs = jobs(input, output);
        RunReport report = new RunReport(input.toString(), engine.settings().policy().name());
        List<byte[]> quarantine = new ArrayList<>();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            for (Path[] job : jobs) {
                file(job[0], job[1], report, quarantine, pool);
            }
        } finally {
            pool.shutdown();
        }
        writeNameMap(input, output, jobs);
        Path q = quarantineFile(output);
        if (!quarantine.isEmpty()) {
            writeBytes(q, quarantine);
            report.quarantineFile(q.toString());
        } else {
            Files.deleteIfExists(q); // a quarantine left by an earlier run would describe another run
        }
        report.seconds((System.nanoTime() - t0) / 1e9);
        return report;
    }

    private List<Path[]> jobs(Path input, Path output) throws IOException {
        if (Files.isDirectory(input)) {
            if (Files.isRegularFile(output)) {
                throw new IllegalArgumentException("the input is a folder, so the output must be a folder too");
            }
            Path in = input.toAbsolutePath().normalize();
            Path out = output.toAbsolutePath().normalize();
            if (out.startsWith(in)) {
                throw new IllegalArgumentException("the output folder must not be inside the input folder");
            }
            List<Path[]> jobs = new ArrayList<>();
            try (Stream<Path> files = Files.walk(in)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    boolean hidden = false;
                    for (Path part : in.relativize(p)) {
                        hidden |= part.toString().startsWith(".");
                    }
                    if (!hidden && include.matches(p.getFileName())) {
                        // input names often carry a patient's name or MRN: outputs get a neutral one
                        jobs.add(new Path[] {p, out.resolve(neutralName(jobs.size() + 1))});
                    }
                }
            }
            return jobs;
        }
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("input not found: " + input);
        }
        if (Files.exists(output) && Files.isSameFile(input, output)) {
            throw new IllegalArgumentException("the output must not be the input file");
        }
        if (Files.isDirectory(output)) {
            return List.<Path[]>of(new Path[] {input, output.resolve(neutralName(1))});
        }
        return List.<Path[]>of(new Path[] {input, output});
    }

    /** The neutral name of the {@code n}th output file of a run: {@code m000001.hl7}. */
    public static String neutralName(int n) {
        return String.format(java.util.Locale.ROOT, "m%06d.hl7", n);
    }

    /** Returns where the map from neutral output names to input names of a run writing to {@code output} goes. */
    public static Path nameMapFile(Path output) {
        Path abs = output.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + NAME_MAP_SUFFIX);
    }

    /**
     * Writes, beside the output (never inside it), which input each neutrally named output came from: input names
     * may be PHI, so the map is {@code 0600} and kept with the originals' side, like the quarantine file. Nothing is
     * written when the output was named by the caller.
     */
    private static void writeNameMap(Path input, Path output, List<Path[]> jobs) throws IOException {
        Path map = nameMapFile(output);
        boolean named = jobs.size() == 1 && jobs.get(0)[1].toAbsolutePath().normalize().equals(
                output.toAbsolutePath().normalize());
        if (jobs.isEmpty() || named) {
            Files.deleteIfExists(map);
            return;
        }
        Path root = Files.isDirectory(input) ? input.toAbsolutePath().normalize() : null;
        com.fasterxml.jackson.databind.node.ObjectNode files = MAPPER.createObjectNode();
        for (Path[] job : jobs) {
            Path in = job[0].toAbsolutePath().normalize();
            files.put(job[1].getFileName().toString(), root == null ? in.getFileName().toString()
                    : root.relativize(in).toString());
        }
        com.fasterxml.jackson.databind.node.ObjectNode doc = MAPPER.createObjectNode();
        doc.put("note", "Input file names may hold PHI: keep this file with the originals, not with the output.");
        doc.set("files", files);
        AtomicOutput.writeString(map, doc.toPrettyString() + "\n");
    }

    /** Writes the quarantined messages byte for byte as they were read, through a temporary file. */
    private static void writeBytes(Path target, List<byte[]> parts) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".partial");
        try {
            try (var o = Files.newOutputStream(temp)) {
                for (byte[] b : parts) {
                    o.write(b);
                }
            }
            AtomicOutput.moveReplacing(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void file(Path in, Path out, RunReport report, List<byte[]> quarantine, ForkJoinPool pool)
            throws IOException {
        // the report names the output, never the input, whose name may be PHI (the name map links the two)
        String name = out.getFileName().toString();
        byte[] bytes = Files.readAllBytes(in);
        report.file();
        String text;
        try {
            text = StrictUtf8.decode(bytes, 0, bytes.length);
        } catch (StrictUtf8.MalformedException e) {
            report.quarantined(name, 0, Rejection.message("the file is not UTF-8 (byte " + e.byteOffset()
                    + "); the whole file is quarantined"));
            quarantine.add(bytes);
            return;
        }
        String eol = text.contains("\r\n") ? "\r\n" : text.contains("\r") ? "\r" : text.contains("\n") ? "\n" : "\r";
        MessageSplitter.Split split = MessageSplitter.split(text);
        report.envelope(split.envelopeSegments(), split.joinedLines());
        List<Hl7Deidentifier.Outcome> outcomes;
        try {
            outcomes = pool.submit(() -> split.messages().parallelStream().map(engine::process).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            // process() turns every failure into a rejection; an error here is a bug, never input content
            throw new IllegalStateException("HL7 batch failed (" + e.getCause().getClass().getSimpleName() + ")");
        }
        try (AtomicOutput o = AtomicOutput.open(out)) {
            Writer w = o.writer();
            for (int i = 0; i < outcomes.size(); i++) {
                Hl7Deidentifier.Outcome r = outcomes.get(i);
                MessageSplitter.RawMessage m = split.messages().get(i);
                if (r.ok()) {
                    w.write(eol.equals("\r") ? r.text() : r.text().replace("\r", eol));
                    report.deidentified(name, m.index(), r.stats());
                } else {
                    report.quarantined(name, m.index(), r.rejection());
                    quarantine.add(m.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            o.commit();
        }
    }
}
