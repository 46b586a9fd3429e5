package org.raddeid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.raddeid.corpora.LabelledDocument;
import org.raddeid.corpora.format.CorpusFormat;
import org.raddeid.corpora.generator.ReportGenerator;
import org.raddeid.corpora.generator.Split;
import org.raddeid.corpora.generator.Splits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code raddeid generate}: writes a seeded synthetic radiology corpus as train, dev and test splits. The same seed
 * gives the same corpus on every machine.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write a seeded synthetic labelled radiology corpus (train/dev/test).")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--n", paramLabel = "N", description = "Number of reports (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000")
    int n;

    @Option(names = "--seed", paramLabel = "SEED", description = "Random seed (default: ${DEFAULT-VALUE}).",
            defaultValue = "7")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output directory; gets train, dev and test splits. Keep it out of git (corpus/ is ignored).")
    Path out;

    @Mixin
    StyleOptions styleOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl, i2b2, brat or physionet (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        if (n < 1) {
            throw new UserError("--n must be at least 1");
        }
        String writable = java.util.Arrays.stream(CorpusFormat.values()).filter(CorpusFormat::canWrite)
                .map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(", "));
        CorpusFormat fmt;
        try {
            fmt = CorpusFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserError("--format: unknown format '" + format + "'; generate writes " + writable);
        }
        if (!fmt.canWrite()) {
            throw new UserError("--format: " + format + " can be read (by evaluate) but not written; generate writes "
                    + writable);
        }
        java.util.Set<org.raddeid.corpora.generator.WritingStyle> chosen = styleOptions.resolve();
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        Splits splits = new ReportGenerator(seed, chosen).generateSplits(n);
        PrintWriter stdout = spec.commandLine().getOut();
        for (Split split : Split.values()) {
            List<LabelledDocument> docs = splits.get(split);
            Path target = target(fmt, split);
            fmt.writer().write(docs, target);
            long labels = docs.stream().mapToLong(d -> d.annotations().size()).sum();
            stdout.printf("%-5s %,6d reports %,8d labels -> %s%n", split.directoryName(), docs.size(), labels, target);
        }
        stdout.printf("generated %,d reports (seed %d, styles %s) in %.1f s%n", n, seed, styleOptions.label(),
                (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
    }

    private Path target(CorpusFormat fmt, Split split) {
        String name = split.directoryName();
        return switch (fmt) {
            case JSONL -> out.resolve(name + ".jsonl");
            case PHYSIONET -> out.resolve(name + ".text");
            default -> out.resolve(name);
        };
    }

}
