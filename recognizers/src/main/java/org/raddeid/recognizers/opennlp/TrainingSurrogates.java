package org.raddeid.recognizers.opennlp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

/**
 * Replaces the names (and hospitals, units and organisations) in a training document with surrogates of the same
 * shape before training, and moves every later span by the change in length. Synthetic corpora draw names from small
 * pools, so a model trained on them as they are memorises the identities that also appear in held-out text; trained on
 * surrogates drawn from dictionaries of hundreds of thousands of names, it has to learn context and shape instead.
 *
 * <p>A span that overlaps another span is left as it is, so offsets stay unambiguous. The draws for a document depend
 * only on the seed and the document id, not on the order of the documents. Immutable and thread-safe.
 */
public final class TrainingSurrogates {

    /** The share of surrogate hospitals that are made up rather than taken from the dictionaries. */
    public static final double MADE_UP_HOSPITAL_SHARE = 0.3;

    private final SurrogateNames names;
    private final long seed;

    /** Creates a substitution drawing from the shipped dictionaries with {@code seed}. */
    public TrainingSurrogates(long seed) {
        this(new SurrogateNames(SurrogatePools.get()), seed);
    }

    TrainingSurrogates(SurrogateNames names, long seed) {
        this.names = names;
        this.seed = seed;
    }

    /** Returns a copy of {@code doc} with surrogates in place of its names and places; does not change {@code doc}. */
    public TrainingDocument apply(TrainingDocument doc) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + fnv(doc.id()));
        List<PhiSpan> spans = doc.spans();
        String text = doc.text();
        StringBuilder out = new StringBuilder(text.length() + 32);
        List<PhiSpan> moved = new ArrayList<>(spans.size());
        int pos = 0;
        int delta = 0;
        // A non-replaced span never overlaps a replaced one, so its offsets move by the delta accumulated before it.
        for (int i = 0; i < spans.size(); i++) {
            PhiSpan s = spans.get(i);
            String replacement = overlapsNeighbour(spans, i) ? null : surrogate(s, text.substring(s.start(), s.end()),
                    random);
            if (replacement == null) {
                moved.add(s.withBounds(s.start() + delta, s.end() + delta));
                continue;
            }
            out.append(text, pos, s.start());
            int start = out.length();
            out.append(replacement);
            moved.add(s.withBounds(start, out.length()));
            pos = s.end();
            delta = out.length() - pos;
        }
        out.append(text, pos, text.length());
        return new TrainingDocument(doc.id(), out.toString(), moved);
    }

    private String surrogate(PhiSpan s, String original, Random random) {
        if (s.type() == PhiType.NAME) {
            return s.subtype() == PhiSubtype.USERNAME ? names.userName(original, random)
                    : names.personName(original, random);
        }
        if (s.subtype() == null) {
            return null;
        }
        return switch (s.subtype()) {
            case HOSPITAL -> names.hospital(original, MADE_UP_HOSPITAL_SHARE, random);
            case DEPARTMENT -> names.department(original, random);
            case ORGANIZATION -> names.organization(original, random);
            default -> null;
        };
    }

    private static boolean overlapsNeighbour(List<PhiSpan> sorted, int i) {
        PhiSpan s = sorted.get(i);
        for (int j = i - 1; j >= 0; j--) {
            if (sorted.get(j).overlaps(s)) {
                return true;
            }
        }
        return i + 1 < sorted.size() && sorted.get(i + 1).start() < s.end();
    }

    private static long fnv(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
