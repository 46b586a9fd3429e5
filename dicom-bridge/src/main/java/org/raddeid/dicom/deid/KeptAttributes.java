package org.raddeid.dicom.deid;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.raddeid.core.io.ResourceLines;
import org.raddeid.dicom.codec.Tag;

/**
 * The documented list of attributes that hold no PHI and are kept verbatim ({@code kept-attributes.tsv}: device,
 * image and acquisition attributes such as Manufacturer, ManufacturerModelName, SoftwareVersions, Modality, ImageType
 * and the MR and CT acquisition parameters, and a few attributes of the patient modules), and which attributes of the
 * Patient, Patient Study, Visit and Scheduling modules are removed when Table E.1-1 does not list them. None of the
 * list is in the table, whose action always wins. Immutable and thread-safe.
 */
public final class KeptAttributes {

    static final String RESOURCE = "kept-attributes.tsv";

    /**
     * One kept attribute.
     *
     * @param tag its tag
     * @param keyword its PS3.6 keyword
     * @param option the profile option that must be on, or empty when it is always kept
     * @param group what it describes: {@code device}, {@code image}, {@code acquisition} or {@code patient}
     */
    public record Entry(Tag tag, String keyword, Optional<ProfileOption> option, String group) {
    }

    private static final KeptAttributes STANDARD = load();

    private final Map<Tag, Entry> entries;

    private KeptAttributes(Map<Tag, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** Returns the list shipped with raddeid. */
    public static KeptAttributes standard() {
        return STANDARD;
    }

    /** Returns every entry, in no particular order. */
    public Collection<Entry> entries() {
        return entries.values();
    }

    /** Returns true when {@code tag} is kept verbatim under {@code options}. */
    public boolean keeps(Tag tag, Set<ProfileOption> options) {
        Entry e = entries.get(tag);
        return e != null && e.option().map(options::contains).orElse(true);
    }

    /**
     * True for a tag of the Patient and Patient Study modules (group 0010), the Visit modules (0038), Study Scheduling
     * (0032) and the Scheduled Procedure Step, Requested Procedure and Imaging Service Request attributes (0040,0001 to
     * 0040,03FF, 0040,1000 to 0040,14FF, 0040,2000 to 0040,24FF): attributes of these modules that the table does not
     * list are removed unless this list keeps them.
     */
    static boolean inPatientModules(Tag tag) {
        int g = tag.group();
        int e = tag.element();
        return g == 0x0010 || g == 0x0038 || g == 0x0032
                || g == 0x0040 && (e < 0x0400 || e >= 0x1000 && e < 0x1500 || e >= 0x2000 && e < 0x2500);
    }

    private static KeptAttributes load() {
        Map<Tag, Entry> m = new LinkedHashMap<>();
        for (String line : ResourceLines.read(KeptAttributes.class, RESOURCE)) {
            String[] c = line.split("\t");
            Tag tag = c.length == 4 ? ConfidentialityTable.parseTag(c[0]) : null;
            if (tag == null) {
                throw new IllegalStateException(RESOURCE + ": row " + (m.size() + 1) + " is not tag, keyword, when, "
                        + "group");
            }
            Optional<ProfileOption> option = c[2].equals("always") ? Optional.empty()
                    : Optional.of(ProfileOption.parseList(c[2]).iterator().next());
            m.put(tag, new Entry(tag, c[1], option, c[3]));
        }
        return new KeptAttributes(m);
    }
}
