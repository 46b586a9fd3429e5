package org.raddeid.corpora;

import java.io.IOException;
import java.nio.file.Path;

/** Reads a labelled corpus from a file or directory. Implementations are stateless and thread-safe. */
public interface CorpusReader {

    /**
     * Reads every document under {@code path}. A broken document or record is reported in
     * {@link Corpus#problems()} and skipped; the others are still read.
     *
     * @throws IOException when {@code path} itself cannot be read
     */
    Corpus read(Path path) throws IOException;
}
