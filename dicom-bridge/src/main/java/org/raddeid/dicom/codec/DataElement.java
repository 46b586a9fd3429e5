package org.raddeid.dicom.codec;

import java.util.Arrays;
import java.util.Objects;

/**
 * One attribute: tag, VR and a value that is either raw bytes, a {@link Sequence}, or encapsulated data kept as raw
 * bytes. Raw values are held exactly as encoded in the source transfer syntax (byte order and padding untouched), so a
 * data set written back in the same transfer syntax is byte-exact. Immutable apart from a sequence's items.
 */
public final class DataElement {

    private final Tag tag;
    private final Vr vr;
    private final byte[] value;
    private final Sequence sequence;
    private final boolean undefinedLength;

    private DataElement(Tag tag, Vr vr, byte[] value, Sequence sequence, boolean undefinedLength) {
        this.tag = Objects.requireNonNull(tag, "tag");
        this.vr = Objects.requireNonNull(vr, "vr");
        this.value = value;
        this.sequence = sequence;
        this.undefinedLength = undefinedLength;
    }

    /** Returns an element with a defined-length raw value (copied). */
    public static DataElement ofBytes(Tag tag, Vr vr, byte[] value) {
        return new DataElement(tag, vr, value.clone(), null, false);
    }

    /** Returns a sequence element; {@code undefinedLength} decides whether the writer ends it with a delimiter. */
    public static DataElement ofSequence(Tag tag, Vr vr, Sequence sequence, boolean undefinedLength) {
        return new DataElement(tag, vr, null, Objects.requireNonNull(sequence, "sequence"), undefinedLength);
    }

    /**
     * Returns an encapsulated (undefined-length, non-sequence) element such as compressed pixel data. {@code raw}
     * is everything after the element header up to and including the Sequence Delimitation Item: the Basic Offset
     * Table, the fragments and the delimiter, passed through byte-exact.
     */
    public static DataElement ofEncapsulated(Tag tag, Vr vr, byte[] raw) {
        return new DataElement(tag, vr, raw.clone(), null, true);
    }

    static DataElement wrapBytes(Tag tag, Vr vr, byte[] value) {
        return new DataElement(tag, vr, value, null, false);
    }

    static DataElement wrapEncapsulated(Tag tag, Vr vr, byte[] raw) {
        return new DataElement(tag, vr, raw, null, true);
    }

    /** Returns the tag. */
    public Tag tag() {
        return tag;
    }

    /** Returns the VR (UN where an implicit-VR reader did not know it). */
    public Vr vr() {
        return vr;
    }

    /** Returns whether the element was (and will be) encoded with undefined length. */
    public boolean undefinedLength() {
        return undefinedLength;
    }

    /** Returns whether the value is a sequence of items. */
    public boolean isSequence() {
        return sequence != null;
    }

    /** Returns whether the value is encapsulated raw data (undefined length, not a sequence). */
    public boolean isEncapsulated() {
        return sequence == null && undefinedLength;
    }

    /** Returns the sequence, or {@code null} for a raw or encapsulated value. */
    public Sequence sequence() {
        return sequence;
    }

    /** Returns a copy of the raw value bytes, or {@code null} for a sequence. */
    public byte[] bytes() {
        return value == null ? null : value.clone();
    }

    /** Returns the raw value without copying; callers must not change it. */
    byte[] rawBytes() {
        return value;
    }

    /** Returns the number of raw value bytes, or -1 for a sequence. */
    public int length() {
        return value == null ? -1 : value.length;
    }

    /** Equal when tag, VR, undefined-length flag and value (bytes or items) are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DataElement e && tag.equals(e.tag) && vr == e.vr && undefinedLength == e.undefinedLength
                && Arrays.equals(value, e.value) && Objects.equals(sequence, e.sequence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, vr, undefinedLength, Arrays.hashCode(value), sequence);
    }

    /** Returns tag, VR and length; never the value, which may hold PHI. */
    @Override
    public String toString() {
        return tag + " " + vr + (isSequence() ? " items=" + sequence.items().size() : " length=" + value.length)
                + (undefinedLength ? " undefined-length" : "");
    }
}
