package org.raddeid.dicom.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A DICOM file: preamble and file meta information (both absent for a bare data set) and the data set. The data set
 * is encoded in the transfer syntax that (0002,0010) names, or implicit VR little endian without meta information.
 * Holds mutable data sets; not thread-safe.
 */
public final class DicomFile {

    private final byte[] preamble;
    private final DataSet meta;
    private final DataSet dataSet;
    private final boolean deflateTrailer;

    /** A file whose deflated data set (if any) ends with the deflate stream; see the four-argument constructor. */
    public DicomFile(byte[] preamble, DataSet meta, DataSet dataSet) {
        this(preamble, meta, dataSet, false);
    }

    /**
     * @param preamble the 128-byte preamble, or {@code null} for a bare data set (then {@code meta} is null too)
     * @param meta     the group 0002 elements, or {@code null}
     * @param dataSet  the data set
     * @param deflateTrailer whether a deflated data set is followed by a gzip-style trailer (CRC-32 and length of
     *                 the inflated bytes, little endian), as some toolkits write; the writer recomputes it
     */
    public DicomFile(byte[] preamble, DataSet meta, DataSet dataSet, boolean deflateTrailer) {
        if ((preamble == null) != (meta == null)) {
            throw new IllegalArgumentException("preamble and meta must both be present or both absent");
        }
        if (preamble != null && preamble.length != 128) {
            throw new IllegalArgumentException("preamble length must be 128: " + preamble.length);
        }
        this.preamble = preamble == null ? null : preamble.clone();
        this.meta = meta;
        this.dataSet = Objects.requireNonNull(dataSet, "dataSet");
        this.deflateTrailer = deflateTrailer;
    }

    /** Returns whether the deflated data set is followed by a CRC-32 and length trailer. */
    public boolean deflateTrailer() {
        return deflateTrailer;
    }

    /** Returns a copy of the preamble, or {@code null}. */
    public byte[] preamble() {
        return preamble == null ? null : preamble.clone();
    }

    /** Returns the file meta information, or {@code null} for a bare data set. */
    public DataSet meta() {
        return meta;
    }

    /** Returns the data set. */
    public DataSet dataSet() {
        return dataSet;
    }

    /** Returns whether the file has a preamble and file meta information. */
    public boolean hasMeta() {
        return meta != null;
    }

    /** Returns the transfer syntax UID from the meta (trailing NUL and space removed), or implicit VR LE's. */
    public String transferSyntaxUid() {
        if (meta == null) {
            return TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid();
        }
        DataElement e = meta.get(Tag.TRANSFER_SYNTAX_UID);
        return e == null || e.isSequence() ? null : trimUid(e.rawBytes());
    }

    /** Returns how the data set is encoded. */
    public TransferSyntax transferSyntax() {
        return TransferSyntax.forUid(transferSyntaxUid());
    }

    static String trimUid(byte[] raw) {
        int end = raw.length;
        while (end > 0 && (raw[end - 1] == 0 || raw[end - 1] == ' ')) {
            end--;
        }
        return new String(raw, 0, end, StandardCharsets.US_ASCII);
    }

    /** Equal when preamble, meta, data set and trailer flag are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DicomFile f && Arrays.equals(preamble, f.preamble) && Objects.equals(meta, f.meta)
                && dataSet.equals(f.dataSet) && deflateTrailer == f.deflateTrailer;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(preamble), meta, dataSet, deflateTrailer);
    }
}
