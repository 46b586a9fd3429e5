package org.raddeid.corpora.format;

import java.util.List;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.LabelledDocument;

/** Documents shared by the format tests. */
final class Samples {

    /** The text of the hand-written fixtures: an astral emoji before the patient name shifts char offsets by one. */
    static final String FIXTURE_TEXT = "Seen by Dr. Ann Lee on 2067-05-03.\nPt \uD83D\uDE00 Zoë Ortiz, age 91.";

    static final Annotation DOCTOR = Annotation.of(12, 19, PhiSubtype.DOCTOR);
    static final Annotation DATE = Annotation.of(23, 33, PhiSubtype.DATE);
    static final Annotation PATIENT = new Annotation(41, 50, PhiType.NAME, PhiSubtype.PATIENT, "HISPANIC");
    static final Annotation AGE = Annotation.of(56, 58, PhiSubtype.AGE);

    private Samples() {
    }

    /** Documents that every writable format must give back unchanged (origins aside where a format drops them). */
    static List<LabelledDocument> roundTripDocuments() {
        String astral = "Pt \uD83D\uDE00 John Smith seen \uD835\uDC9C 2021-01-02";
        String crlf = "Name: Ann Lee\r\nAddress: 1 Main St\r\nBoston\r\n";
        String xml = "a ]]> b ]]]> & <tag> \"q\" 'x' Dr. O'Neil & Co <![CDATA[ end";
        return List.of(
                new LabelledDocument("1-1", astral, List.of(
                        new Annotation(6, 16, PhiType.NAME, PhiSubtype.PATIENT, "HISPANIC"),
                        Annotation.of(25, 35, PhiSubtype.DATE))),
                new LabelledDocument("1-2", crlf, List.of(
                        Annotation.of(6, 13, PhiSubtype.PATIENT),
                        Annotation.of(24, 41, PhiSubtype.STREET))),
                new LabelledDocument("2-1", xml, List.of(
                        new Annotation(33, 39, PhiType.NAME, PhiSubtype.DOCTOR, "IRISH"),
                        new Annotation(2, 5, PhiType.ID, null, null),
                        new Annotation(15, 20, PhiType.LOCATION, PhiSubtype.LOCATION_OTHER, null))),
                new LabelledDocument("2-2", "", List.of()),
                new LabelledDocument("3-1", "Nothing to see.\n", List.of()),
                new LabelledDocument("3-2", "Seen by Ann", List.of(new Annotation(8, 11, PhiType.NAME, null, null))));
    }

    /** Returns the documents with every origin removed. */
    static List<LabelledDocument> withoutOrigins(List<LabelledDocument> docs) {
        return docs.stream().map(d -> new LabelledDocument(d.id(), d.text(), d.annotations().stream()
                .map(a -> new Annotation(a.start(), a.end(), a.type(), a.subtype(), null)).toList())).toList();
    }
}
