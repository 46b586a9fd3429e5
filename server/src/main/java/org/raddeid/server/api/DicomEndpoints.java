package org.raddeid.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.raddeid.dicom.codec.DicomFormatException;
import org.raddeid.dicom.codec.DicomReader;
import org.raddeid.dicom.codec.TextVolume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.PhiType;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.dicom.deid.DicomDeidentifier;
import org.raddeid.dicom.deid.DicomSettings;
import org.raddeid.dicom.deid.FileReport;
import org.raddeid.dicom.deid.ProfileOption;
import org.raddeid.dicom.deid.QuarantineException;
import org.raddeid.dicom.deid.SafePrivate;
import org.raddeid.server.ServerSetup;

/**
 * {@code POST /api/v1/dicom}: one Part 10 file in, the de-identified file out, with the same secret and ensembles as
 * the text routes. What was done travels in the {@value #REPORT_HEADER} header as compact JSON of counts and types,
 * never values. A file that would be quarantined is refused with 422 and the reason. Thread-safe.
 */
public final class DicomEndpoints {

    /** The response header with the JSON summary of the de-identification. */
    public static final String REPORT_HEADER = "X-Raddeid-Report";

    /** The media type in and out. */
    public static final String DICOM = "application/dicom";

    /** The policy when the request names none: names get surrogates and dates shift, as in {@code raddeid dicom}. */
    public static final String DEFAULT_POLICY = "surrogate";

    private final ServerSetup setup;
    private final ObjectMapper mapper;
    private final Deadline deadline;
    private final RequestChoices choices;

    /**
     * One engine per (ensemble, settings), so its text cache serves later requests too (the images of a series come
     * one request each); the cache is keyed by patient, so nothing crosses between patients.
     */
    private final Map<List<Object>, DicomDeidentifier> engines = new java.util.concurrent.ConcurrentHashMap<>();

    /** Creates the endpoint over {@code setup}'s engines and secret; presets are built once here. */
    public DicomEndpoints(ServerSetup setup, ObjectMapper mapper, Deadline deadline) {
        this.setup = setup;
        this.mapper = mapper;
        this.deadline = deadline;
        this.choices = new RequestChoices(setup);
    }

    /** The body of a 422: the file was not released, and why (tags and rules, no values). */
    public record Refusal(int status, String error, String reason) {
    }

    /** De-identifies the posted file and answers with it, or with 415, 413, 400 or 422. */
    public void deidentify(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().strip().toLowerCase(Locale.ROOT);
        if (!type.equals(DICOM) && !type.startsWith(DICOM + ";")) {
            throw new ApiException(415, "Content-Type", "unsupported content type; send application/dicom");
        }
        String ensemble = choices.ensemble(blankAsNull(ctx.queryParam("ensemble")));
        String policyName = blankAsNull(ctx.queryParam("policy"));
        Policy policy = choices.preset(policyName == null ? null : policyName.strip().toLowerCase(Locale.ROOT),
                DEFAULT_POLICY);
        DicomSettings settings = new DicomSettings(options(ctx.queryParam("options")), policy,
                setup.secret().secret(), burnedIn(ctx.queryParam("burned-in")),
                SafePrivate.NONE, true);
        byte[] body = body(ctx);
        Deidentifier text = setup.engines().get(ensemble);
        DicomDeidentifier engine = engines.computeIfAbsent(List.of(ensemble, settings.policy().name(),
                settings.options(), settings.burnedIn()), k -> new DicomDeidentifier(text, settings));
        Object outcome = deadline.run(() -> {
            try {
                checkTextVolume(body);
                return engine.process(body);
            } catch (QuarantineException e) {
                return new Refusal(422, "the file was not de-identified and nothing is returned", e.reason());
            } catch (OutOfMemoryError e) {
                // past the inflation budget's care (other requests took the heap): this file's arrays are gone now
                return new Refusal(422, "the file was not de-identified and nothing is returned",
                        "not enough memory to read this file now");
            }
        });
        if (outcome instanceof Refusal r) {
            ctx.status(422).json(r);
            return;
        }
        DicomDeidentifier.Encoded done = (DicomDeidentifier.Encoded) outcome;
        ctx.header(REPORT_HEADER, summary(ensemble, settings, done.report()));
        ctx.contentType(DICOM).result(done.bytes());
    }

    /**
     * The per-request limits the JSON routes have, for the text of a DICOM file: at most {@code max-text-chars} bytes
     * of text values and {@value Hl7Endpoint#MAX_SEGMENTS} text elements, before any recognizer runs. A file that
     * cannot be read is left to the engine, which quarantines it (422).
     */
    private void checkTextVolume(byte[] body) {
        TextVolume v;
        try {
            v = TextVolume.of(DicomReader.read(body).dataSet());
        } catch (DicomFormatException e) {
            return;
        }
        int max = setup.config().limits().maxTextChars();
        if (v.bytes() > max || v.elements() > Hl7Endpoint.MAX_SEGMENTS) {
            throw ApiException.tooLarge(null, "the file holds " + v.elements() + " text elements of " + v.bytes()
                    + " bytes; the limits are " + Hl7Endpoint.MAX_SEGMENTS + " elements and " + max + " bytes");
        }
    }

    private byte[] body(Context ctx) {
        long max = setup.config().limits().maxBodyBytes();
        byte[] bytes;
        try {
            bytes = ctx.bodyInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > max) {
            throw ApiException.tooLarge(null, "request body is larger than the limit of " + max + " bytes");
        }
        if (bytes.length == 0) {
            throw ApiException.badRequest("empty body; send one DICOM Part 10 file");
        }
        return bytes;
    }

    /** The header's JSON: counts per type and action, flags and leftovers, no value from the file. */
    String summary(String ensemble, DicomSettings settings, FileReport report) {
        ObjectNode root = mapper.createObjectNode();
        root.put("ensemble", ensemble);
        root.put("policy", settings.policy().name());
        ArrayNode options = root.putArray("profileOptions");
        EnumSet<ProfileOption> sorted = EnumSet.noneOf(ProfileOption.class);
        sorted.addAll(settings.options());
        sorted.forEach(o -> options.add(o.cliName()));
        ObjectNode spans = root.putObject("textSpansReplaced");
        report.spans().forEach((t, n) -> spans.put(t.name(), n));
        root.put("undecodableTextRemoved", report.undecodableRemoved());
        ArrayNode flags = root.putArray("flags");
        report.flags().forEach(flags::add);
        Map<PhiType, Integer> leftoverTypes = new java.util.EnumMap<>(PhiType.class);
        report.residual().stream().filter(h -> !h.written()).forEach(h -> leftoverTypes.merge(h.type(), 1,
                Integer::sum));
        root.put("leftovers", report.leftovers());
        ObjectNode byType = root.putObject("leftoversByType");
        leftoverTypes.forEach((t, n) -> byType.put(t.name(), n));
        return root.toString();
    }



    private static Set<ProfileOption> options(String requested) {
        try {
            return ProfileOption.parseList(requested == null || requested.isBlank() ? "default" : requested);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("options", e.getMessage());
        }
    }

    private static DicomSettings.BurnedIn burnedIn(String requested) {
        String v = requested == null || requested.isBlank() ? "quarantine" : requested.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "quarantine" -> DicomSettings.BurnedIn.QUARANTINE;
            case "flag" -> DicomSettings.BurnedIn.FLAG;
            case "strict" -> DicomSettings.BurnedIn.STRICT;
            default -> throw ApiException.badField("burned-in", "must be quarantine, flag or strict");
        };
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
