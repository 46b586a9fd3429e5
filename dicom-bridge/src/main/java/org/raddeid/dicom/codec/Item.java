package org.raddeid.dicom.codec;

import java.util.Objects;

/**
 * One item of a sequence: a nested data set and whether it was encoded with undefined length (ended by an Item
 * Delimitation Item). Holds a mutable {@link DataSet}; not thread-safe.
 *
 * @param dataSet         the item's attributes
 * @param undefinedLength whether the writer encodes the item with undefined length
 */
public record Item(DataSet dataSet, boolean undefinedLength) {

    /** Rejects a null data set. */
    public Item {
        Objects.requireNonNull(dataSet, "dataSet");
    }
}
