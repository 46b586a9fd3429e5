package org.raddeid.server.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the snake_case keys raddeid 0.1 wrote into {@code job.json} ({@code rows_failed}, {@code phi_by_type}) under
 * the camelCase names every JSON now uses ({@code rowsFailed}, {@code phiByType}). Only keys shaped like snake_case
 * identifiers change; data keys ({@code NAME}, {@code DATE/shift}) stay. Kept for one release. Stateless.
 */
final class LegacyNames {

    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)+");
    private static final Pattern PART = Pattern.compile("_([a-z0-9])");

    private LegacyNames() {
    }

    /** Returns a copy of {@code node} with every snake_case key renamed; {@code node} is not changed. */
    static JsonNode camelCase(JsonNode node) {
        if (node instanceof ObjectNode o) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(camelCase(e.getKey()), camelCase(e.getValue()));
            }
            return out;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            a.forEach(v -> out.add(camelCase(v)));
            return out;
        }
        return node;
    }

    /** {@code rows_failed} becomes {@code rowsFailed}; any other key is returned as it is. */
    static String camelCase(String key) {
        if (!SNAKE.matcher(key).matches()) {
            return key;
        }
        Matcher m = PART.matcher(key);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, m.group(1).toUpperCase(java.util.Locale.ROOT));
        }
        m.appendTail(b);
        return b.toString();
    }
}
