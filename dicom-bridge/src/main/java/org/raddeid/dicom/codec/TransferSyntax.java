package org.raddeid.dicom.codec;

/**
 * How a data set is encoded. Every transfer syntax not named here (JPEG, JPEG 2000, RLE, ...) encodes its data set as
 * explicit VR little endian with encapsulated pixel data, which {@link #forUid(String)} reflects.
 */
public enum TransferSyntax {
    /** 1.2.840.10008.1.2 */
    IMPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2", false, false, false),
    /** 1.2.840.10008.1.2.1 */
    EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1", true, false, false),
    /** 1.2.840.10008.1.2.2 (retired, still met in archives) */
    EXPLICIT_VR_BIG_ENDIAN("1.2.840.10008.1.2.2", true, true, false),
    /** 1.2.840.10008.1.2.1.99 */
    DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1.99", true, false, true);

    private final String uid;
    private final boolean explicitVr;
    private final boolean bigEndian;
    private final boolean deflated;

    TransferSyntax(String uid, boolean explicitVr, boolean bigEndian, boolean deflated) {
        this.uid = uid;
        this.explicitVr = explicitVr;
        this.bigEndian = bigEndian;
        this.deflated = deflated;
    }

    /** Returns the encoding for a transfer syntax UID: one of these, else explicit VR little endian. */
    public static TransferSyntax forUid(String uid) {
        for (TransferSyntax ts : values()) {
            if (ts.uid.equals(uid)) {
                return ts;
            }
        }
        return EXPLICIT_VR_LITTLE_ENDIAN;
    }

    /** Returns the UID. */
    public String uid() {
        return uid;
    }

    /** Returns whether VRs are written in element headers. */
    public boolean explicitVr() {
        return explicitVr;
    }

    /** Returns whether numbers are big endian. */
    public boolean bigEndian() {
        return bigEndian;
    }

    /** Returns whether the data set is deflated (raw deflate, no zlib header). */
    public boolean deflated() {
        return deflated;
    }
}
