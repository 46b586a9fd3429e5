package org.raddeid.corpora.format;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

/**
 * The PHI categories of the PhysioNet deid gold standard ({@code id-phi.phrase}) and our labels for them.
 *
 * <p>Read: {@code PTName} and {@code PTNameInitial} to NAME/PATIENT, {@code HCPName} to NAME/DOCTOR,
 * {@code RelativeProxyName} and {@code ProxyName} to NAME/RELATIVE, {@code Location} to LOCATION (no subtype: it mixes
 * hospitals, wards, towns and streets), {@code Date} and {@code DateYear} to DATE/DATE, {@code Phone} to CONTACT/PHONE,
 * {@code Age} to AGE/AGE, {@code Other} to ID (no subtype: other identifying numbers). Any of our subtype or type names is
 * also accepted (see {@link PhiLabel}), so corpora we write with labels PhysioNet lacks read back unchanged.
 *
 * <p>Write: the PhysioNet category when one maps back exactly, otherwise our label.
 */
final class PhysionetCategories {

    private static final Map<String, PhiLabel> READ = Map.ofEntries(
            Map.entry("ptname", new PhiLabel(PhiType.NAME, PhiSubtype.PATIENT)),
            Map.entry("ptnameinitial", new PhiLabel(PhiType.NAME, PhiSubtype.PATIENT)),
            Map.entry("hcpname", new PhiLabel(PhiType.NAME, PhiSubtype.DOCTOR)),
            Map.entry("relativeproxyname", new PhiLabel(PhiType.NAME, PhiSubtype.RELATIVE)),
            Map.entry("proxyname", new PhiLabel(PhiType.NAME, PhiSubtype.RELATIVE)),
            Map.entry("location", new PhiLabel(PhiType.LOCATION, null)),
            Map.entry("date", new PhiLabel(PhiType.DATE, PhiSubtype.DATE)),
            Map.entry("dateyear", new PhiLabel(PhiType.DATE, PhiSubtype.DATE)),
            Map.entry("phone", new PhiLabel(PhiType.CONTACT, PhiSubtype.PHONE)),
            Map.entry("age", new PhiLabel(PhiType.AGE, PhiSubtype.AGE)),
            Map.entry("other", new PhiLabel(PhiType.ID, null)));

    private static final Map<PhiLabel, String> WRITE = Map.of(
            new PhiLabel(PhiType.NAME, PhiSubtype.PATIENT), "PTName",
            new PhiLabel(PhiType.NAME, PhiSubtype.DOCTOR), "HCPName",
            new PhiLabel(PhiType.NAME, PhiSubtype.RELATIVE), "RelativeProxyName",
            new PhiLabel(PhiType.LOCATION, null), "Location",
            new PhiLabel(PhiType.DATE, PhiSubtype.DATE), "Date",
            new PhiLabel(PhiType.CONTACT, PhiSubtype.PHONE), "Phone",
            new PhiLabel(PhiType.AGE, PhiSubtype.AGE), "Age",
            new PhiLabel(PhiType.ID, null), "Other");

    private PhysionetCategories() {
    }

    /** Returns the label of a category, PhysioNet names first (case-insensitive), then ours; empty when unknown. */
    static Optional<PhiLabel> parse(String category) {
        PhiLabel known = READ.get(category.toLowerCase(Locale.ROOT));
        return known != null ? Optional.of(known) : PhiLabel.parse(category);
    }

    /** Returns the category to write for a label. */
    static String name(PhiLabel label) {
        return WRITE.getOrDefault(label, label.text());
    }
}
