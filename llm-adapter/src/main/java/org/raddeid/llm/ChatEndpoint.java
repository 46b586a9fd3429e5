package org.raddeid.llm;

/** One chat call: the model's raw reply about one chunk. Implementations are thread-safe. */
interface ChatEndpoint {

    /**
     * Returns the model's reply to the prompt about {@code chunk}.
     *
     * @throws EndpointFailure when the call failed; its reason never holds report text
     */
    String ask(String chunk) throws EndpointFailure;
}
