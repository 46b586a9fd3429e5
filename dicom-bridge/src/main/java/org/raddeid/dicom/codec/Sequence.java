package org.raddeid.dicom.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * The items of an SQ element (or of a UN element holding an implicit-VR sequence), in order. The item list is
 * mutable; not thread-safe.
 *
 * @param items the items, in encoded order
 */
public record Sequence(List<Item> items) {

    /** Copies the given items into a new mutable list. */
    public Sequence {
        items = new ArrayList<>(items);
    }
}
