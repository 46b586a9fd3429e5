package org.raddeid.corpora.format;

import java.io.IOException;

/**
 * A document that a format cannot hold faithfully (a character XML 1.0 forbids, an id that is not a safe file name, a
 * record marker inside the text). Nothing is written when it is thrown. The message names the document id and an offset
 * or field, never the text.
 */
public final class UnwritableDocumentException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String documentId;

    /** Creates the exception for {@code documentId} with a reason that holds no document text. */
    public UnwritableDocumentException(String documentId, String reason) {
        super("document " + documentId + ": " + reason);
        this.documentId = documentId;
    }

    /** Returns the id of the document that could not be written. */
    public String documentId() {
        return documentId;
    }
}
