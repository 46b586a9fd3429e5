package org.raddeid.dicom.codec;

import java.util.Optional;
import java.util.Set;

/**
 * How a data set is encoded. The standard's other transfer syntaxes (JPEG, JPEG 2000, RLE, MPEG, HTJ2K, ...) encode
 * their data set as explicit VR little endian with encapsulated pixel data (two JPIP ones deflate it), which
 * {@link #known(String)} reflects; a UID that is none of the standard's (a private or mistyped one) is unknown, and a
 * reader must not guess its encoding.
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

    /** PS3.6 Table A-1 transfer syntaxes whose data set is explicit VR little endian (pixel data encapsulated). */
    private static final Set<String> ENCAPSULATED = Set.of(
            "1.2.840.10008.1.2.1.98", "1.2.840.10008.1.2.5", "1.2.840.10008.1.2.6.1", "1.2.840.10008.1.2.6.2",
            "1.2.840.10008.1.2.7.1", "1.2.840.10008.1.2.7.2", "1.2.840.10008.1.2.7.3",
            "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.52", "1.2.840.10008.1.2.4.53",
            "1.2.840.10008.1.2.4.54", "1.2.840.10008.1.2.4.55", "1.2.840.10008.1.2.4.56", "1.2.840.10008.1.2.4.57",
            "1.2.840.10008.1.2.4.58", "1.2.840.10008.1.2.4.59", "1.2.840.10008.1.2.4.60", "1.2.840.10008.1.2.4.61",
            "1.2.840.10008.1.2.4.62", "1.2.840.10008.1.2.4.63", "1.2.840.10008.1.2.4.64", "1.2.840.10008.1.2.4.65",
            "1.2.840.10008.1.2.4.66", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81",
            "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.4.92", "1.2.840.10008.1.2.4.93",
            "1.2.840.10008.1.2.4.94", "1.2.840.10008.1.2.4.100", "1.2.840.10008.1.2.4.101",
            "1.2.840.10008.1.2.4.102", "1.2.840.10008.1.2.4.103", "1.2.840.10008.1.2.4.104",
            "1.2.840.10008.1.2.4.105", "1.2.840.10008.1.2.4.106", "1.2.840.10008.1.2.4.107",
            "1.2.840.10008.1.2.4.108", "1.2.840.10008.1.2.4.110", "1.2.840.10008.1.2.4.111",
            "1.2.840.10008.1.2.4.112", "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202",
            "1.2.840.10008.1.2.4.203", "1.2.840.10008.1.2.4.204");

    /** The JPIP referenced deflate transfer syntaxes: the data set is deflated explicit VR little endian. */
    private static final Set<String> DEFLATED_JPIP = Set.of("1.2.840.10008.1.2.4.95", "1.2.840.10008.1.2.4.205");

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

    /**
     * Returns the encoding for a transfer syntax UID of the standard, or empty when the UID is not one the standard
     * defines (a private or mistyped transfer syntax, whose encoding cannot be known).
     */
    public static Optional<TransferSyntax> known(String uid) {
        for (TransferSyntax ts : values()) {
            if (ts.uid.equals(uid)) {
                return Optional.of(ts);
            }
        }
        if (ENCAPSULATED.contains(uid)) {
            return Optional.of(EXPLICIT_VR_LITTLE_ENDIAN);
        }
        return DEFLATED_JPIP.contains(uid) ? Optional.of(DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN) : Optional.empty();
    }

    /**
     * Returns the encoding for a transfer syntax UID, for writing back a file that was read: as {@link #known}, and
     * explicit VR little endian for a UID the reader would have refused.
     */
    public static TransferSyntax forUid(String uid) {
        return known(uid).orElse(EXPLICIT_VR_LITTLE_ENDIAN);
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
