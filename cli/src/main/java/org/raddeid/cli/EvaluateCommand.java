package org.raddeid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.core.rewrite.SecretSource;
import org.raddeid.evaluation.SurrogateCheck;
import org.raddeid.recognizers.Policies;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.CorpusProblem;
import org.raddeid.corpora.LabelledDocument;
import org.raddeid.corpora.format.CorpusFormat;
import org.raddeid.corpora.format.TextOnlyReader;
import org.raddeid.evaluation.CaseVariant;
import org.raddeid.evaluation.FlagRateReport;
import org.raddeid.evaluation.RobustnessHtml;
import org.raddeid.evaluation.RobustnessMarkdown;
import org.raddeid.evaluation.RobustnessReport;
import org.raddeid.corpora.format.JsonlWriter;
import org.raddeid.evaluation.EvaluationReport;
import org.raddeid.evaluation.HtmlReportWriter;
import org.raddeid.evaluation.JsonReportWriter;
import org.raddeid.evaluation.MarkdownReportWriter;
import org.raddeid.evaluation.Percent;
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
        description = "Measure recall and precision of an ensemble on a labelled corpus, its robustness to case, "
                + "and what it flags on PHI-free text.")
final class EvaluateCommand implements Callable<Integer> {

    private static final int MAX_PRINTED_PROBLEMS = 20;

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "PATH", description = "Labelled corpus file or directory.")
    Path corpus;

    @Option(names = "--unlabelled", paramLabel = "FILE",
            description = "Text known to hold no PHI (JSON lines with a 'text' field, a text file, or a directory of "
                    + "them); reports flagged tokens per 1,000 and the most flagged words. Repeatable.")
    List<Path> unlabelled;

    @Option(names = "--variants", paramLabel = "VARIANT[,VARIANT…]", split = ",",
            description = "Score each corpus as written (original), in ALL CAPS (upper) and in lower case (lower); "
                    + "variants change only the case, so every offset holds. E.g. --variants original,upper,lower.")
    List<String> variants;

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

    @Option(names = "--list", paramLabel = "N", defaultValue = "200",
            description = "How many misses and false positives (or flagged spans) each report lists; all are counted "
                    + "(default: ${DEFAULT-VALUE}).")
    int listLimit;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the full report as JSON.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML report.")
    Path html;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the Markdown summary to a file too.")
    Path markdown;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (listLimit < 0) {
            throw new UserError("--list must be 0 or more");
        }
        if (corpus == null && (unlabelled == null || unlabelled.isEmpty())) {
            throw new UserError("give a labelled --corpus, PHI-free text with --unlabelled, or both");
        }
        if (corpus != null && !Files.exists(corpus)) {
            throw new UserError("corpus not found: " + corpus);
        }
        if ((variants != null || unlabelled != null) && rewritePolicy != null) {
            throw new UserError("--rewrite-policy cannot be combined with --variants or --unlabelled");
        }
        if (variants != null || unlabelled != null) {
            return robustness(err);
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
        CorpusRuns runs = new CorpusRuns(deid, err, listLimit);
        EvaluationReport report = runs.score(docs, corpus.getFileName().toString(), CaseVariant.ORIGINAL, "evaluate");
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
        for (String note : runs.degraded()) {
            spec.commandLine().getOut().println("\n**Degraded:** " + note + ".");
        }
        if (rewritePolicy != null) {
            spec.commandLine().getOut().print(surrogateCheck(docs, runs, report, policy, secret));
        }
        spec.commandLine().getOut().flush();
        return read.problems().isEmpty() && runs.failures().isEmpty() ? ExitCodes.OK : ExitCodes.RECORD_ERRORS;
    }

    /**
     * Scores the labelled corpus (if any) and every PHI-free file in each variant and writes the robustness report.
     * Files and variants are checked before the models load, so a typo fails at once.
     */
    private int robustness(PrintWriter err) throws IOException {
        List<CaseVariant> chosen;
        try {
            chosen = variants == null ? List.of(CaseVariant.ORIGINAL) : CaseVariant.parseAll(variants);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        List<Path> free = unlabelled == null ? List.of() : unlabelled;
        for (Path p : free) {
            if (!Files.exists(p)) {
                throw new UserError("unlabelled text not found: " + p);
            }
        }
        List<LabelledDocument> docs = List.of();
        boolean problems = false;
        if (corpus != null) {
            Corpus read = resolveFormat().reader().read(corpus);
            printProblems(err, read.problems());
            problems = !read.problems().isEmpty();
            docs = select(read.documents());
            if (docs.isEmpty()) {
                throw UserError.nothingProduced("no readable documents in " + corpus);
            }
        }
        Map<Path, List<LabelledDocument>> freeDocs = new LinkedHashMap<>();
        for (Path p : free) {
            Corpus read = new TextOnlyReader().read(p);
            printProblems(err, read.problems());
            problems |= !read.problems().isEmpty();
            freeDocs.put(p, read.documents());
        }
        Ensemble ensemble = ensembleOptions.build(err, "evaluate");
        CorpusRuns runs = new CorpusRuns(new Deidentifier(ensemble), err, listLimit);
        List<RobustnessReport.LabelledRun> labelled = new ArrayList<>();
        List<FlagRateReport> flags = new ArrayList<>();
        for (CaseVariant v : chosen) {
            if (corpus != null) {
                String name = corpus.getFileName().toString();
                labelled.add(new RobustnessReport.LabelledRun(name, v.label(),
                        runs.score(docs, name, v, "evaluate " + v.label())));
            }
        }
        for (Map.Entry<Path, List<LabelledDocument>> e : freeDocs.entrySet()) {
            for (CaseVariant v : chosen) {
                String name = e.getKey().getFileName().toString();
                flags.add(runs.flags(e.getValue(), name, v, "unlabelled " + v.label()));
            }
        }
        RobustnessReport report = new RobustnessReport(ensemble.name(),
                chosen.stream().map(CaseVariant::label).toList(), labelled, flags);
        if (json != null) {
            JsonReportWriter.write(report, json);
        }
        if (html != null) {
            RobustnessHtml.write(report, html);
        }
        if (markdown != null) {
            RobustnessMarkdown.write(report, markdown);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(RobustnessMarkdown.render(report));
        runs.degraded().forEach(note -> out.println("\n**Degraded:** " + note + "."));
        out.flush();
        return !problems && runs.failures().isEmpty() ? ExitCodes.OK : ExitCodes.RECORD_ERRORS;
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

    /**
     * Rewrites the gold PHI by {@link #rewritePolicy}, scores the ensemble on the result and searches for survivors;
     * returns a Markdown section comparing both runs.
     */
    private String surrogateCheck(List<LabelledDocument> docs, CorpusRuns runs, EvaluationReport original,
            Policy policy, Secret secret) {
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
        EvaluationReport after = runs.score(rewritten, "rewritten", CaseVariant.ORIGINAL, "rewritten");
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
