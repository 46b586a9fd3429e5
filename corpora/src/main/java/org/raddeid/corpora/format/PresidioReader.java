package org.raddeid.corpora.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.CorpusReader;
import org.raddeid.corpora.LabelledDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the Presidio research synthetic data set ({@code synth_dataset_v2.json}): a JSON array of
 * {@code {"full_text", "spans":[{"entity_type","entity_value","start_position","end_position"}]}}, offsets being Python
 * string indices (code points), end exclusive. Document ids are {@code presidio-0001}, {@code presidio-0002}, ... in
 * array order. Read only: there is no writer.
 *
 * <p>Entity types map as follows. PERSON to NAME (no subtype: the data does not say patient or doctor); STREET_ADDRESS
 * to LOCATION/STREET (whole multi-line addresses); GPE to LOCATION with no subtype, because its values mix countries,
 * cities, regions and state codes; ORGANIZATION to LOCATION/ORGANIZATION; DATE_TIME to DATE/DATE; PHONE_NUMBER to
 * CONTACT/PHONE; EMAIL_ADDRESS to CONTACT/EMAIL; DOMAIN_NAME (full URLs in this data) to CONTACT/URL; IP_ADDRESS to
 * CONTACT/IPADDR; US_SSN to ID/SSN; US_DRIVER_LICENSE to ID/LICENSE; CREDIT_CARD and IBAN_CODE to ID/ACCOUNT; ZIP_CODE to
 * LOCATION/ZIP; AGE to AGE/AGE (kept although HIPAA counts only ages of 90 and over as PHI; this file has none that
 * high). TITLE holds honorifics (Mr., Mrs., Dr., Ms., Miss) and job titles: honorifics are not PHI and are dropped, job
 * titles become PROFESSION/PROFESSION. NRP (nationality, religion, political group) is not PHI under HIPAA and is
 * dropped. Dropped spans are counted per entity type ({@link #readCounting}); an entity type not listed here is reported
 * as a problem and the document skipped.
 *
 * <p>A span whose {@code entity_value} differs from the text at its offsets, or bad offsets, skip the document with a
 * problem. Stateless and thread-safe.
 */
public final class PresidioReader implements CorpusReader {

    private static final Logger LOG = LoggerFactory.getLogger(PresidioReader.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern HONORIFIC =
            Pattern.compile("(?i)(mr|mrs|ms|miss|mx|dr|prof|sir|madam|rev)\\.?");
    private static final Map<String, PhiLabel> MAPPING = Map.ofEntries(
            Map.entry("PERSON", new PhiLabel(PhiType.NAME, null)),
            Map.entry("STREET_ADDRESS", label(PhiSubtype.STREET)),
            Map.entry("GPE", new PhiLabel(PhiType.LOCATION, null)),
            Map.entry("ORGANIZATION", label(PhiSubtype.ORGANIZATION)),
            Map.entry("DATE_TIME", label(PhiSubtype.DATE)),
            Map.entry("PHONE_NUMBER", label(PhiSubtype.PHONE)),
            Map.entry("EMAIL_ADDRESS", label(PhiSubtype.EMAIL)),
            Map.entry("DOMAIN_NAME", label(PhiSubtype.URL)),
            Map.entry("IP_ADDRESS", label(PhiSubtype.IPADDR)),
            Map.entry("US_SSN", label(PhiSubtype.SSN)),
            Map.entry("US_DRIVER_LICENSE", label(PhiSubtype.LICENSE)),
            Map.entry("CREDIT_CARD", label(PhiSubtype.ACCOUNT)),
            Map.entry("IBAN_CODE", label(PhiSubtype.ACCOUNT)),
            Map.entry("ZIP_CODE", label(PhiSubtype.ZIP)),
            Map.entry("AGE", label(PhiSubtype.AGE)),
            Map.entry("TITLE", label(PhiSubtype.PROFESSION)));

    /**
     * The result of a read with the spans left out on purpose.
     *
     * @param corpus the documents and problems
     * @param droppedByEntityType how many spans of each Presidio entity type were dropped as not PHI, sorted by type
     */
    public record Reading(Corpus corpus, Map<String, Integer> droppedByEntityType) {
        public Reading {
            droppedByEntityType = Map.copyOf(droppedByEntityType);
        }
    }

    /** Reads the file; see {@link #readCounting}. Input files are not changed. */
    @Override
    public Corpus read(Path path) throws IOException {
        return readCounting(path).corpus();
    }

    /**
     * Reads the file and counts the dropped spans.
     *
     * @return the documents, problems and counts of dropped spans
     * @throws IOException when the file cannot be read
     */
    public Reading readCounting(Path path) throws IOException {
        CorpusCollector out = new CorpusCollector();
        Map<String, Integer> dropped = new TreeMap<>();
        String source = CorpusFiles.name(path);
        JsonNode root;
        try {
            root = JSON.readTree(StrictUtf8.read(path));
        } catch (StrictUtf8.InvalidUtf8Exception e) {
            out.problem(e.problem());
            return new Reading(out.build(), dropped);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            out.problem(source, line, "malformed JSON at column " + column);
            return new Reading(out.build(), dropped);
        }
        if (root == null || !root.isArray()) {
            out.problem(source, 0, "the file is not a JSON array");
            return new Reading(out.build(), dropped);
        }
        for (int i = 0; i < root.size(); i++) {
            String id = String.format(Locale.ROOT, "presidio-%04d", i + 1);
            Map<String, Integer> droppedHere = new TreeMap<>();
            try {
                out.document(toDocument(id, root.get(i), droppedHere), source, 0);
                droppedHere.forEach((k, v) -> dropped.merge(k, v, Integer::sum));
            } catch (BadDocumentException e) {
                out.problem(source, 0, "record " + i + " (" + id + ") skipped: " + e.getMessage());
            }
        }
        LOG.debug("read {} Presidio records, dropped spans {}", root.size(), dropped);
        return new Reading(out.build(), dropped);
    }

    private static LabelledDocument toDocument(String id, JsonNode node, Map<String, Integer> dropped)
            throws BadDocumentException {
        JsonNode text = node.get("full_text");
        JsonNode spans = node.get("spans");
        if (text == null || !text.isTextual()) {
            throw new BadDocumentException("missing or non-string field 'full_text'");
        }
        if (spans == null || !spans.isArray()) {
            throw new BadDocumentException("missing or non-array field 'spans'");
        }
        SpanAnchor anchor = new SpanAnchor(text.asText());
        List<Annotation> annotations = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            JsonNode span = spans.get(k);
            String type = span.path("entity_type").asText("");
            String value = span.path("entity_value").isTextual() ? span.get("entity_value").asText() : null;
            Optional<PhiLabel> label = labelFor(type, value);
            if (label.isEmpty()) {
                if (!"NRP".equals(type) && !"TITLE".equals(type)) {
                    throw new BadDocumentException("span " + k + ": unknown entity type " + PhiLabel.quoteSafely(type));
                }
                dropped.merge(type, 1, Integer::sum);
                continue;
            }
            JsonNode start = span.get("start_position");
            JsonNode end = span.get("end_position");
            if (start == null || !start.canConvertToInt() || end == null || !end.canConvertToInt()) {
                throw new BadDocumentException("span " + k + ": missing or non-integer offsets");
            }
            try {
                annotations.add(anchor.anchor(start.intValue(), end.intValue(), label.get(), null, value));
            } catch (SpanAnchor.BadSpanException e) {
                throw new BadDocumentException("span " + k + ": " + e.getMessage());
            }
        }
        return new LabelledDocument(id, text.asText(), annotations);
    }

    private static Optional<PhiLabel> labelFor(String entityType, String value) {
        if ("NRP".equals(entityType)) {
            return Optional.empty();
        }
        if ("TITLE".equals(entityType) && value != null && HONORIFIC.matcher(value.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(MAPPING.get(entityType));
    }

    private static PhiLabel label(PhiSubtype s) {
        return new PhiLabel(s.type(), s);
    }
}
