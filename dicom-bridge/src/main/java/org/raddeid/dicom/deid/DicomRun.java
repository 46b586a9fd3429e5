package org.raddeid.dicom.deid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.raddeid.core.BuildInfo;
import org.raddeid.core.PhiType;
import org.raddeid.core.io.AtomicOutput;
import org.raddeid.dicom.codec.DataSet;
import org.raddeid.dicom.codec.DicomFile;
import org.raddeid.dicom.codec.DicomFormatException;
import org.raddeid.dicom.codec.DicomReader;
import org.raddeid.dicom.codec.DicomWriter;

/**
 * De-identifies every file under a folder into another, in parallel.
 *
 * <ul>
 *   <li>Outputs are named by their new UIDs, {@code OUT/<study>/<series>/<instance>.dcm}, because input folder and
 *       file names often carry patient names or IDs.</li>
 *   <li>Each output appears atomically (temporary file, then a move). The run report
 *       {@code OUT/raddeid-dicom-report.json} is written last, so a run that stopped half-way has no report.</li>
 *   <li>A file that cannot be read or fully de-identified is copied, as it was, to the quarantine folder under a
 *       neutral name ({@code q000001.dcm}); {@code QUARANTINE/index.json} maps those names to the input paths, which
 *       may themselves be PHI, while the run report names only the neutral file and the reason. The quarantine
 *       folder holds originals: treat it as PHI.</li>
 *   <li>Nothing is ever copied to the output unprocessed.</li>
 * </ul>
 */
public final class DicomRun {

    /** The run report's file name inside the output folder. */
    public static final String REPORT = "raddeid-dicom-report.json";

    /** The quarantine index's file name inside the quarantine folder. */
    public static final String QUARANTINE_INDEX = "index.json";

    /** Files above this size are quarantined rather than read into memory. */
    public static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 64;

    /** Progress of a run, called from worker threads. */
    public interface Listener {
        /** Called after each file with the files done, the total and the bytes read so far. */
        void progress(long done, long total, long bytes);
    }

    /** One quarantined file: its neutral name in the quarantine folder, the input path (relative) and why. */
    public record Quarantined(String file, String input, String reason) {
    }

    private final DicomDeidentifier engine;
    private final int threads;

