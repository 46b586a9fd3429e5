package org.raddeid.corpora.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.raddeid.corpora.CorpusReader;
import org.raddeid.corpora.CorpusWriter;

/**
 * The labelled corpus formats raddeid reads and writes. Every format stores code point offsets. Immutable and
 * thread-safe.
 */
public enum CorpusFormat {
    /** i2b2 2014 XML, one {@code <id>.xml} per document in a directory. */
    I2B2(I2b2Reader::new, I2b2Writer::new),
    /** BRAT standoff, {@code <id>.txt} + {@code <id>.ann} per document in a directory. */
    BRAT(BratReader::new, BratWriter::new),
    /** One JSON document per line in a {@code .jsonl} file. */
    JSONL(JsonlReader::new, JsonlWriter::new),
    /** PhysioNet deid: a {@code .text} file of records and its {@code -phi.phrase} file. */
    PHYSIONET(PhysionetReader::new, PhysionetWriter::new),
    /** The Presidio research synthetic JSON array; read only. */
    PRESIDIO(PresidioReader::new, null);

    private final Supplier<CorpusReader> reader;
    private final Supplier<CorpusWriter> writer;

    CorpusFormat(Supplier<CorpusReader> reader, Supplier<CorpusWriter> writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /** Returns a new reader for this format. */
    public CorpusReader reader() {
        return reader.get();
    }

    /** Returns true when the format can be written ({@link #PRESIDIO} cannot). */
    public boolean canWrite() {
        return writer != null;
    }

    /**
     * Returns a new writer for this format.
     *
     * @throws UnsupportedOperationException for {@link #PRESIDIO}, which is read only; check {@link #canWrite()}
     */
    public CorpusWriter writer() {
        if (writer == null) {
            throw new UnsupportedOperationException("the " + name() + " format is read only");
        }
        return writer.get();
    }

    /**
     * Parses a format name, ignoring case and surrounding space.
     *
     * @throws IllegalArgumentException naming the value and listing the valid names
     */
    public static CorpusFormat parse(String name) {
        if (name != null) {
            for (CorpusFormat f : values()) {
                if (f.name().equalsIgnoreCase(name.strip())) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("unknown corpus format '" + name + "'; valid: " + Arrays.stream(values())
                .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    /**
     * Guesses the format from a path. A file (or a path that does not exist yet) is judged by its extension:
     * {@code .xml} I2B2, {@code .txt}/{@code .ann} BRAT, {@code .jsonl} JSONL, {@code .json} PRESIDIO,
     * {@code .text}/{@code .phrase} PHYSIONET. A directory by what it holds, in this order: any {@code .ann} BRAT, any
     * {@code .xml} I2B2, any {@code .jsonl} JSONL, any {@code .text} PHYSIONET.
     *
     * @return the format, or empty when nothing matches
     * @throws IOException when a directory cannot be listed
     */
    public static Optional<CorpusFormat> detect(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            for (String[] rule : new String[][] {{".ann", "BRAT"}, {".xml", "I2B2"}, {".jsonl", "JSONL"},
                    {".text", "PHYSIONET"}}) {
                try (Stream<Path> files = Files.list(path)) {
                    if (files.anyMatch(p -> CorpusFiles.hasExtension(p, rule[0]))) {
                        return Optional.of(valueOf(rule[1]));
                    }
                }
            }
            return Optional.empty();
        }
        String name = CorpusFiles.name(path).toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return Optional.of(I2B2);
        } else if (name.endsWith(".txt") || name.endsWith(".ann")) {
            return Optional.of(BRAT);
        } else if (name.endsWith(".jsonl")) {
            return Optional.of(JSONL);
        } else if (name.endsWith(".json")) {
            return Optional.of(PRESIDIO);
        } else if (name.endsWith(".text") || name.endsWith(".phrase")) {
            return Optional.of(PHYSIONET);
        }
        return Optional.empty();
    }
}
