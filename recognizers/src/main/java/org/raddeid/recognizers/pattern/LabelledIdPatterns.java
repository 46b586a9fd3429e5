package org.raddeid.recognizers.pattern;

import java.util.ArrayList;
import java.util.List;
import org.raddeid.core.PhiSubtype;

/**
 * Identifiers introduced by a label, in running text or in a header line: medical record ({@code MRN: 12345678},
 * {@code Medical Record #}), accession ({@code Acc#}, {@code Accession No.}), account, member/health plan, licence
 * (with NPI and DEA labels), device serial ({@code Serial No.}, {@code S/N}) and vehicle plate. The span covers the
 * value only, never the label.
 *
 * <p>Strong labels ({@code MRN}, {@code Accession}) may be followed by the value after mere white space; weak,
 * ambiguous labels ({@code ID}, {@code Plate}, {@code Lot}) need a {@code :}, {@code #}, {@code No.} or {@code is}
 * before the value, and the value needs two digits. A value always holds at least one digit.
 */
public final class LabelledIdPatterns {

    private LabelledIdPatterns() {
    }

    /** Dots or underscores leading a fixed-width label to its value ({@code MRN.........: 123}). */
    private static final String LEADER = "(?:[._]{2,}\\s*)?";
    private static final String NUM = "(?:#|no\\.?|nos?\\.?|num(?:ber)?\\.?|nbr\\.?|id\\.?)";
    /** White space, an optional number word and an optional {@code is}, then an optional separator. */
    private static final String STRONG_JOIN = "\\s*" + NUM + "?\\s*" + LEADER + "(?:(?:is|was)\\s+)?[:#=]?\\s*"
            + "(?:[a-z]{2,4}\\s+(?=[a-z]*\\d))?";
    /** A separator, a number word, or {@code is}, which a weak label needs. */
    private static final String WEAK_JOIN = "(?:\\s*" + NUM + "\\s*" + LEADER + "[:=]?|\\s*" + LEADER
            + "[:=]|\\s+(?:is|was)\\s*[:=]?)\\s*";
    /** The value: starts and ends alphanumeric, may hold single {@code - / .} between, 3-30 chars. */
    private static final String VALUE = "(?<v>[a-z0-9](?:[a-z0-9]|[-/.](?=[a-z0-9])){2,29})(?![a-z0-9]|[-/.][a-z0-9])";

    /** Returns the labelled-identifier definitions. */
    public static List<PatternDefinition> definitions() {
        List<PatternDefinition> out = new ArrayList<>();
        add(out, "mrn", PhiSubtype.MEDICALRECORD, List.of("mr", "med", "patient", "pt", "hospital", "unit", "chart", "record"),
                "mrn|mr\\s*#|med(?:ical)?\\.?\\s*rec(?:ord)?s?\\.?|patient\\s*(?:id|identifier)|pt\\.?\\s*id"
                        + "|hospital\\s*(?:number|no\\.?)|unit\\s*(?:number|no\\.?)|chart\\s*(?:number|no\\.?|#)",
                "mr|chart|record");
        add(out, "accession", PhiSubtype.ACCESSION, List.of("acc"),
                "accession|acc\\s*#|acc\\.?\\s*no\\.?|accn\\s*#?",
                "acc|accn");
        add(out, "account", PhiSubtype.ACCOUNT, List.of("acc", "encounter", "visit", "billing", "fin", "csn", "har"),
                "account|acct\\.?|encounter\\s*(?:id|number|no\\.?|#)|visit\\s*(?:id|number|no\\.?|#)"
                        + "|billing\\s*(?:id|number|no\\.?|#)|fin\\s*#",
                "fin|csn|har|encounter|visit");
        add(out, "health-plan", PhiSubtype.HEALTHPLAN, List.of("member", "plan", "insurance", "policy", "subscriber", "beneficiary", "medica", "mbi", "group"),
                "member\\s*(?:id|number|no\\.?|#)|health\\s*plan(?:\\s*(?:id|number|no\\.?|#))?"
                        + "|insurance\\s*(?:id|number|no\\.?|#)|policy\\s*(?:id|number|no\\.?|#)"
                        + "|subscriber\\s*(?:id|number|no\\.?|#)|beneficiary\\s*(?:id|number|no\\.?|#)"
                        + "|medicaid(?:\\s*(?:id|number|no\\.?|#))?|medicare(?:\\s*(?:id|number|no\\.?|#))?|mbi"
                        + "|group\\s*(?:number|no\\.?|#)",
                "member|policy|plan|insurance|group");
        add(out, "license", PhiSubtype.LICENSE, List.of("lic", "npi", "dea", "upin", "cert"),
                "licen[cs]e|npi|dea|upin|certificate|lic\\s*#",
                "lic|cert");
        add(out, "device", PhiSubtype.DEVICE, List.of("serial", "s/n", "device", "implant", "model", "lot", "udi", "sn"),
                "serial|s/n|device\\s*(?:id|serial|number|no\\.?|#)|implant\\s*(?:id|serial|number|no\\.?|#)"
                        + "|model\\s*(?:number|no\\.?|#)|lot\\s*(?:number|no\\.?|#)|udi",
                "sn|model|lot|device|implant");
        add(out, "vehicle", PhiSubtype.VEHICLE, List.of("plate", "vin", "vehicle", "tag"),
                "(?:licen[cs]e|vehicle|car|registration)\\s*plate|plate\\s*(?:number|no\\.?|#)"
                        + "|plate(?=\\s+[a-z0-9]*[a-z][a-z0-9]*\\d[a-z0-9]*(?![a-z0-9]))|vin|vehicle\\s*(?:id|identification\\s*number"
                        + "|number|no\\.?|#)|tag\\s*(?:number|no\\.?|#)",
                "plate|tag|vehicle");
        add(out, "identifier", PhiSubtype.IDNUM, List.of("id", "ref", "order", "requisition", "specimen", "case", "exam", "study"),
                "identifier|id\\s*(?:number|no\\.?|#)|study\\s*(?:id|number|no\\.?|#)"
                        + "|requisition(?:\\s*(?:id|number|no\\.?|#))?|order\\s*(?:id|number|no\\.?|#)"
                        + "|specimen\\s*(?:id|number|no\\.?|#)|exam\\s*(?:id|number|no\\.?|#)",
                "id|ref|reference|order|requisition|specimen|case");
        return List.copyOf(out);
    }

    /**
     * Adds the strong- and weak-label definitions of one subtype. {@code keywords} are lower-case stems of which every
     * label contains one; the patterns run only on texts holding one of them.
     */
    private static void add(List<PatternDefinition> out, String name, PhiSubtype subtype, List<String> keywords,
            String strong, String weak) {
        String[] k = keywords.toArray(String[]::new);
        out.add(PatternDefinition.builder("id-" + name, subtype,
                        "(?<![a-z0-9])(?:" + strong + ")(?![a-z])" + STRONG_JOIN + VALUE)
                .caseInsensitive().score(0.85).validator(IdChecks.LABELLED_VALUE).keywords(k).build());
        out.add(PatternDefinition.builder("id-" + name + "-weak", subtype,
                        "(?<![a-z0-9])(?:" + weak + ")(?![a-z])" + WEAK_JOIN + VALUE)
                .caseInsensitive().score(0.7).validator(IdChecks.WEAK_LABELLED_VALUE).keywords(k).build());
    }
}
