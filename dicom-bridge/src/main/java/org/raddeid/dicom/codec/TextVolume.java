package org.raddeid.dicom.codec;

import java.util.EnumSet;
import java.util.Set;

/**
 * How much text a data set holds for the recognizers: the number of text elements (at any depth) and their bytes.
 * Lets a caller with per-request limits refuse a file before any recognizer runs. Stateless and thread-safe.
 *
 * @param elements text elements (SH, LO, ST, LT, UT, UC, PN), nested ones included
 * @param bytes their value bytes
 */
public record TextVolume(long elements, long bytes) {

    private static final Set<Vr> TEXT = EnumSet.of(Vr.SH, Vr.LO, Vr.ST, Vr.LT, Vr.UT, Vr.UC, Vr.PN);

    /** Counts the text of {@code ds}, nested sequences included. Does not change it. */
    public static TextVolume of(DataSet ds) {
        long[] n = new long[2];
        count(ds, n);
        return new TextVolume(n[0], n[1]);
    }

    private static void count(DataSet ds, long[] n) {
        for (DataElement e : ds.elements()) {
            if (e.isSequence()) {
                for (Item item : e.sequence().items()) {
                    count(item.dataSet(), n);
                }
            } else if (TEXT.contains(e.vr())) {
                n[0]++;
                n[1] += e.length();
            }
        }
    }
}
