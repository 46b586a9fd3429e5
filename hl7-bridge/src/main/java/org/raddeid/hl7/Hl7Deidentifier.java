package org.raddeid.hl7;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.NoValidation;
import java.util.Objects;
import java.util.regex.Pattern;
import org.raddeid.core.residual.ResidualCheck;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.RecognitionException;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Secret;

/**
 * De-identifies one HL7 v2 message (versions 2.3 to 2.8, any message type): HAPI's {@link PipeParser} without
 * validation, v2.5.1 classes for every version; structured fields by the {@link FieldMap}, each PHI value rewritten by
 * the policy's operator for a span of the field's subtype (so a family name in PID-5 gets the surrogate the text engine
 * gives that name, and a date the same shift) or by the keyed patient pseudonym; the narrative (OBX-5 text, NTE-3 and
 * other text fields) through the {@link Deidentifier} in one pass per message, with the patient's identifiers from PID
 * as known identifiers; embedded documents (OBX-5 of type ED or RP) removed. The output is encoded by HAPI and must
 * parse again. Fails closed: any problem rejects the whole message with a {@link Rejection} that names the place and
 * never quotes content.
 *
 * <p>Thread-safe: each call uses its own HAPI context and parser.
 */
public final class Hl7Deidentifier {


    private static final Pattern VERSION = Pattern.compile("2\\.[345678](\\.\\d{1,2})?");

    /**
     * What the bridge needs besides the text engine.
     *
     * @param policy the rewriting policy
     * @param secret the key of surrogates, shifts and pseudonyms
     * @param fieldMap the field map
     * @param patientKey where the patient key is read
     * @param residualCheck whether the rewritten narrative gets the residual check (leftovers in {@link MessageStats})
     */
    public record Settings(Policy policy, Secret secret, FieldMap fieldMap, PatientKeyField patientKey,
            boolean residualCheck) {
        public Settings {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(fieldMap, "fieldMap");
            Objects.requireNonNull(patientKey, "patientKey");
        }

        /** Settings without the residual check of the narrative (it costs a second pass of the recognizers). */
        public Settings(Policy policy, Secret secret, FieldMap fieldMap, PatientKeyField patientKey) {
            this(policy, secret, fieldMap, patientKey, false);
        }

        /** Returns these settings with the residual check on or off. */
        public Settings withResidualCheck(boolean on) {
            return new Settings(policy, secret, fieldMap, patientKey, on);
        }
    }

    /**
     * The outcome for one message: either its de-identified text and what was done, or why it was rejected.
     *
     * @param text the de-identified message (segments ended by CR), or null when rejected
     * @param stats what was done (empty when rejected)
     * @param rejection why it was rejected, or null
     */
    public record Outcome(String text, MessageStats stats, Rejection rejection) {

        /** Returns true when the message was de-identified. */
        public boolean ok() {
            return rejection == null;
        }

        static Outcome rejected(Rejection r) {
            return new Outcome(null, new MessageStats(), r);
        }
    }

    private final Deidentifier deid;
    private final Settings settings;
    private final ResidualCheck residualCheck;

    /** Creates the bridge over {@code deid} (shared, thread-safe) and {@code settings}. */
    public Hl7Deidentifier(Deidentifier deid, Settings settings) {
        this.deid = Objects.requireNonNull(deid, "deid");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.residualCheck = settings.residualCheck() ? ResidualCheck.secondOpinionOf(deid.ensemble()) : null;
    }

    /** Returns the settings. */
    public Settings settings() {
        return settings;
    }

    /** One parser per thread: a HAPI context costs more to build than a small message costs to parse. */
    private static final ThreadLocal<PipeParser> PARSERS = ThreadLocal.withInitial(Hl7Deidentifier::parser);

    /** Returns a new parser that reads every version with v2.5.1 classes and validates nothing. */
    public static PipeParser parser() {
        HapiContext ctx = new DefaultHapiContext();
        ctx.setValidationContext(new NoValidation());
        ctx.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        return ctx.getPipeParser();
    }

    /** De-identifies one message read by {@link MessageSplitter}; its own rejection, if any, is passed on. */
    public Outcome process(MessageSplitter.RawMessage raw) {
        return raw.rejection() != null ? Outcome.rejected(raw.rejection()) : process(raw.text());
    }

