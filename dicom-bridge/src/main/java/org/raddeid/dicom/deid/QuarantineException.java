package org.raddeid.dicom.deid;

/**
 * A file that cannot be de-identified completely and must not be released: the reason says why in terms of tags,
 * offsets and rules, never with a value from the file.
 */
public final class QuarantineException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a reason free of PHI. */
    public QuarantineException(String reason) {
        super(reason);
    }

    /** Creates the exception with a reason free of PHI and its cause (whose message must be free of PHI too). */
    public QuarantineException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** Returns the reason. */
    public String reason() {
        return getMessage();
    }
}
