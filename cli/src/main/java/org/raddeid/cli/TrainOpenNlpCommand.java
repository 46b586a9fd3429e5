package org.raddeid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.ensemble.TextView;
import org.raddeid.core.io.AtomicOutput;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.LabelledDocument;
import org.raddeid.corpora.format.CorpusFormat;
import org.raddeid.corpora.generator.ReportGenerator;
import org.raddeid.corpora.generator.Split;
import org.raddeid.evaluation.CaseVariant;
import org.raddeid.recognizers.casing.Truecaser;
import org.raddeid.recognizers.opennlp.EntityKind;
import org.raddeid.recognizers.opennlp.OpenNlpTrainer;
import org.raddeid.recognizers.opennlp.TrainingDocument;
import org.raddeid.recognizers.opennlp.TrainingSurrogates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code raddeid train-opennlp}: trains the OpenNLP name finder the {@code opennlp} recognizer ships. Training data:
 * the TRAIN split of {@code --n} generated reports ({@code --seed}), plus the documents of the public Presidio
 * synthetic set whose id falls in the TRAIN split by {@link Split#of} (the DEV and TEST ones stay held out for
 * evaluation). Every name, hospital, unit and organisation is replaced by a surrogate of the same shape
 * ({@link TrainingSurrogates}) so the model cannot memorise the generator's small name pools. The model is written
 * atomically. Same options, same model bytes.
 */
