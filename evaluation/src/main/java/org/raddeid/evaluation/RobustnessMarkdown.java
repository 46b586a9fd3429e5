package org.raddeid.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.raddeid.core.io.AtomicOutput;

/**
 * Writes a {@link RobustnessReport} as Markdown for docs: per labelled corpus, a row per variant (token recall,
 * precision, entity strict F1, documents with a leak) and token recall per type and variant; for PHI-free text,
 * flagged tokens per 1,000 per variant and the most frequent flagged words. Stateless and thread-safe.
 */
public final class RobustnessMarkdown {

    /** How many flagged words a Markdown list names per corpus and variant. */
    static final int WORDS_LISTED = 15;

    private RobustnessMarkdown() {
    }

    /** Returns the Markdown. */
    public static String render(RobustnessReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Robustness to case, ensemble `").append(r.ensemble() == null ? "-" : r.ensemble())
                .append("`\n");
        for (Map.Entry<String, List<RobustnessReport.LabelledRun>> e : byCorpus(r.labelled()).entrySet()) {
            labelled(sb, e.getKey(), e.getValue());
        }
        if (!r.unlabelled().isEmpty()) {
            unlabelled(sb, r.variants(), r.unlabelled());
        }
        return sb.toString();
    }

    /**
     * Writes {@link #render} to {@code path} atomically, replacing any file there.
     *
     * @throws IOException when the file cannot be written; the target is then left as it was
     */
    public static void write(RobustnessReport report, Path path) throws IOException {
        AtomicOutput.writeString(path, render(report));
    }

    private static void labelled(StringBuilder sb, String corpus, List<RobustnessReport.LabelledRun> runs) {
        sb.append("\n### Labelled corpus `").append(code(corpus)).append("` (").append(runs.get(0).report().docs())
                .append(" documents)\n\n| variant | token recall | token precision | entity strict F1 | ")
                .append("documents with a leak |\n|---|---:|---:|---:|---:|\n");
        for (RobustnessReport.LabelledRun run : runs) {
            EvaluationReport rep = run.report();
            sb.append("| ").append(run.variant()).append(" | ").append(Percent.format(rep.token().recall()))
                    .append(" | ").append(Percent.format(rep.token().precision())).append(" | ")
                    .append(Percent.format(rep.entity().strict().f1())).append(" | ").append(rep.docsWithLeak())
                    .append(" |\n");
        }
        Set<String> types = new LinkedHashSet<>();
        runs.forEach(run -> types.addAll(run.report().perType().keySet()));
        sb.append("\nToken recall per type:\n\n| type | support |");
        runs.forEach(run -> sb.append(' ').append(run.variant()).append(" |"));
        sb.append("\n|---|---:|").append("---:|".repeat(runs.size())).append('\n');
        for (String type : types) {
            GroupScore first = runs.get(0).report().perType().get(type);
            sb.append("| ").append(type).append(" | ").append(first == null ? 0 : first.support()).append(" |");
            for (RobustnessReport.LabelledRun run : runs) {
                GroupScore g = run.report().perType().get(type);
                sb.append(' ').append(Percent.format(g == null ? null : g.tokenRecall())).append(" |");
            }
            sb.append('\n');
        }
    }

    private static void unlabelled(StringBuilder sb, List<String> variants, List<FlagRateReport> reports) {
        sb.append("\n### PHI-free text: flagged tokens per 1,000\n\n| corpus | documents | tokens |");
        variants.forEach(v -> sb.append(' ').append(v).append(" |"));
        sb.append("\n|---|---:|---:|").append("---:|".repeat(variants.size())).append('\n');
        Map<String, List<FlagRateReport>> byCorpus = new LinkedHashMap<>();
        reports.forEach(f -> byCorpus.computeIfAbsent(String.valueOf(f.corpus()), k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<FlagRateReport>> e : byCorpus.entrySet()) {
            FlagRateReport first = e.getValue().get(0);
            sb.append("| `").append(code(e.getKey())).append("` | ").append(first.docs()).append(" | ")
                    .append(String.format(Locale.ROOT, "%,d", first.tokens())).append(" |");
            for (FlagRateReport f : e.getValue()) {
                sb.append(' ').append(perThousand(f.flaggedPerThousand())).append(" (").append(f.flaggedTokens())
                        .append(") |");
            }
            sb.append('\n');
        }
        sb.append("\nMost frequent flagged words (review them: a real name in supposedly PHI-free text is no false ")
                .append("positive):\n\n");
        for (FlagRateReport f : reports) {
            sb.append("- `").append(code(String.valueOf(f.corpus()))).append("`, ").append(f.variant()).append(": ");
            sb.append(f.topWords().isEmpty() ? "none" : f.topWords().stream().limit(WORDS_LISTED)
                    .map(w -> "`" + code(w.word()) + "` " + w.count()).collect(Collectors.joining(", ")));
            sb.append('\n');
        }
    }

    /** Formats a rate per 1,000 with two decimals, or n/a. */
    static String perThousand(Double rate) {
        return rate == null ? Percent.NOT_APPLICABLE : String.format(Locale.ROOT, "%.2f", rate);
    }

    static Map<String, List<RobustnessReport.LabelledRun>> byCorpus(List<RobustnessReport.LabelledRun> runs) {
        Map<String, List<RobustnessReport.LabelledRun>> out = new LinkedHashMap<>();
        runs.forEach(run -> out.computeIfAbsent(run.corpus(), k -> new ArrayList<>()).add(run));
        return out;
    }

    private static String code(String s) {
        return s.replace("`", "'").replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
    }
}
