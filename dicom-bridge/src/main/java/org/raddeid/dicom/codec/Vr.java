package org.raddeid.dicom.codec;

/**
 * Value Representations of PS3.5 with their explicit-VR header rule. Immutable and thread-safe.
 */
public enum Vr {
    AE(false), AS(false), AT(false), CS(false), DA(false), DS(false), DT(false), FD(false), FL(false), IS(false),
    LO(false), LT(false), OB(true), OD(true), OF(true), OL(true), OV(true), OW(true), PN(false), SH(false),
    SL(false), SQ(true), SS(false), ST(false), SV(true), TM(false), UC(true), UI(false), UL(false), UN(true),
    UR(true), US(false), UT(true), UV(true);

    private final boolean longHeader;

    Vr(boolean longHeader) {
        this.longHeader = longHeader;
    }

    /**
     * Returns whether an explicit-VR header for this VR has two reserved bytes and a 32-bit length (12 bytes in all)
     * rather than a 16-bit length (8 bytes).
     */
    public boolean hasLongHeader() {
        return longHeader;
    }

    /** Returns the VR named by two ASCII bytes, or {@code null} if they name none. */
    public static Vr fromCode(int first, int second) {
        if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
            return null;
        }
        try {
            return valueOf(new String(new char[] {(char) first, (char) second}));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
