package org.raddeid.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Composite;
import ca.uhn.hl7v2.model.ExtraComponents;
import ca.uhn.hl7v2.model.Primitive;
import ca.uhn.hl7v2.model.Type;
import ca.uhn.hl7v2.model.Varies;

/**
 * Walks the leaves (primitive values) of one HAPI field repetition with their component and subcomponent numbers,
 * including the components HAPI keeps as "extra" when a message has more than its data type defines (later HL7
 * versions parsed with v2.5.1 classes). Stateless.
 */
final class Leaves {

    /** Receives one leaf. */
    @FunctionalInterface
    interface Visitor {
        void leaf(Primitive value, int component, int subcomponent) throws HL7Exception;
    }

    private Leaves() {
    }

    /** Visits every leaf of {@code field} in order. */
    static void visit(Type field, Visitor v) throws HL7Exception {
        Type t = unwrap(field);
        int n;
        if (t instanceof Primitive p) {
            v.leaf(p, 1, 1);
            n = 1;
        } else if (t instanceof Composite c) {
            Type[] comps = c.getComponents();
            for (int i = 0; i < comps.length; i++) {
                component(comps[i], i + 1, v);
            }
            n = comps.length;
        } else {
            n = 0;
        }
        ExtraComponents extra = t.getExtraComponents();
        for (int i = 0; i < extra.numComponents(); i++) {
            component(extra.getComponent(i), n + i + 1, v);
        }
    }

    private static void component(Type comp, int index, Visitor v) throws HL7Exception {
        int[] sub = {0};
        flatten(comp, index, sub, v);
    }

    /** Every primitive under a component counts as one subcomponent, in order (ER7 has no deeper level). */
    private static void flatten(Type t0, int index, int[] sub, Visitor v) throws HL7Exception {
        Type t = unwrap(t0);
        if (t instanceof Primitive p) {
            v.leaf(p, index, ++sub[0]);
        } else if (t instanceof Composite c) {
            for (Type x : c.getComponents()) {
                flatten(x, index, sub, v);
            }
        }
        ExtraComponents extra = t.getExtraComponents();
        for (int i = 0; i < extra.numComponents(); i++) {
            flatten(extra.getComponent(i), index, sub, v);
        }
    }

    private static Type unwrap(Type t) {
        Type x = t;
        while (x instanceof Varies v) {
            x = v.getData();
        }
        return x;
    }
}
