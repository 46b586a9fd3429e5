package org.raddeid.dicom.codec;

import java.io.IOException;

/**
 * Input that is not well-formed DICOM. The message names the byte offset and, where known, the tag; it never holds
 * content of the file.
 */
public final class DicomFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long offset;
    private final transient Tag tag;

    /**
     * @param problem what is wrong, without content of the file
     * @param offset  the byte offset where it was found (in the inflated stream for a deflated data set)
     * @param tag     the tag being read, or {@code null}
     */
    public DicomFormatException(String problem, long offset, Tag tag) {
        super(problem + " at byte offset " + offset + (tag == null ? "" : " in tag " + tag));
        this.offset = offset;
        this.tag = tag;
    }

    /** Returns the byte offset where the problem was found. */
    public long offset() {
        return offset;
    }

    /** Returns the tag being read, or {@code null} if none was. */
    public Tag tag() {
        return tag;
    }
}