    /** Creates a run over {@code engine} with {@code threads} workers (at least 1). */
    public DicomRun(DicomDeidentifier engine, int threads) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.threads = Math.max(1, threads);
    }

    /**
     * De-identifies every regular file under {@code in} (recursively; hidden files included, since DICOM files often
     * have no extension) into {@code out}, quarantining into {@code quarantine}.
     *
     * @return the run's totals, also written to {@code out/raddeid-dicom-report.json}
     * @throws IOException when a folder cannot be listed or created, or an output cannot be written
     */
    public Totals run(Path in, Path out, Path quarantine, Listener listener) throws IOException {
        Path absOut = out.toAbsolutePath().normalize();
        Path absQuarantine = quarantine.toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(in)) {
            // an output or quarantine folder inside the input folder is not input
            files = walk.filter(Files::isRegularFile).filter(p -> {
                Path a = p.toAbsolutePath().normalize();
                return !a.startsWith(absOut) && !a.startsWith(absQuarantine);
            }).sorted().toList();
        }
        Files.createDirectories(out);
        Totals totals = new Totals(engine.settings(), files.size());
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "raddeid-dicom");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    long size = processOne(in, file, out, quarantine, totals);
                    totals.bytes.addAndGet(size);
                    if (listener != null) {
                        listener.progress(done.incrementAndGet(), files.size(), totals.bytes.get());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof UncheckedIOException uio) {
                        throw uio.getCause();
                    }
                    throw new IllegalStateException("DICOM worker failed: " + cause.getClass().getSimpleName(), cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        totals.nanos = System.nanoTime() - start;
        if (!totals.quarantined.isEmpty()) {
            QuarantineFolder.writeIndex(quarantine, totals.quarantined);
        }
        AtomicOutput.writeString(out.resolve(REPORT), totals.toJson().toPrettyString() + "\n");
        return totals;
    }

    /** Processes one file; returns its size. */
    private long processOne(Path root, Path file, Path out, Path quarantine, Totals totals) throws IOException {
        long size = Files.size(file);
        String relative = root.relativize(file).toString();
        if (size > MAX_FILE_BYTES) {
            quarantine(file, relative, quarantine, "file of " + size + " bytes is larger than raddeid reads", totals);
            return size;
        }
        DicomFile parsed;
        try {
            parsed = DicomReader.read(Files.readAllBytes(file));
        } catch (DicomFormatException e) {
            quarantine(file, relative, quarantine, "not readable as DICOM: " + e.getMessage(), totals);
            return size;
        } catch (OutOfMemoryError e) {
            // The file's arrays are unreachable once this frame is left: the run goes on with the next file.
            quarantine(file, relative, quarantine, "not enough memory to read this file (" + size + " bytes)",
                    totals);
            return size;
        }
        DicomDeidentifier.Result result;
        try {
            result = engine.process(parsed);
        } catch (QuarantineException e) {
            quarantine(file, relative, quarantine, e.reason(), totals);
            return size;
        } catch (RuntimeException e) {
            quarantine(file, relative, quarantine, "could not be de-identified (" + e.getClass().getSimpleName() + ")",
                    totals);
            return size;
        }
        byte[] encoded;
        try {
            encoded = DicomWriter.write(result.file());
        } catch (RuntimeException e) {
            quarantine(file, relative, quarantine, "de-identified data set could not be encoded ("
                    + e.getClass().getSimpleName() + ")", totals);
            return size;
        }
        String name = outputName(result.file());
        String earlier = totals.claim(name, relative);
        if (earlier != null) {
            quarantine(file, relative, quarantine, "its SOP Instance UID is that of another input, already written as "
                    + name + "; not overwritten", totals);
            return size;
        }
        Path target = out.resolve(name);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".raddeid-", ".part");
        try {
            Files.write(tmp, encoded);
            AtomicOutput.moveReplacing(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
        totals.add(name, result.report(), encoded.length);
        return size;
    }

    /** Returns {@code <study>/<series>/<instance>.dcm} from the de-identified UIDs. */
    static String outputName(DicomFile file) {
        DataSet ds = file.dataSet();
        return pathPart(Uids.of(ds, DicomDeidentifier.STUDY_INSTANCE_UID), "no-study") + "/"
                + pathPart(Uids.of(ds, DicomDeidentifier.SERIES_INSTANCE_UID), "no-series") + "/"
                + pathPart(Uids.of(ds, DicomDeidentifier.SOP_INSTANCE_UID), "no-instance") + ".dcm";
    }

    /** A UID as a file or folder name: digits and dots only, else {@code fallback}. */
    private static String pathPart(String uid, String fallback) {
        return uid.matches("[0-9.]{1,64}") ? uid : fallback;
    }

    private static void quarantine(Path file, String relative, Path quarantine, String reason, Totals totals)
            throws IOException {
        String name;
        synchronized (totals) {
            name = String.format(java.util.Locale.ROOT, "q%06d.dcm", totals.quarantined.size() + 1);
            totals.quarantined.add(new Quarantined(name, relative, reason));
        }
        QuarantineFolder.copy(file, quarantine, name);
    }

    /** A run's totals, merged from the per-file reports; free of any value from the files. */
    public static final class Totals {
        private final DicomSettings settings;
        private final long files;
        private final AtomicLong bytes = new AtomicLong();
        private long written;
        private long bytesWritten;
        private long nanos;
        private long undecodable;
        private long leftovers;
        private long refound;
        private final Map<String, Map<Action, Long>> actions = new TreeMap<>();
        private final Map<String, Long> kept = new TreeMap<>();
        private final Map<String, Long> checkedAsText = new TreeMap<>();
        private final long[] coverage = new long[3];
        private final Map<PhiType, Long> spans = new EnumMap<>(PhiType.class);
        private final Map<PhiType, Long> leftoverTypes = new EnumMap<>(PhiType.class);
        private final Map<String, List<String>> flags = new TreeMap<>();
        private final Map<String, List<FileReport.ResidualHit>> residual = new TreeMap<>();
        private final List<Quarantined> quarantined = new ArrayList<>();
        private final Map<String, String> claimed = new java.util.HashMap<>();

        Totals(DicomSettings settings, long files) {
            this.settings = settings;
            this.files = files;
        }

        /**
         * Claims output {@code name} for input {@code input}: returns null when it is free, else the input that
         * claimed it first in this run (several inputs with one SOP Instance UID never overwrite each other).
         */
        synchronized String claim(String name, String input) {
            return claimed.putIfAbsent(name, input);
        }

        synchronized void add(String output, FileReport report, long size) {
            written++;
            bytesWritten += size;
            undecodable += report.undecodableRemoved();
            report.actions().forEach((k, m) -> m.forEach((a, n) -> actions.computeIfAbsent(k,
                    x -> new EnumMap<>(Action.class)).merge(a, (long) n, Long::sum)));
            report.spans().forEach((t, n) -> spans.merge(t, (long) n, Long::sum));
            report.kept().forEach((k, n) -> kept.merge(k, (long) n, Long::sum));
            report.checkedAsText().forEach((k, n) -> checkedAsText.merge(k, (long) n, Long::sum));
            int[] c = report.residualCoverage();
            for (int i = 0; i < coverage.length; i++) {
                coverage[i] += c[i];
            }
            if (!report.flags().isEmpty()) {
                flags.put(output, report.flags());
            }
            List<FileReport.ResidualHit> left = new ArrayList<>();
            for (FileReport.ResidualHit h : report.residual()) {
                if (h.written()) {
                    refound++;
                } else {
                    leftovers++;
                    leftoverTypes.merge(h.type(), 1L, Long::sum);
                    left.add(h);
                }
            }
            if (!left.isEmpty()) {
                residual.put(output, left);
            }
        }

        /** Returns the number of files found. */
        public long files() {
            return files;
        }

        /** Returns the number of de-identified files written. */
        public synchronized long written() {
            return written;
        }

        /** Returns the quarantined files. */
        public synchronized List<Quarantined> quarantined() {
            return List.copyOf(quarantined);
        }

        /** Returns the bytes read. */
        public long bytes() {
            return bytes.get();
        }

        /** Returns the wall time of the run in seconds. */
        public double seconds() {
            return nanos / 1e9;
        }

        /** Returns the residual hits in values kept as they were. */
        public synchronized long leftovers() {
            return leftovers;
        }

        /** Returns the flags per output file. */
        public synchronized Map<String, List<String>> flags() {
            return Map.copyOf(flags);
        }

        /** Returns how often each action was taken per attribute keyword. */
        public synchronized Map<String, Map<Action, Long>> actions() {
            return Map.copyOf(actions);
        }

        /** Returns the PHI spans replaced in text, per type. */
        public synchronized Map<PhiType, Long> spans() {
            return Map.copyOf(spans);
        }

        /** Returns the report as JSON. */
        public synchronized ObjectNode toJson() {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            root.put("raddeidVersion", BuildInfo.current().describe());
            root.put("files", files);
            root.put("written", written);
            root.put("quarantined", quarantined.size());
            root.put("bytesRead", bytes.get());
            root.put("bytesWritten", bytesWritten);
            double s = seconds();
            root.put("seconds", Math.round(s * 1000) / 1000.0);
            root.put("filesPerSecond", s > 0 ? Math.round(files / s * 10) / 10.0 : 0);
            root.put("mbPerSecond", s > 0 ? Math.round(bytes.get() / 1e6 / s * 10) / 10.0 : 0);
            root.put("policy", settings.policy().name());
            ArrayNode options = root.putArray("profileOptions");
            EnumSet<ProfileOption> sorted = EnumSet.noneOf(ProfileOption.class);
            sorted.addAll(settings.options());
            sorted.forEach(o -> options.add(o.cliName()));
            root.put("burnedIn", settings.burnedIn().name().toLowerCase(java.util.Locale.ROOT));
            ObjectNode spanNode = root.putObject("textSpansReplaced");
            spans.forEach((t, n) -> spanNode.put(t.name(), n));
            root.put("undecodableTextRemoved", undecodable);
            ObjectNode actionNode = root.putObject("actions");
            actions.forEach((k, m) -> {
                ObjectNode a = actionNode.putObject(k);
                m.forEach((action, n) -> a.put(action.name(), n));
            });
            ObjectNode keptNode = root.putObject("keptVerbatim");
            kept.forEach(keptNode::put);
            ObjectNode checkedNode = root.putObject("checkedAsText");
            checkedAsText.forEach(checkedNode::put);
            ObjectNode flagNode = root.putObject("flags");
            flags.forEach((f, list) -> {
                ArrayNode a = flagNode.putArray(f);
                list.forEach(a::add);
            });
            ObjectNode res = root.putObject("residualCheck");
            res.put("enabled", settings.residualCheck());
            res.put("leftovers", leftovers);
            res.put("refoundInReplacedValues", refound);
            ObjectNode covered = res.putObject("valuesScanned");
            covered.put("recognizersAndKnownIdentifiers", coverage[0]);
            covered.put("syntaxAndKnownIdentifiers", coverage[1]);
            covered.put("binaryNotScanned", coverage[2]);
            res.put("scope", "every value written, of every VR, at every depth of sequences");
            ObjectNode byType = res.putObject("leftoversByType");
            leftoverTypes.forEach((t, n) -> byType.put(t.name(), n));
            ObjectNode perFile = res.putObject("leftoverHits");
            residual.forEach((f, hits) -> {
                ArrayNode a = perFile.putArray(f);
                hits.forEach(h -> a.addObject().put("path", h.path()).put("type", h.type().name())
                        .put("start", h.start()).put("end", h.end()));
            });
            ArrayNode q = root.putArray("quarantine");
            quarantined.stream().sorted(Comparator.comparing(Quarantined::file))
                    .forEach(e -> q.addObject().put("file", e.file()).put("reason", e.reason()));
            return root;
        }
    }
}
