package org.raddeid.corpora;

/**
 * Something wrong with one part of a corpus that was skipped while the rest was read. The message says what and
 * where, never the document text.
 *
 * @param source the file (or file and record) the problem is in
 * @param line the 1-based line number, or 0 when not known
 * @param message what is wrong
 */
public record CorpusProblem(String source, int line, String message) {

    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
