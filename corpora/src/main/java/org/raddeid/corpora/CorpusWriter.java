package org.raddeid.corpora;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a labelled corpus. Implementations are stateless and thread-safe. */
public interface CorpusWriter {

    /**
     * Writes {@code documents} to {@code target} (a file or a directory, depending on the format). The output appears
     * complete or not at all: files are written under a temporary name and moved into place.
     */
    void write(List<LabelledDocument> documents, Path target) throws IOException;
}
