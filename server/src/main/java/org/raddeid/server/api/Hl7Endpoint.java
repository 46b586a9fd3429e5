package org.raddeid.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.raddeid.core.io.StrictUtf8;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.WorkInterruptedException;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.hl7.FieldMap;
import org.raddeid.hl7.Hl7Deidentifier;
import org.raddeid.hl7.MessageSplitter;
import org.raddeid.hl7.PatientKeyField;
import org.raddeid.server.ServerSetup;

/**
 * {@code POST /api/v1/hl7}: one HL7 v2 message (or a batch) as {@code text/plain} or
 * {@code x-application/hl7-v2+er7} in, the de-identified message(s) out in the same type; query parameters
 * {@code policy} (a preset) and {@code ensemble}. A message that cannot be de-identified makes the whole request a 422
 * naming the message, segment and field, and nothing is returned (fail closed). Thread-safe.
 */
public final class Hl7Endpoint {

    /** The HL7 v2 ER7 media type. */
    public static final String HL7_TYPE = "x-application/hl7-v2+er7";

    /** The most segments (lines) one request may hold. */
    public static final int MAX_SEGMENTS = 20_000;

    private final ServerSetup setup;
    private final Deadline deadline;
    private final RequestChoices choices;

    /** Creates the endpoint over {@code setup}'s engines; presets are built once here. */
    public Hl7Endpoint(ServerSetup setup, Deadline deadline) {
        this.setup = setup;
        this.deadline = deadline;
        this.choices = new RequestChoices(setup);
    }

    /** De-identifies the messages in the body. */
    public void deidentify(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip();
        if (!type.equalsIgnoreCase("text/plain") && !type.equalsIgnoreCase(HL7_TYPE)) {
            throw new ApiException(415, null, "unsupported content type; send text/plain or " + HL7_TYPE);
        }
        byte[] body = ctx.bodyAsBytes();
        String text;
        try {
            text = StrictUtf8.decode(body, 0, body.length);
        } catch (StrictUtf8.MalformedException e) {
            throw ApiException.badRequest("the body is not UTF-8 (byte " + e.byteOffset() + ")");
        }
        checkSize(text);
        List<MessageSplitter.RawMessage> messages = MessageSplitter.split(text).messages();
        if (messages.isEmpty()) {
            throw ApiException.badRequest("no HL7 message in the body");
        }
        Deidentifier recognizers = setup.engines().get(choices.ensemble(ctx.queryParam("ensemble")));
        Policy policy = choices.preset(ctx.queryParam("policy"), setup.config().defaultPolicy());
        Hl7Deidentifier engine = new Hl7Deidentifier(recognizers, new Hl7Deidentifier.Settings(policy,
                setup.secret().secret(), FieldMap.shipped(), PatientKeyField.DEFAULT));
        // One deadline for the whole request; the work stops between messages (and between the engine's steps)
        // once the deadline has passed, instead of holding a worker.
        List<String> out = deadline.run(() -> {
            List<String> done = new ArrayList<>();
            for (MessageSplitter.RawMessage m : messages) {
                WorkInterruptedException.check();
                Hl7Deidentifier.Outcome o = engine.process(m);
                if (!o.ok()) {
                    throw new ApiException(422, null, "message " + m.index() + " not de-identified: "
                            + o.rejection().describe());
                }
                done.add(o.text());
            }
            return done;
        });
        ctx.contentType(type.equalsIgnoreCase(HL7_TYPE) ? HL7_TYPE + "; charset=utf-8" : "text/plain; charset=utf-8")
                .result(String.join("", out));
    }

    /**
     * The per-request limits the JSON routes have, for HL7: at most {@code max-text-chars} characters and
     * {@value #MAX_SEGMENTS} segments, before any work.
     */
    private void checkSize(String text) {
        int max = setup.config().limits().maxTextChars();
        int chars = text.codePointCount(0, text.length());
        if (chars > max) {
            throw ApiException.tooLarge(null, "the body is " + chars + " characters, longer than the limit of " + max);
        }
        long segments = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                segments++;
            }
        }
        if (segments > MAX_SEGMENTS) {
            throw ApiException.tooLarge(null, "the body has more than " + MAX_SEGMENTS + " segments");
        }
    }
}
