package org.raddeid.server.job;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.raddeid.core.io.AtomicOutput;
import org.raddeid.core.io.PrivateFiles;

/**
 * The work directory ({@code 0700}): one {@code 0700} directory per job, named by its id, holding {@code
 * input.csv|jsonl} (the original, {@code 0600}), {@code output.csv|jsonl}, {@code job.json} and, with API keys on,
 * {@code owner} (a digest of the key that made the job). Ids are 128 random bits in hex, so they cannot be guessed; only strings
 * of that shape ever become paths. Thread-safe.
 */
final class JobFiles {

    /** The name of each job's status file. */
    static final String STATUS = "job.json";

    /** The name of the file holding the owner's key digest, apart from the status the API shows. */
    static final String OWNER = "owner";

    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    JobFiles(Path root) throws IOException {
        this.root = root;
        PrivateFiles.directory(root);
        PrivateFiles.directory(uploads());
    }

    /** Returns the work directory. */
    Path root() {
        return root;
    }

    /** Where the multipart parser may spill large uploads before they are moved into a job's directory. */
    Path uploads() {
        return root.resolve(".uploads");
    }

    /** Returns true when {@code id} has the shape of a job id. */
    static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Makes a new job directory and returns its id. */
    String create() throws IOException {
        while (true) {
            byte[] b = new byte[16];
            RANDOM.nextBytes(b);
            String id = HexFormat.of().formatHex(b);
            Path dir = root.resolve(id);
            if (!Files.exists(dir)) {
                PrivateFiles.newDirectory(dir);
                return id;
            }
        }
    }

    /** Returns the directory of job {@code id} (which must have the shape of an id). */
    Path dir(String id) {
        if (!isId(id)) {
            throw new IllegalArgumentException("not a job id");
        }
        return root.resolve(id);
    }

    static Path input(Job job) {
        return job.dir().resolve("input" + job.options().extension());
    }

    static Path output(Job job) {
        return job.dir().resolve("output" + job.options().extension());
    }

    /** Records who owns the job in {@code dir} (nothing when keys are off and the owner is null). */
    static void saveOwner(Path dir, String owner) throws IOException {
        if (owner != null) {
            AtomicOutput.writeString(dir.resolve(OWNER), owner + "\n");
        }
    }

    /** Reads who owns the job in {@code dir}, or null when it was made with keys off. */
    static String readOwner(Path dir) throws IOException {
        Path f = dir.resolve(OWNER);
        return Files.isRegularFile(f) ? Files.readString(f).strip() : null;
    }

    /** Replaces the job's {@code job.json} with its status now. */
    void save(Job job) throws IOException {
        AtomicOutput.writeString(job.dir().resolve(STATUS),
                mapper.writerWithDefaultPrettyPrinter().writeValueAsString(job.status()) + "\n");
    }

    /**
     * Reads the status stored in {@code dir}. A summary written by raddeid 0.1 (snake_case keys such as {@code
     * rows_failed}) is read with today's camelCase names; that fallback goes in the release after the next.
     */
    JobStatus read(Path dir) throws IOException {
        JsonNode tree = mapper.readTree(dir.resolve(STATUS).toFile());
        if (tree instanceof ObjectNode o && o.get("summary") instanceof ObjectNode summary) {
            o.set("summary", LegacyNames.camelCase(summary));
        }
        return mapper.treeToValue(tree, JobStatus.class);
    }

    /** Deletes {@code dir} and everything in it; a missing directory is fine. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
