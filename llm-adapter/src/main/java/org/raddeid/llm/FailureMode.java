package org.raddeid.llm;

/** What an analysis does when the LLM endpoint fails. */
public enum FailureMode {
    /** The whole analysis fails (fail closed): the default. */
    FAIL,
    /** The analysis goes on without the LLM and is marked degraded, naming the reason. */
    DEGRADE;

    /**
     * Parses {@code fail} or {@code degrade}, in any case.
     *
     * @throws IllegalArgumentException naming the value and the known ones
     */
    public static FailureMode parse(String value) {
        if (value != null) {
            for (FailureMode m : values()) {
                if (m.name().equalsIgnoreCase(value.strip())) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("unknown LLM failure mode '" + value + "'; known: fail, degrade");
    }
}
