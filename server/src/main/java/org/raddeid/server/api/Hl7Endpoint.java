package org.raddeid.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.raddeid.core.io.StrictUtf8;
import org.raddeid.core.Deidentifier;
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
        List<MessageSplitter.RawMessage> messages = MessageSplitter.split(text).messages();
        if (messages.isEmpty()) {
            throw ApiException.badRequest("no HL7 message in the body");
        }
        Deidentifier recognizers = setup.engines().get(choices.ensemble(ctx.queryParam("ensemble")));
        Policy policy = choices.preset(ctx.queryParam("policy"), setup.config().defaultPolicy());
        Hl7Deidentifier engine = new Hl7Deidentifier(recognizers, new Hl7Deidentifier.Settings(policy,
                setup.secret().secret(), FieldMap.shipped(), PatientKeyField.DEFAULT));
        List<String> out = new ArrayList<>();
        for (MessageSplitter.RawMessage m : messages) {
            Hl7Deidentifier.Outcome o = deadline.run(() -> engine.process(m));
            if (!o.ok()) {
                throw new ApiException(422, null, "message " + m.index() + " not de-identified: "
                        + o.rejection().describe());
            }
            out.add(o.text());
        }
        ctx.contentType(type.equalsIgnoreCase(HL7_TYPE) ? HL7_TYPE + "; charset=utf-8" : "text/plain; charset=utf-8")
                .result(String.join("", out));
    }


}
