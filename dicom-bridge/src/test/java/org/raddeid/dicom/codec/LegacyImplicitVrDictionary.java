package org.raddeid.dicom.codec;

import java.util.Map;

/**
 * The small hand-made table the implicit VR reader used before {@link DataDictionary}, kept so that a test can read
 * every sample both ways and show nothing but VRs changed. Its original description: the VRs the implicit-VR reader
 * needs to know: group lengths, the text attributes that de-identification reads first,
 * pixel data and the common sequences. Anything else reads as UN (the reader still recognises a defined-length value
 * that parses as items). The full PS3.6 dictionary is a later part of issue 7. Thread-safe.
 */
final class LegacyImplicitVrDictionary {

    private static final Map<Integer, Vr> VRS = Map.ofEntries(
            Map.entry(0x00080005, Vr.CS), Map.entry(0x00080008, Vr.CS), Map.entry(0x00080016, Vr.UI),
            Map.entry(0x00080018, Vr.UI), Map.entry(0x00080020, Vr.DA), Map.entry(0x00080030, Vr.TM),
            Map.entry(0x00080050, Vr.SH), Map.entry(0x00080060, Vr.CS), Map.entry(0x00080080, Vr.LO),
            Map.entry(0x00080090, Vr.PN), Map.entry(0x00081030, Vr.LO), Map.entry(0x0008103E, Vr.LO),
            Map.entry(0x00081110, Vr.SQ), Map.entry(0x00081111, Vr.SQ), Map.entry(0x00081115, Vr.SQ),
            Map.entry(0x00081140, Vr.SQ), Map.entry(0x00081155, Vr.UI), Map.entry(0x00081150, Vr.UI),
            Map.entry(0x00100010, Vr.PN), Map.entry(0x00100020, Vr.LO), Map.entry(0x00100030, Vr.DA),
            Map.entry(0x00100040, Vr.CS), Map.entry(0x0020000D, Vr.UI), Map.entry(0x0020000E, Vr.UI),
            Map.entry(0x00400275, Vr.SQ), Map.entry(0x0040A043, Vr.SQ), Map.entry(0x0040A160, Vr.UT),
            Map.entry(0x0040A168, Vr.SQ), Map.entry(0x0040A730, Vr.SQ), Map.entry(0x30060010, Vr.SQ),
            Map.entry(0x30060020, Vr.SQ), Map.entry(0x30060039, Vr.SQ), Map.entry(0x30060040, Vr.SQ),
            Map.entry(0x300A0010, Vr.SQ), Map.entry(0x300A0070, Vr.SQ), Map.entry(0x300A00B0, Vr.SQ),
            Map.entry(0x7FE00010, Vr.OW));

    private LegacyImplicitVrDictionary() {
    }

    /** Returns the VR for a tag: UL for group lengths, a known VR, else UN. */
    static Vr vrOf(Tag tag) {
        if (tag.isGroupLength()) {
            return Vr.UL;
        }
        if (tag.isPrivateCreator()) {
            return Vr.LO;
        }
        return VRS.getOrDefault(tag.value(), Vr.UN);
    }
}
