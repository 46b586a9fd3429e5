package org.raddeid.corpora.format;

/** A document a reader skips; the message holds ids, offsets, line numbers and field names only, never text. */
final class BadDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    BadDocumentException(String message) {
        super(message);
    }
}