    /**
     * De-identifies {@code message} (segments separated by CR, LF or CRLF). Never throws for bad input: a message that
     * cannot be parsed, rewritten or re-parsed comes back rejected.
     */
    public Outcome process(String message) {
        String text = message.replace("\r\n", "\r").replace('\n', '\r');
        Rejection pre = precheck(text);
        if (pre != null) {
            return Outcome.rejected(pre);
        }
        // HAPI 2.6 knows 2.3 to 2.8.1; a later point release of 2.x (2.8.2) is parsed as its 2.x and keeps its own
        // version in the output
        String version = version(text);
        String known = ca.uhn.hl7v2.Version.supportsVersion(version) ? version : version.substring(0, 3);
        text = withVersion(text, version, known);
        PipeParser parser = PARSERS.get();
        Message msg;
        try {
            msg = parser.parse(text);
        } catch (HL7Exception | RuntimeException e) {
            return Outcome.rejected(parseFailure(e, text));
        }
        MessageRun run;
        try {
            run = new MessageRun(msg, settings, deid, residualCheck);
            run.structured();
            run.narrative();
            run.finalCheck();
        } catch (MessageRun.Rejected r) {
            return Outcome.rejected(r.rejection());
        } catch (RecognitionException e) {
            return Outcome.rejected(Rejection.message("report text not analysed: " + e.getMessage()));
        } catch (HL7Exception | RuntimeException e) {
            return Outcome.rejected(Rejection.message("rewriting failed (" + e.getClass().getSimpleName() + ")"));
        }
        String out;
        try {
            out = run.restoreEmptySegments(parser.encode(msg));
        } catch (HL7Exception | RuntimeException e) {
            return Outcome.rejected(Rejection.message("the de-identified message could not be encoded ("
                    + e.getClass().getSimpleName() + ")"));
        }
        try {
            parser.parse(out);
        } catch (HL7Exception | RuntimeException e) {
            return Outcome.rejected(Rejection.message("the de-identified message does not parse again ("
                    + e.getClass().getSimpleName() + ")"));
        }
        out = withVersion(out, known, version);
        return new Outcome(out.endsWith("\r") ? out : out + "\r", run.stats(), null);
    }

    /** MSH-12's first component (the version) of a message that passed {@link #precheck}. */
    private static String version(String text) {
        int end = text.indexOf('\r');
        String msh = end < 0 ? text : text.substring(0, end);
        String[] f = msh.split(Pattern.quote(String.valueOf(msh.charAt(3))), -1);
        return f[11].split(Pattern.quote(String.valueOf(f[1].charAt(0))), 2)[0].strip();
    }

    /** {@code text} with MSH-12's first component {@code from} replaced by {@code to} (unchanged when equal). */
    private static String withVersion(String text, String from, String to) {
        if (from.equals(to)) {
            return text;
        }
        int end = text.indexOf('\r');
        String msh = end < 0 ? text : text.substring(0, end);
        String sep = String.valueOf(msh.charAt(3));
        String[] f = msh.split(Pattern.quote(sep), -1);
        if (f.length < 12 || !f[11].strip().startsWith(from)) {
            return text;
        }
        f[11] = f[11].replaceFirst(Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        return String.join(sep, f) + (end < 0 ? "" : text.substring(end));
    }

    /** Checks what HAPI would report vaguely: the MSH, its delimiters and the version. */
    private static Rejection precheck(String text) {
        if (!text.startsWith("MSH") || text.length() < 8) {
            return new Rejection(1, null, 0, "the message does not start with an MSH segment");
        }
        char sep = text.charAt(3);
        if (Character.isLetterOrDigit(sep) || sep == '\r') {
            return new Rejection(1, "MSH", 1, "the field separator must be a punctuation character");
        }
        int end = text.indexOf('\r');
        String msh = end < 0 ? text : text.substring(0, end);
        String[] f = msh.split(Pattern.quote(String.valueOf(sep)), -1);
        if (f.length < 12) {
            return new Rejection(1, "MSH", 12, "MSH ends before the version field (MSH-12)");
        }
        String enc = f[1];
        if (enc.length() < 2 || enc.length() > 5 || enc.chars().anyMatch(Character::isLetterOrDigit)) {
            return new Rejection(1, "MSH", 2, "the encoding characters are not 2 to 5 punctuation characters");
        }
        String version = f[11].split(Pattern.quote(String.valueOf(enc.charAt(0))), 2)[0].strip();
        if (!VERSION.matcher(version).matches()) {
            return new Rejection(1, "MSH", 12, "version "
                    + (version.matches("[0-9.]{1,8}") ? version : "(not a version number)")
                    + " is not supported (2.3 to 2.8 are)");
        }
        int i = 0;
        for (String seg : text.split("\r")) {
            i++;
            if (!seg.isEmpty() && !(seg.length() >= 3 && seg.substring(0, 3).matches("[A-Z][A-Z0-9]{2}")
                    && (seg.length() == 3 || seg.charAt(3) == sep))) {
                return new Rejection(i, null, 0, "not a segment (a segment starts with a three-character name and"
                        + " the field separator)");
            }
        }
        return null;
    }

    /** A rejection from a HAPI parse failure: HAPI's message may quote the input, so only its location is used. */
    private static Rejection parseFailure(Exception e, String text) {
        if (e instanceof HL7Exception h && h.getLocation() != null && h.getLocation().getSegmentName() != null) {
            var loc = h.getLocation();
            int idx = 0;
            int i = 0;
            for (String seg : text.split("\r")) {
                i++;
                if (seg.startsWith(loc.getSegmentName())) {
                    idx = i;
                    break;
                }
            }
            return new Rejection(idx, loc.getSegmentName(), Math.max(0, loc.getField()),
                    "HAPI could not parse it (" + e.getClass().getSimpleName() + ")");
        }
        return Rejection.message("HAPI could not parse the message (" + e.getClass().getSimpleName() + ")");
    }
}
