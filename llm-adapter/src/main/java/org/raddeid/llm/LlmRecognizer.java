package org.raddeid.llm;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.RecognizerUnavailableException;
import org.raddeid.core.text.AnalyzedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a language model for the PHI in a text, and believes only what it can find there: every quoted string is
 * anchored in the text ({@link Anchors}); a quote that is not there is dropped and counted. Long texts are cut into
 * overlapping chunks ({@link Chunker}) analysed in parallel (bounded, see {@link LlmLimits#concurrency()}); spans
 * found twice in an overlap are reported once. Answers are cached by chunk hash, prompt version and model.
 *
 * <p>Every span scores {@link #SCORE}: below the ensemble's veto level, so a hit inside medical vocabulary can still be
 * vetoed, and below most pattern hits, so the model never overrides a validated identifier's type.
 *
 * <p>Failure: a call that fails after its retries, or a refused call (open circuit), throws
 * {@link RecognizerUnavailableException}. The recognizer is {@link #optional()} only in {@link FailureMode#DEGRADE}
 * mode; otherwise the whole analysis fails (fail closed). Report text goes only to the configured base URL and never
 * into logs or exception messages. Thread-safe.
 */
public final class LlmRecognizer implements Recognizer {

    /** The recognizer's name in spans, ensembles and outputs. */
    public static final String NAME = "llm";

    /** The score of every span the model finds. */
    public static final double SCORE = 0.8;

    private static final Logger LOG = LoggerFactory.getLogger(LlmRecognizer.class);

    private final LlmConfig config;
    private final Chunker chunker;
    private final ResilientCalls calls;
    private final ReplyCache cache;
    private final LlmStats stats = new LlmStats();
    private final ExecutorService pool;

    /** Creates the recognizer {@code config} describes. Sends nothing until the first {@link #recognize}. */
    public LlmRecognizer(LlmConfig config) {
        this(config, LangChainEndpoint.create(config, Prompt.load()));
    }

    LlmRecognizer(LlmConfig config, ChatEndpoint endpoint) {
        this.config = Objects.requireNonNull(config, "config");
        LlmLimits limits = config.limits();
        this.chunker = new Chunker(limits.chunkChars(), limits.overlapChars());
        this.calls = new ResilientCalls(endpoint, limits, stats);
        this.cache = new ReplyCache(limits.cacheEntries());
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "raddeid-llm");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<PhiType> types() {
        return EnumSet.allOf(PhiType.class);
    }

    /** Returns true in {@link FailureMode#DEGRADE} mode: an ensemble may then go on without the LLM. */
    @Override
    public boolean optional() {
        return config.onFailure() == FailureMode.DEGRADE;
    }

    /** Returns the configuration (its {@code toString} hides the key). */
    public LlmConfig config() {
        return config;
    }

    /** Returns the running counts: chunks, cache hits, calls, retries, dropped quotes, … */
    public LlmStats stats() {
        return stats;
    }

    /**
     * Returns the anchored spans the model found in {@code text}, in {@link PhiSpan#ORDER}, without duplicates.
     *
     * @throws RecognizerUnavailableException when the endpoint failed for some chunk
     */
    @Override
    public List<PhiSpan> recognize(AnalyzedText text) {
        String s = text.text();
        List<Chunker.Chunk> chunks = chunker.split(s);
        Set<PhiSpan> found = new LinkedHashSet<>();
        if (chunks.size() == 1) {
            found.addAll(chunkSpans(s, chunks.get(0)));
        } else {
            List<Future<List<PhiSpan>>> futures = new ArrayList<>(chunks.size());
            for (Chunker.Chunk c : chunks) {
                futures.add(pool.submit(() -> chunkSpans(s, c)));
            }
            RuntimeException failure = null;
            for (Future<List<PhiSpan>> f : futures) {
                try {
                    found.addAll(f.get());
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r
                                : new RecognizerUnavailableException("chunk failed (" + e.getCause().getClass()
                                        .getSimpleName() + ")");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    futures.forEach(x -> x.cancel(true));
                    throw new RecognizerUnavailableException("interrupted");
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
        List<PhiSpan> out = new ArrayList<>(found);
        out.sort(PhiSpan.ORDER);
        return out;
    }

    /** The spans of one chunk, in text offsets: from the cache, else from the endpoint. */
    private List<PhiSpan> chunkSpans(String text, Chunker.Chunk chunk) {
        stats.chunks.incrementAndGet();
        String part = chunk.of(text);
        if (part.isBlank()) {
            return List.of();
        }
        ReplyCache.Key key = ReplyCache.key(part, config.model());
        List<PhiSpan> relative = cache.get(key);
        if (relative != null) {
            stats.cacheHits.incrementAndGet();
        } else {
            long t0 = System.nanoTime();
            relative = anchored(part, calls.call(part));
            cache.put(key, relative);
            LOG.debug("llm chunk at {} ({} chars): {} spans in {} ms", chunk.start(), part.length(), relative.size(),
                    (System.nanoTime() - t0) / 1_000_000);
        }
        List<PhiSpan> shifted = new ArrayList<>(relative.size());
        for (PhiSpan r : relative) {
            shifted.add(r.withBounds(r.start() + chunk.start(), r.end() + chunk.start()));
        }
        stats.spans.addAndGet(shifted.size());
        return shifted;
    }

    /** Parses a reply and anchors its quotes in {@code part}; chunk-relative spans. */
    private List<PhiSpan> anchored(String part, String reply) {
        ReplyParser.Reply parsed;
        try {
            parsed = ReplyParser.parse(reply);
        } catch (ReplyParser.UnreadableReplyException e) {
            stats.failedCalls.incrementAndGet();
            throw new RecognizerUnavailableException("unreadable reply: " + e.getMessage());
        }
        if (parsed.truncated()) {
            stats.truncatedReplies.incrementAndGet();
            LOG.warn("llm reply was cut off; kept its {} complete entities", parsed.quotes().size());
        }
        List<PhiSpan> out = new ArrayList<>();
        int dropped = 0;
        for (Quote q : parsed.quotes()) {
            stats.quotes.incrementAndGet();
            if (!Labels.known(q.label())) {
                stats.unknownLabels.incrementAndGet();
            }
            List<Anchors.Range> where = Anchors.locate(part, q);
            if (where.isEmpty()) {
                dropped++;
                continue;
            }
            Labels.Label label = Labels.map(q.label());
            for (Anchors.Range r : where) {
                out.add(new PhiSpan(r.start(), r.end(), label.type(), label.subtype(), SCORE, NAME));
            }
        }
        if (dropped > 0) {
            stats.unanchored.addAndGet(dropped);
            LOG.info("llm dropped {} of {} quotes not found in the text", dropped, parsed.quotes().size());
        }
        return out;
    }
}