@Command(name = "train-opennlp", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Train the OpenNLP name-finder model the opennlp recognizer ships.")
final class TrainOpenNlpCommand implements Callable<Integer> {

    static final String RESOURCE = "recognizers/src/main/resources/org/raddeid/recognizers/opennlp/raddeid-ner.bin";
    static final String PRESIDIO = "../shared/data/labelled/presidio-research-synth_dataset_v2.json";

    @Spec
    private CommandSpec spec;

    @Option(names = "--n", paramLabel = "N", defaultValue = "2000",
            description = "Generated reports; their TRAIN split (about 80%) is used (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Seed of the generator and of the surrogate names (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--presidio", paramLabel = "PATH",
            description = "Presidio synth_dataset_v2.json (default: " + PRESIDIO + " relative to the project).")
    Path presidio;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Model file (default: the shipped resource, " + RESOURCE + ").")
    Path out;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "150",
            description = "GIS iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", paramLabel = "N", defaultValue = "5",
            description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--case-variants", paramLabel = "VARIANT[,VARIANT…]", split = ",", defaultValue = "original",
            description = "Train on these case variants of every document: original, upper, lower. A variant other "
                    + "than original is added as the ensembles read it, through the truecased view "
                    + "(default: ${DEFAULT-VALUE}; the shipped model).")
    List<String> caseVariants;

    @Option(names = "--kinds", paramLabel = "KIND", split = ",",
            defaultValue = "name,hospital,department,organization,profession",
            description = "Entity kinds to learn: name, hospital, department, organization, profession "
                    + "(default: ${DEFAULT-VALUE}).")
    List<String> kinds;

    @Override
    public Integer call() throws IOException {
        if (n < 1) {
            throw new UserError("--n must be at least 1");
        }
        List<CaseVariant> variants;
        try {
            variants = CaseVariant.parseAll(caseVariants);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        OpenNlpTrainer.Settings settings;
        try {
            settings = new OpenNlpTrainer.Settings(iterations, cutoff, parseKinds());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Path root = projectRoot();
        Path presidioPath = presidio != null ? presidio : root.resolve(PRESIDIO).normalize();
        if (!Files.isRegularFile(presidioPath)) {
            throw new UserError("Presidio data set not found: " + presidioPath + " (pass --presidio PATH)");
        }
        Path target = out != null ? out : root.resolve(RESOURCE);
        PrintWriter stdout = spec.commandLine().getOut();
        long t0 = System.nanoTime();

        // the structured reports the shipped model was trained on; the other writing styles are read through the
        // truecased view, which looks like them
        List<LabelledDocument> generated = new ReportGenerator(seed,
                java.util.EnumSet.of(org.raddeid.corpora.generator.WritingStyle.STANDARD)).generateSplits(n).train();
        Corpus read = CorpusFormat.PRESIDIO.reader().read(presidioPath);
        if (!read.problems().isEmpty()) {
            stdout.printf("presidio: %d records skipped as unreadable%n", read.problems().size());
        }
        List<LabelledDocument> presidioTrain = read.documents().stream()
                .filter(d -> Split.of(d.id()) == Split.TRAIN).toList();
        TrainingSurrogates surrogates = new TrainingSurrogates(seed);
        List<TrainingDocument> docs = new ArrayList<>(generated.size() + presidioTrain.size());
        for (LabelledDocument d : generated) {
            docs.add(surrogates.apply(toTraining(d)));
        }
        for (LabelledDocument d : presidioTrain) {
            docs.add(surrogates.apply(toTraining(d)));
        }
        docs = withCaseVariants(docs, variants);
        if (variants.size() > 1 || variants.get(0) != CaseVariant.ORIGINAL) {
            stdout.printf("case variants: %s (%,d documents)%n",
                    String.join(", ", variants.stream().map(CaseVariant::label).toList()), docs.size());
        }
        stdout.printf("training documents: %,d generated (TRAIN split of %,d, seed %d) + %,d Presidio (TRAIN split of "
                + "%,d)%n", generated.size(), n, seed, presidioTrain.size(), read.documents().size());

        OpenNlpTrainer.Trained trained = new OpenNlpTrainer(settings).train(docs);
        byte[] bytes = OpenNlpTrainer.serialize(trained.model());
        writeAtomically(target, bytes);
        OpenNlpTrainer.Counts c = trained.counts();
        stdout.printf("sentences %,d; spans %s; left out: %d crossing a sentence end, %d overlapping%n", c.sentences(),
                c.spans(), c.crossingSentences(), c.overlapping());
        stdout.printf("model %,d bytes (iterations %d, cutoff %d) -> %s in %.1f s%n", bytes.length, iterations, cutoff,
                target, (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
    }

    /**
     * Returns the documents in each variant: the original as it is, the others case-changed and read through the
     * truecased view, as the ensembles read such text; offsets hold in every variant.
     */
    private static List<TrainingDocument> withCaseVariants(List<TrainingDocument> docs, List<CaseVariant> variants) {
        if (variants.equals(List.of(CaseVariant.ORIGINAL))) {
            return docs;
        }
        TextView view = new Truecaser();
        List<TrainingDocument> out = new ArrayList<>(docs.size() * variants.size());
        for (CaseVariant v : variants) {
            for (TrainingDocument d : docs) {
                String text = v == CaseVariant.ORIGINAL ? d.text()
                        : view.of(new AnalyzedText(v.apply(d.text()))).text();
                out.add(new TrainingDocument(d.id() + (v == CaseVariant.ORIGINAL ? "" : "#" + v.label()), text,
                        d.spans()));
            }
        }
        return out;
    }

    private Set<EntityKind> parseKinds() {
        Set<EntityKind> out = EnumSet.noneOf(EntityKind.class);
        for (String k : kinds) {
            try {
                out.add(EntityKind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UserError("unknown --kinds value '" + k + "'; valid: name, hospital, department, "
                        + "organization, profession");
            }
        }
        return out;
    }

    private static TrainingDocument toTraining(LabelledDocument d) {
        List<PhiSpan> spans = new ArrayList<>(d.annotations().size());
        for (Annotation a : d.annotations()) {
            spans.add(new PhiSpan(a.start(), a.end(), a.type(), a.subtype(), 1.0, "gold"));
        }
        return new TrainingDocument(d.id(), d.text(), spans);
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path temp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".partial");
        try {
            Files.write(temp, bytes);
            AtomicOutput.moveReplacing(temp, abs);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Returns the project directory: the one holding {@code cli/target/raddeid.jar} (or {@code cli/target/classes})
     * this code runs from, otherwise the working directory.
     */
    static Path projectRoot() {
        try {
            Path code = Path.of(TrainOpenNlpCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = code.getParent();
            if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")
                    && target.getParent() != null && target.getParent().getFileName() != null
                    && target.getParent().getFileName().toString().equals("cli")
                    && target.getParent().getParent() != null) {
                return target.getParent().getParent();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // Not run from a file on disk: fall back to the working directory.
        }
        return Path.of("").toAbsolutePath();
    }
}
