package org.raddeid.corpora.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.CorpusProblem;
import org.raddeid.corpora.LabelledDocument;

/**
 * Gathers the documents and problems of one read. A document whose id was already seen is reported and skipped (the
 * first one is kept). Not thread-safe: one per read.
 */
final class CorpusCollector {

    private final List<LabelledDocument> documents = new ArrayList<>();
    private final List<CorpusProblem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    /** Records a problem. */
    void problem(String source, int line, String message) {
        problems.add(new CorpusProblem(source, line, message));
    }

    /** Records a problem. */
    void problem(CorpusProblem problem) {
        problems.add(problem);
    }

    /** Adds a document unless its id is a duplicate, which is recorded as a problem. */
    void document(LabelledDocument document, String source, int line) {
        if (ids.add(document.id())) {
            documents.add(document);
        } else {
            problem(source, line, "duplicate document id " + document.id() + "; the first one is kept");
        }
    }

    /** Returns the corpus gathered so far. */
    Corpus build() {
        return new Corpus(documents, problems);
    }
}
