package org.raddeid.llm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a model's reply tolerantly: the JSON may sit in a code fence or after chatter, be followed by trailing text,
 * be a bare array instead of {@code {"entities":[…]}}, or be cut off (a truncated list keeps its complete items).
 * Thread-safe.
 */
final class ReplyParser {

    /**
     * What a reply held.
     *
     * @param quotes the complete entities, in reply order
     * @param truncated true when the list was cut off or an item was malformed (later items are lost)
     */
    record Reply(List<Quote> quotes, boolean truncated) {
    }

    /** The reply held no JSON list of entities at all. The message never contains the reply. */
    static final class UnreadableReplyException extends Exception {
        UnreadableReplyException(String why) {
            super(why);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReplyParser() {
    }

    /**
     * Parses {@code reply}.
     *
     * @throws UnreadableReplyException when no list of entities can be found
     */
    static Reply parse(String reply) throws UnreadableReplyException {
        if (reply == null) {
            throw new UnreadableReplyException("empty reply");
        }
        int from = firstJson(reply);
        if (from < 0) {
            throw new UnreadableReplyException("reply holds no JSON");
        }
        List<Quote> quotes = new ArrayList<>();
        try (JsonParser p = MAPPER.getFactory().createParser(reply.substring(from))) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT && !toEntities(p)) {
                throw new UnreadableReplyException("reply object has no entity list");
            }
            boolean truncated = readItems(p, quotes);
            return new Reply(quotes, truncated);
        } catch (IOException e) {
            if (quotes.isEmpty()) {
                throw new UnreadableReplyException("reply JSON is malformed (" + e.getClass().getSimpleName() + ")");
            }
            return new Reply(quotes, true);
        }
    }

    /** The first '{' or '[' after any code fence opening, or -1. */
    private static int firstJson(String reply) {
        int fence = reply.indexOf("```");
        int searchFrom = 0;
        if (fence >= 0) {
            int lineEnd = reply.indexOf('\n', fence);
            searchFrom = lineEnd < 0 ? fence + 3 : lineEnd + 1;
        }
        int brace = reply.indexOf('{', searchFrom);
        int bracket = reply.indexOf('[', searchFrom);
        if (brace < 0 || bracket < 0) {
            return Math.max(brace, bracket);
        }
        return Math.min(brace, bracket);
    }

    /** Moves the parser, inside an object, to the start of its {@code entities} array (or its first array). */
    private static boolean toEntities(JsonParser p) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_ARRAY) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    /** Reads objects up to the array's end; returns true when the list was cut off or an item was malformed. */
    private static boolean readItems(JsonParser p, List<Quote> out) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return true;
        }
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                return true;
            }
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            JsonNode item = MAPPER.readTree(p);
            JsonNode text = item.get("text");
            if (text != null && text.isTextual() && !text.asText().isBlank()) {
                JsonNode label = item.get("label");
                JsonNode context = item.get("context");
                out.add(new Quote(text.asText(), label == null ? "" : label.asText(""),
                        context == null ? "" : context.asText("")));
            }
        }
        return false;
    }
}
