package org.raddeid.server.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.raddeid.batch.table.TextCheck;
import org.raddeid.core.KnownIdentifiers;

/**
 * Reads a request body as one JSON object and its fields, with errors that name the field or the line and column of
 * a syntax error, never a value from the body. Immutable and thread-safe.
 */
public final class RequestJson {

    private final ObjectNode root;

    private RequestJson(ObjectNode root) {
        this.root = root;
    }

    /**
     * Reads at most {@code maxBytes} from {@code body} and parses them as a JSON object whose fields are all in
     * {@code allowed}. Does not close the stream.
     *
     * @throws ApiException 413 when the body is longer, 400 when it is not a JSON object or has unknown fields
     */
    public static RequestJson read(InputStream body, long maxBytes, ObjectMapper mapper, List<String> allowed) {
        byte[] bytes;
        try {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw ApiException.badRequest("could not read the request body (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > maxBytes) {
            throw ApiException.tooLarge(null, "request body is larger than the limit of " + maxBytes + " bytes");
        }
        if (bytes.length == 0) {
            throw ApiException.badRequest("request body is empty; send a JSON object");
        }
        JsonNode node;
        try {
            node = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(bytes);
        } catch (MismatchedInputException e) {
            throw ApiException.badRequest("content after the JSON object; send one JSON object only");
        } catch (JsonEOFException e) {
            throw ApiException.badRequest("malformed JSON: the body ends in the middle of a value");
        } catch (JsonParseException e) {
            throw ApiException.badRequest("malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed JSON (" + e.getClass().getSimpleName() + ")");
        } catch (IOException e) {
            throw ApiException.badRequest("could not read the request body (" + e.getClass().getSimpleName() + ")");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object such as {\"text\": \"…\"}");
        }
        int unknown = 0;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            if (!allowed.contains(it.next())) {
                unknown++;
            }
        }
        if (unknown > 0) {
            // never the name itself: a client may put anything, a patient's name too, in a field name
            throw ApiException.badField(null, unknown + " unknown field(s) in the body; known: "
                    + String.join(", ", allowed));
        }
        return new RequestJson((ObjectNode) node);
    }

    /**
     * Returns the required, non-blank string field {@code name}, at most {@code maxCodePoints} long.
     *
     * @throws ApiException 400 when missing, not a string or blank; 413 when longer than the limit
     */
    public String requiredText(String name, int maxCodePoints) {
        JsonNode v = root.get(name);
        if (v == null || v.isNull()) {
            throw ApiException.badField(name, "field '" + name + "' is required");
        }
        if (!v.isTextual()) {
            throw ApiException.badField(name, "field '" + name + "' must be a string");
        }
        String s = v.textValue();
        if (s.isBlank()) {
            throw ApiException.badField(name, "field '" + name + "' must not be blank");
        }
        int bad = TextCheck.unpairedSurrogate(s);
        if (bad >= 0) {
            throw ApiException.badField(name, "field '" + name + "' holds an unpaired surrogate (not a character) at "
                    + "char offset " + bad);
        }
        int n = s.codePointCount(0, s.length());
        if (n > maxCodePoints) {
            throw ApiException.tooLarge(name, "field '" + name + "' is " + n + " characters, longer than the limit of "
                    + maxCodePoints);
        }
        return s;
    }

    /**
     * Returns the optional string field {@code name}, or null when absent or JSON null.
     *
     * @throws ApiException 400 when it is not a string, is blank or is longer than {@code maxChars}
     */
    public String optionalString(String name, int maxChars) {
        JsonNode v = root.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badField(name, "field '" + name + "' must be a string");
        }
        if (v.textValue().isBlank()) {
            throw ApiException.badField(name, "field '" + name + "' must not be blank");
        }
        if (v.textValue().length() > maxChars) {
            throw ApiException.badField(name, "field '" + name + "' must be at most " + maxChars + " characters");
        }
        return v.textValue();
    }

    /**
     * Returns the optional {@code known} object (see {@link KnownIdentifiersJson}).
     *
     * @throws ApiException 400 naming the offending sub-field
     */
    public KnownIdentifiers known() {
        try {
            return KnownIdentifiersJson.parse(root.get("known"));
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage();
            int a = msg.indexOf('\'');
            int b = a < 0 ? -1 : msg.indexOf('\'', a + 1);
            throw ApiException.badField(b > a ? msg.substring(a + 1, b) : "known", msg);
        }
    }
}
