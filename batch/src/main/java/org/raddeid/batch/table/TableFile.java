package org.raddeid.batch.table;

import java.io.Closeable;
import java.io.IOException;

/**
 * A table file read record by record and rewritten in the same order to an output writer. Not thread-safe: one
 * thread reads and writes, workers only see {@link InputRecord}s.
 *
 * @param <R> the format's representation of a record's fields
 */
public interface TableFile<R> extends Closeable {

    /**
     * Returns the next record, or null at the end.
     *
     * @throws IOException when the file cannot be read further (bad UTF-8, a CSV syntax error): fatal
     */
    InputRecord<R> next() throws IOException;

    /** Writes the output record for {@code in}. */
    void write(InputRecord<R> in, RowOutput out) throws IOException;

    /** Returns the bytes of the input read so far, for progress. */
    long bytesRead();

    /** Returns the name of the text column in use. */
    String textColumn();
}
