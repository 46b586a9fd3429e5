package org.raddeid.corpora;

import java.util.List;

/**
 * The documents read from a corpus and the problems met on the way. Immutable.
 *
 * @param documents the documents that were read, in a stable order (by file name, then position in the file)
 * @param problems what could not be read; empty when all was well
 */
public record Corpus(List<LabelledDocument> documents, List<CorpusProblem> problems) {

    public Corpus {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
