package org.raddeid.llm;

import java.util.Locale;

/** The chat protocols raddeid speaks: OpenAI chat completions (also llama.cpp, vLLM, …) and Ollama's {@code /api/chat}. */
public enum LlmProvider {
    OPENAI,
    OLLAMA;

    /**
     * Parses {@code openai} or {@code ollama}, in any case.
     *
     * @throws IllegalArgumentException naming the value and the known ones
     */
    public static LlmProvider parse(String value) {
        if (value != null) {
            for (LlmProvider p : values()) {
                if (p.name().equalsIgnoreCase(value.strip())) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("unknown LLM provider '" + value + "'; known: openai, ollama");
    }

    /** Returns the lower-case name used in settings. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
