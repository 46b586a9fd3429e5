package org.raddeid.dicom.codec;

/**
 * A DICOM attribute tag (group, element). Immutable and thread-safe.
 *
 * @param group   the group number, 0..0xFFFF
 * @param element the element number, 0..0xFFFF
 */
public record Tag(int group, int element) implements Comparable<Tag> {

    /** Item (FFFE,E000). */
    public static final Tag ITEM = new Tag(0xFFFE, 0xE000);
    /** Item Delimitation Item (FFFE,E00D). */
    public static final Tag ITEM_DELIMITATION = new Tag(0xFFFE, 0xE00D);
    /** Sequence Delimitation Item (FFFE,E0DD). */
    public static final Tag SEQUENCE_DELIMITATION = new Tag(0xFFFE, 0xE0DD);
    /** File Meta Information Group Length (0002,0000). */
    public static final Tag FILE_META_GROUP_LENGTH = new Tag(0x0002, 0x0000);
    /** Transfer Syntax UID (0002,0010). */
    public static final Tag TRANSFER_SYNTAX_UID = new Tag(0x0002, 0x0010);
    /** Pixel Data (7FE0,0010). */
    public static final Tag PIXEL_DATA = new Tag(0x7FE0, 0x0010);

    /** Rejects a group or element outside 0..0xFFFF, naming the value. */
    public Tag {
        if (group < 0 || group > 0xFFFF) {
            throw new IllegalArgumentException("group out of range: " + group);
        }
        if (element < 0 || element > 0xFFFF) {
            throw new IllegalArgumentException("element out of range: " + element);
        }
    }

    /** Returns the tag with the 32-bit value {@code 0xGGGGEEEE}. */
    public static Tag of(int value) {
        return new Tag(value >>> 16, value & 0xFFFF);
    }

    /** Returns the tag as the 32-bit value {@code 0xGGGGEEEE}. */
    public int value() {
        return group << 16 | element;
    }

    /** Returns whether the tag is private: an odd group other than 0001, 0003, 0005 and 0007. */
    public boolean isPrivate() {
        return (group & 1) == 1 && group > 0x0007;
    }

    /** Returns whether the tag is a private creator, (gggg,0010-00FF) in an odd group. */
    public boolean isPrivateCreator() {
        return isPrivate() && element >= 0x0010 && element <= 0x00FF;
    }

    /** Returns whether the tag is a group length, (gggg,0000). */
    public boolean isGroupLength() {
        return element == 0;
    }

    /** Orders tags by their unsigned 32-bit value, the order of a DICOM data set. */
    @Override
    public int compareTo(Tag other) {
        return Integer.compareUnsigned(value(), other.value());
    }

    /** Returns {@code (gggg,eeee)} in upper-case hex. */
    @Override
    public String toString() {
        return String.format("(%04X,%04X)", group, element);
    }
}
