package org.raddeid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.raddeid.cli.io.Progress;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.RecognitionException;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.CorpusProblem;
import org.raddeid.corpora.LabelledDocument;
import org.raddeid.corpora.format.CorpusFormat;
import org.raddeid.evaluation.EvaluationReport;
import org.raddeid.evaluation.HtmlReportWriter;
import org.raddeid.evaluation.JsonReportWriter;
import org.raddeid.evaluation.MarkdownReportWriter;
import org.raddeid.evaluation.Scorer;
import picocli.CommandLine.Command;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.raddeid.corpora.generator.Split;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code raddeid evaluate}: runs an ensemble over a labelled corpus and reports recall and precision (token and
 * entity level, per type, subtype and name origin) as Markdown on stdout and optionally JSON and HTML files.
 * Unreadable documents are listed by file and line and skipped; the exit code is then 1.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Measure recall and precision of an ensemble on a labelled corpus.")
final class EvaluateCommand implements Callable<Integer> {

    private static final int MAX_PRINTED_PROBLEMS = 20;

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "PATH", description = "Corpus file or directory.")
    Path corpus;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "i2b2, brat, jsonl, physionet or presidio (default: guessed from the path).")
    String format;

    @Mixin
    EnsembleOptions ensembleOptions;

    @Option(names = "--split", paramLabel = "SPLIT[,SPLIT…]", split = ",",
            description = "Score only documents whose id hashes into these splits (train, dev, test), the rule the "
                    + "generator and train-opennlp use; e.g. --split dev,test for data held out from training.")
    List<String> splits;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the full report as JSON.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML report.")
    Path html;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the Markdown summary to a file too.")
    Path markdown;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(corpus)) {
            throw new UserError("corpus not found: " + corpus);
        }
        CorpusFormat fmt = resolveFormat();
        Ensemble ensemble = ensembleOptions.build();
        Corpus read = fmt.reader().read(corpus);
        printProblems(err, read.problems());
        List<LabelledDocument> docs = select(read.documents());
        if (docs.isEmpty()) {
            throw new UserError("no readable documents in " + corpus);
        }
        Deidentifier deid = new Deidentifier(ensemble);
        Scorer scorer = new Scorer(corpus.getFileName().toString(), ensemble.name());
        Progress progress = new Progress(err, Progress.isTerminal(), docs.size(), "evaluate");
        AtomicLong done = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        docs.parallelStream().forEach(doc -> {
            long t0 = System.nanoTime();
            try {
                scorer.add(doc, deid.analyze(doc.text()).spans(), System.nanoTime() - t0);
            } catch (RecognitionException | IllegalArgumentException e) {
                // Fail closed: a document the engine could not analyse counts as found nothing (every PHI token leaks).
                scorer.add(doc, List.of(), System.nanoTime() - t0);
                failures.add("document " + doc.id() + ": " + e.getMessage());
            }
            long d = done.incrementAndGet();
            synchronized (progress) {
                progress.update(d, d);
            }
        });
        progress.finish(docs.size(), docs.size());
        failures.forEach(f -> err.println("evaluate: " + f + " (scored as nothing found)"));
        EvaluationReport report = scorer.report();
        if (json != null) {
            JsonReportWriter.write(report, json);
        }
        if (html != null) {
            HtmlReportWriter.write(report, html);
        }
        if (markdown != null) {
            MarkdownReportWriter.write(report, markdown);
        }
        spec.commandLine().getOut().print(MarkdownReportWriter.render(report));
        spec.commandLine().getOut().flush();
        return read.problems().isEmpty() && failures.isEmpty() ? ExitCodes.OK : ExitCodes.RECORD_ERRORS;
    }

    private List<LabelledDocument> select(List<LabelledDocument> docs) {
        if (splits == null || splits.isEmpty()) {
            return docs;
        }
        Set<Split> wanted = EnumSet.noneOf(Split.class);
        for (String name : splits) {
            try {
                wanted.add(Split.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UserError("unknown split '" + name + "'; known: train, dev, test");
            }
        }
        return docs.stream().filter(d -> wanted.contains(Split.of(d.id()))).toList();
    }

    private CorpusFormat resolveFormat() throws IOException {
        try {
            if (format != null) {
                return CorpusFormat.parse(format);
            }
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        return CorpusFormat.detect(corpus).orElseThrow(() -> new UserError(
                "cannot tell the format of " + corpus + "; pass --format i2b2|brat|jsonl|physionet|presidio"));
    }

    private static void printProblems(PrintWriter err, List<CorpusProblem> problems) {
        for (int i = 0; i < Math.min(MAX_PRINTED_PROBLEMS, problems.size()); i++) {
            err.println("evaluate: skipped " + problems.get(i));
        }
        if (problems.size() > MAX_PRINTED_PROBLEMS) {
            err.println("evaluate: … and " + (problems.size() - MAX_PRINTED_PROBLEMS) + " more problems");
        }
    }
}
