package org.raddeid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.raddeid.cli.io.Progress;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.core.rewrite.SecretSource;
import org.raddeid.evaluation.SurrogateCheck;
import org.raddeid.recognizers.Policies;
import org.raddeid.core.RecognitionException;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.CorpusProblem;
import org.raddeid.corpora.LabelledDocument;
import org.raddeid.corpora.format.CorpusFormat;
import org.raddeid.corpora.format.JsonlWriter;
import org.raddeid.evaluation.EvaluationReport;
import org.raddeid.evaluation.HtmlReportWriter;
import org.raddeid.evaluation.JsonReportWriter;
import org.raddeid.evaluation.MarkdownReportWriter;
import org.raddeid.evaluation.Percent;
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

    @Option(names = "--rewrite-policy", paramLabel = "NAME|FILE",
            description = "Also rewrite each document's gold PHI by this policy (e.g. surrogate), score the ensemble "
                    + "on the rewritten corpus and search the output for every original PHI string: do the "
                    + "replacements still read like PHI, and does anything survive?")
    String rewritePolicy;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "Secret for keyed operators with --rewrite-policy (else RADDEID_SECRET, else a random one).")
    Path secretFile;

    @Option(names = "--write-rewritten", paramLabel = "FILE",
            description = "With --rewrite-policy, also write the rewritten corpus as JSON lines (gold = the "
                    + "replacements): a labelled surrogate corpus.")
    Path writeRewritten;

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
        Policy policy = null;
        Secret secret = null;
        if (rewritePolicy != null) { // checked before the long run, so a typo fails at once
            try {
                policy = Policies.resolve(rewritePolicy);
                secret = SecretSource.load(secretFile, System.getenv()).orElseGet(Secret::random);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        Ensemble ensemble = ensembleOptions.build(err, "evaluate");
        Corpus read = fmt.reader().read(corpus);
        printProblems(err, read.problems());
        List<LabelledDocument> docs = select(read.documents());
        if (docs.isEmpty()) {
            throw UserError.nothingProduced("no readable documents in " + corpus);
        }
        Deidentifier deid = new Deidentifier(ensemble);
        List<String> failures = new ArrayList<>();
        List<String> degraded = new ArrayList<>();
        EvaluationReport report = score(docs, deid, corpus.getFileName().toString(), "evaluate", failures, degraded,
                err);
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
        for (String note : degraded) {
            spec.commandLine().getOut().println("\n**Degraded:** " + note + ".");
        }
        if (rewritePolicy != null) {
            spec.commandLine().getOut().print(surrogateCheck(docs, deid, report, failures, err, policy, secret));
        }
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

    /** Scores {@code deid} on {@code docs} in parallel; documents it cannot analyse count as nothing found. */
    private static EvaluationReport score(List<LabelledDocument> docs, Deidentifier deid, String corpusName,
            String label, List<String> failuresOut, PrintWriter err) {
        return score(docs, deid, corpusName, label, failuresOut, new ArrayList<>(), err);
    }

    /** As above, adding a note per run with degraded documents to {@code degradedOut}. */
    private static EvaluationReport score(List<LabelledDocument> docs, Deidentifier deid, String corpusName,
            String label, List<String> failuresOut, List<String> degradedOut, PrintWriter err) {
        Scorer scorer = new Scorer(corpusName, deid.ensemble().name());
        Progress progress = new Progress(err, Progress.isTerminal(), docs.size(), label);
        AtomicLong done = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> degraded = new ConcurrentLinkedQueue<>();
        docs.parallelStream().forEach(doc -> {
            long t0 = System.nanoTime();
            try {
                org.raddeid.core.Analysis a = deid.analyze(doc.text());
                scorer.add(doc, a.spans(), System.nanoTime() - t0);
                a.degraded().forEach(d -> degraded.add(d.recognizer() + ": " + d.reason()));
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
        failures.forEach(f -> err.println(label + ": " + f + " (scored as nothing found)"));
        failuresOut.addAll(failures);
        if (!degraded.isEmpty()) {
            // Never silently: these documents were scored without an optional recognizer (the LLM in degrade mode).
            String note = degraded.size() + " of " + docs.size() + " document(s) DEGRADED, scored without an optional "
                    + "recognizer (first: " + degraded.peek() + ")";
            err.println(label + ": " + note);
            degradedOut.add(note);
        }
        return scorer.report();
    }

    /**
     * Rewrites the gold PHI by {@link #rewritePolicy}, scores the ensemble on the result and searches for survivors;
     * returns a Markdown section comparing both runs.
     */
    private String surrogateCheck(List<LabelledDocument> docs, Deidentifier deid, EvaluationReport original,
            List<String> failures, PrintWriter err, Policy policy, Secret secret) {
        List<LabelledDocument> rewritten = new ArrayList<>(docs.size());
        long checked = 0;
        long coincidences = 0;
        long survived = 0;
        for (LabelledDocument d : docs) {
            SurrogateCheck.Rewritten r = SurrogateCheck.rewrite(d, policy, new RewriteContext(secret, d.id()));
            rewritten.add(r.document());
            checked += r.checked();
            coincidences += r.coincidences();
            survived += r.survived();
        }
        if (writeRewritten != null) {
            try {
                new JsonlWriter().write(rewritten, writeRewritten);
            } catch (IOException e) {
                throw UserError.nothingProduced("cannot write " + writeRewritten + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        EvaluationReport after = score(rewritten, deid, "rewritten", "rewritten", failures, err);
        StringBuilder b = new StringBuilder();
        b.append("\n## Rewritten by policy ").append(policy.name()).append("\n\n");
        b.append("| corpus | token recall | token precision | entity recall (overlap) |\n|---|---|---|---|\n");
        for (EvaluationReport r : List.of(original, after)) {
            b.append("| ").append(r == original ? "original" : "rewritten").append(" | ")
                    .append(Percent.format(r.token().recall())).append(" | ")
                    .append(Percent.format(r.token().precision())).append(" | ")
                    .append(Percent.format(r.entity().overlap().recall())).append(" |\n");
        }
        b.append("\nOriginal PHI strings of ").append(SurrogateCheck.MIN_CODE_POINTS)
                .append("+ characters searched for in the output: ").append(checked).append("; reappearing only as a ")
                .append("replacement that equals them by chance or by policy (a year alone): ").append(coincidences)
                .append("; surviving elsewhere: ").append(survived).append(".\n");
        return b.toString();
    }
}
