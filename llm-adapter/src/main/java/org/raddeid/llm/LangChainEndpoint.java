package org.raddeid.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.IOException;
import java.net.http.HttpTimeoutException;

/**
 * A {@link ChatEndpoint} over a LangChain4j chat model: OpenAI chat completions or Ollama {@code /api/chat}, at
 * temperature 0, JSON-schema output when configured, no LangChain4j retries (raddeid retries itself) and no request
 * logging. Thread-safe.
 */
final class LangChainEndpoint implements ChatEndpoint {

    /** {@code {"entities":[{"text","label","context"}]}}, strict: every field required, no others. */
    static final JsonSchema SCHEMA = JsonSchema.builder().name("phi_entities").rootElement(JsonObjectSchema.builder()
            .addProperty("entities", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                    .addStringProperty("text").addStringProperty("label").addStringProperty("context")
                    .required("text", "label", "context").additionalProperties(false).build()).build())
            .required("entities").additionalProperties(false).build()).build();

    private final ChatModel model;
    private final Prompt prompt;
    private final ResponseFormat format;
    private final LlmConfig config;

    private LangChainEndpoint(ChatModel model, Prompt prompt, LlmConfig config) {
        this.model = model;
        this.prompt = prompt;
        this.config = config;
        this.format = config.limits().jsonSchema()
                ? ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(SCHEMA).build() : null;
    }

    /** Builds the endpoint {@code config} describes; sends nothing yet. */
    static LangChainEndpoint create(LlmConfig config, Prompt prompt) {
        GuardedHttpClient.Builder http = new GuardedHttpClient.Builder(config.baseUrl(), config.timeout());
        String url = config.baseUrl().toString();
        ChatModel model = switch (config.provider()) {
            case OPENAI -> {
                var b = OpenAiChatModel.builder().httpClientBuilder(http).baseUrl(url).modelName(config.model())
                        .apiKey(config.apiKey() == null ? "none" : config.apiKey()).temperature(0.0)
                        .timeout(config.timeout()).maxRetries(0).logRequests(false).logResponses(false);
                if (config.limits().jsonSchema()) {
                    b.supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA).strictJsonSchema(true);
                }
                yield b.build();
            }
            case OLLAMA -> {
                var b = OllamaChatModel.builder().httpClientBuilder(http).baseUrl(url).modelName(config.model())
                        .temperature(0.0).timeout(config.timeout()).maxRetries(0).logRequests(false)
                        .logResponses(false);
                yield b.build();
            }
        };
        return new LangChainEndpoint(model, prompt, config);
    }

    @Override
    public String ask(String chunk) throws EndpointFailure {
        ChatRequest.Builder request = ChatRequest.builder().messages(prompt.messages(chunk));
        if (format != null) {
            request.responseFormat(format);
        }
        try {
            ChatResponse response = model.chat(request.build());
            String text = response.aiMessage() == null ? null : response.aiMessage().text();
            if (text == null) {
                throw new EndpointFailure("reply without text", false, null);
            }
            return text;
        } catch (RuntimeException e) {
            throw classify(e);
        }
    }

    /** Turns whatever LangChain4j threw into a failure with a reason that holds no text. */
    private EndpointFailure classify(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EndpointStatusException s) {
                int status = s.statusCode();
                return new EndpointFailure("HTTP " + status, status == 429 || status >= 500, s.retryAfter());
            }
            if (t instanceof HttpTimeoutException || t instanceof dev.langchain4j.exception.TimeoutException) {
                return new EndpointFailure("timeout after " + config.timeout().toMillis() + " ms", true, null);
            }
            if (t instanceof IOException) {
                return new EndpointFailure("connection failed (" + t.getClass().getSimpleName() + ")", true, null);
            }
        }
        return new EndpointFailure("unusable response (" + e.getClass().getSimpleName() + ")", false, null);
    }
}
