package org.raddeid.dicom.deid;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.residual.Residual;
import org.raddeid.dicom.codec.DataDictionary;
import org.raddeid.dicom.codec.DataElement;
import org.raddeid.dicom.codec.DataSet;
import org.raddeid.dicom.codec.Item;
import org.raddeid.dicom.codec.SpecificCharacterSet;
import org.raddeid.dicom.codec.Vr;

/**
 * The residual check of one written data set: every value is scanned again, text through the independent second
 * opinion of {@code org.raddeid.core.residual.ResidualCheck} (the recognizers without thresholds or veto, plus the
 * file's own names and IDs searched again). A hit inside what raddeid wrote is counted as a surrogate found again; a
 * hit in text kept as it was (including the kept part of a cleaned description) is a leftover for a person to review
 * (attribute path, type and code-point offsets, never the text). Used once, by one thread.
 */
final class ResidualCheck {

    /**
     * The file being checked.
     *
     * @param scope its patient key
     * @param known its own identifiers
     * @param report where hits and counts go
     * @param written the attribute paths whose values raddeid wrote
     * @param secondOpinion the file's evidence and where the text engine's replacements stand, for text values
     */
    record File(String scope, KnownIdentifiers known, FileReport report, Set<String> written,
            SecondOpinion secondOpinion) {
    }

    /**
     * What the second opinion needs of the file.
     *
     * @param evidence the file's known identifiers and PHI strings, ready to search
     * @param regions by attribute path, where the text engine's replacements stand in the values it rewrote
     */
    record SecondOpinion(org.raddeid.core.residual.ResidualCheck.Search evidence,
            Map<String, List<org.raddeid.core.residual.ResidualCheck.Region>> regions) {
    }

    private final DicomText text;
    private final KeptAttributes kept;
    private final Set<ProfileOption> options;
    private final String scope;
    private final KnownIdentifiers known;
    private final FileReport report;
    private final Set<String> written;
    private final SecondOpinion secondOpinion;

    ResidualCheck(DicomText text, KeptAttributes kept, Set<ProfileOption> options, File file) {
        this.text = text;
        this.kept = kept;
        this.options = options;
        this.scope = file.scope();
        this.known = file.known();
        this.report = file.report();
        this.written = file.written();
        this.secondOpinion = file.secondOpinion();
    }

    /**
     * Scans every value written, of every VR, at every depth: text through the recognizers and the known
     * identifiers (the documented kept attributes through the known identifiers only), codes, numbers, dates and
     * times through their syntax and the known identifiers (one that fails its syntax as text), UIDs through
     * their syntax; binary values cannot be read and are counted as not scanned.
     */
void scan(DataSet ds, SpecificCharacterSet inherited, String path) {
        SpecificCharacterSet cs = DicomDeidentifier.charsetQuiet(ds, inherited);
        for (DataElement e : ds.elements()) {
            String p = path + DicomDeidentifier.keyword(e.tag());
            if (e.isSequence()) {
                List<Item> items = e.sequence().items();
                for (int i = 0; i < items.size(); i++) {
                    scan(items.get(i).dataSet(), cs, p + "[" + i + "].");
                }
                continue;
            }
            Vr vr = e.vr() == Vr.UN ? DataDictionary.implicitVr(e.tag()) : e.vr();
            if (e.tag().equals(DicomDeidentifier.DEIDENTIFICATION_METHOD) || e.tag().equals(SpecificCharacterSet.TAG)) {
                continue; // raddeid's own values
            }
            boolean isText = SpecificCharacterSet.isText(vr) || vr == Vr.UR;
            String v = vr == Vr.UR ? DicomDeidentifier.ascii(e)
                    : isText && cs != null && cs.decode(e.bytes(), vr) instanceof SpecificCharacterSet.Text d
                    ? DicomDeidentifier.stripPadding(d.value()) : isText || !ValueSyntax.checks(vr) ? null : DicomDeidentifier.ascii(e);
            if (v == null) {
                report.residualNotScanned();
                continue;
            }
            if (vr == Vr.PN) {
                v = v.replace('^', ' ').replace('=', ' ');
            }
            List<PhiSpan> spans;
            if (v.isBlank() || vr == Vr.UI && ValueSyntax.valid(vr, v)) {
                spans = List.of();
                report.residualBySyntax();
            } else if (isText && !kept.keeps(e.tag(), options) || !ValueSyntax.valid(vr, v)) {
                report.residualByRecognizers();
                secondOpinion(p, v, DicomDeidentifier.descriptor(vr) || e.tag().equals(DicomDeidentifier.CODE_MEANING));
                continue;
            } else {
                spans = text.known(v, known);
                report.residualBySyntax();
            }
            for (PhiSpan s : spans) {
                report.residual(new FileReport.ResidualHit(p, s.type(), v.codePointCount(0, s.start()),
                        v.codePointCount(0, s.end()), written.contains(p)));
            }
        }
    }

    /** A text value through the second opinion: a hit inside what raddeid wrote is found again, else a leftover. */
    private void secondOpinion(String path, String v, boolean descriptor) {
        List<org.raddeid.core.residual.ResidualCheck.Region> regions = secondOpinion.regions().containsKey(path)
                ? secondOpinion.regions().get(path) : written.contains(path)
                ? List.of(new org.raddeid.core.residual.ResidualCheck.Region(0, v.length(), true)) : List.of();
        for (Residual r : text.residuals(v, regions, secondOpinion.evidence(), descriptor)) {
            report.residual(new FileReport.ResidualHit(path, r.type(), v.codePointCount(0, r.start()),
                    v.codePointCount(0, r.end()), !r.leftover()));
        }
    }
}
