package org.raddeid.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The prompt: a system message and a few invented radiology examples (no real PHI), read once from resources, plus
 * the chunk to analyse. {@link #VERSION} changes whenever the resources change, so cached answers to an older prompt
 * are never reused. Immutable and thread-safe.
 */
final class Prompt {

    /** The version of {@code prompt/system.txt} and {@code prompt/examples.json}; part of every cache key. */
    static final String VERSION = "raddeid-phi-1";

    private static final String USER_PREFIX = "Find the PHI in this text:\n\n";

    private final List<ChatMessage> preamble;

    private Prompt(List<ChatMessage> preamble) {
        this.preamble = List.copyOf(preamble);
    }

    /** Loads the shipped prompt. */
    static Prompt load() {
        ObjectMapper mapper = new ObjectMapper();
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(resource("prompt/system.txt").strip()));
        try {
            for (JsonNode example : mapper.readTree(resource("prompt/examples.json"))) {
                messages.add(UserMessage.from(USER_PREFIX + example.get("text").asText()));
                JsonNode answer = mapper.createObjectNode().set("entities", example.get("entities"));
                messages.add(AiMessage.from(mapper.writeValueAsString(answer)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bad prompt examples resource", e);
        }
        return new Prompt(messages);
    }

    /** Returns the messages asking about {@code chunk}: the system message, the examples, then the chunk. */
    List<ChatMessage> messages(String chunk) {
        List<ChatMessage> m = new ArrayList<>(preamble);
        m.add(UserMessage.from(USER_PREFIX + chunk));
        return m;
    }

    private static String resource(String name) {
        try (InputStream in = Prompt.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing prompt resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt resource " + name, e);
        }
    }
}
