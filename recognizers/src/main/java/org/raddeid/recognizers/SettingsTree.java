package org.raddeid.recognizers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raddeid.core.io.StrictUtf8;

/**
 * Reads a small YAML or JSON settings file (a policy file, the server's config) into a tree whose every value knows
 * its line, so that whoever validates it can say exactly where a mistake is. Messages name the source and the line,
 * never more of the file than a key. Stateless and thread-safe.
 */
public final class SettingsTree {

    private SettingsTree() {
    }

    /**
     * A parsed value with the line it starts on: a {@code Map<String, Node>} (in file order), a {@code List<Node>}, a
     * {@code Long} for whole numbers, a {@code String} for anything else, or null.
     */
    public record Node(Object value, int line) {
        /** Returns the value as a map; call only when {@code value() instanceof Map}. */
        @SuppressWarnings("unchecked")
        public Map<String, Node> map() {
            return (Map<String, Node>) value;
        }
    }

    /** A settings file that cannot be read or parsed; the message says which and where. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /**
     * Reads {@code file} as strict UTF-8 text of at most {@code maxBytes}.
     *
     * @param source the file's name in messages
     * @param what what the file is, in messages ("policy file", "config file")
     * @throws Invalid when it is too large, unreadable or not UTF-8
     */
    public static String read(Path file, String source, String what, int maxBytes) throws Invalid {
        byte[] bytes;
        try {
            if (Files.size(file) > maxBytes) {
                throw new Invalid(source + ": a " + what + " may hold at most " + maxBytes + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Invalid(source + ": cannot read the " + what + " (" + e.getClass().getSimpleName() + ")");
        }
        try {
            return StrictUtf8.decode(bytes, 0, bytes.length);
        } catch (StrictUtf8.MalformedException e) {
            throw new Invalid(source + ": not UTF-8 text");
        }
    }

    /**
     * Parses {@code text} as YAML (or JSON when {@code yaml} is false) into a located tree; an empty text gives a node
     * whose value is null.
     *
     * @param what what the file is, in messages
     * @throws Invalid for a syntax error, a key given twice or (JSON) content after the first value
     */
    public static Node parse(String text, String source, String what, boolean yaml) throws Invalid {
        JsonFactory factory = yaml ? new YAMLFactory() : new JsonFactory();
        try (JsonParser p = factory.createParser(text)) {
            if (p.nextToken() == null) {
                return new Node(null, 1);
            }
            Node root = node(p, source);
            if (!yaml && p.nextToken() != null) {
                throw new Invalid(source + " line " + p.currentLocation().getLineNr()
                        + ": unexpected content after the first object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new Invalid(source + " line " + e.getLocation().getLineNr() + ": not valid "
                    + (yaml ? "YAML" : "JSON") + " (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        } catch (IOException e) {
            throw new Invalid(source + ": cannot parse (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Node node(JsonParser p, String source) throws IOException, Invalid {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Node> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = p.currentTokenLocation().getLineNr();
                p.nextToken();
                if (map.put(key, node(p, source)) != null) {
                    throw new Invalid(source + " line " + keyLine + ": '" + key + "' appears twice");
                }
            }
            return new Node(map, line);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Node> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(node(p, source));
            }
            return new Node(list, line);
        }
        if (t == JsonToken.VALUE_NULL) {
            return new Node(null, line);
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return new Node(p.getLongValue(), line);
        }
        return new Node(p.getText(), line);
    }
}
