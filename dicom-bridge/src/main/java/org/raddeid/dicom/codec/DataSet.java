package org.raddeid.dicom.codec;

import java.util.Collection;
import java.util.Collections;
import java.util.TreeMap;

/**
 * Attributes ordered by tag, as DICOM requires. Mutable; not thread-safe.
 */
public final class DataSet {

    private final TreeMap<Tag, DataElement> elements = new TreeMap<>();

    /** Adds or replaces the element with the same tag; returns the element it replaced, or {@code null}. */
    public DataElement put(DataElement element) {
        return elements.put(element.tag(), element);
    }

    /** Returns the element with this tag, or {@code null}. */
    public DataElement get(Tag tag) {
        return elements.get(tag);
    }

    /** Removes and returns the element with this tag, or {@code null}. */
    public DataElement remove(Tag tag) {
        return elements.remove(tag);
    }

    /** Returns whether an element with this tag is present. */
    public boolean contains(Tag tag) {
        return elements.containsKey(tag);
    }

    /** Returns an unmodifiable live view of the elements in tag order. */
    public Collection<DataElement> elements() {
        return Collections.unmodifiableCollection(elements.values());
    }

    /** Returns the number of top-level elements. */
    public int size() {
        return elements.size();
    }

    /** Equal when both hold equal elements. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DataSet d && elements.equals(d.elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }

    /** Returns the element count; never values. */
    @Override
    public String toString() {
        return "DataSet[" + elements.size() + " elements]";
    }
}
