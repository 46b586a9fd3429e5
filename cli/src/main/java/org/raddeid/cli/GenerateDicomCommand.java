package org.raddeid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.raddeid.dicom.synth.SyntheticCt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code raddeid generate-dicom}: writes seeded fictional CT images (about 0.5 MB each, made-up PHI in the header and
 * in free text) for trying and benchmarking {@code raddeid dicom}. The same seed gives the same files.
 */
@Command(name = "generate-dicom", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write seeded fictional CT images with made-up PHI, to try or benchmark `raddeid dicom`.")
final class GenerateDicomCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--n", paramLabel = "N", description = "Number of images (default: ${DEFAULT-VALUE}).",
            defaultValue = "100")
    int n;

    @Option(names = "--seed", paramLabel = "SEED", description = "Random seed (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (n < 1) {
            throw new UserError("--n must be at least 1");
        }
        List<Path> written = SyntheticCt.write(out, n, seed);
        spec.commandLine().getErr().println("wrote " + written.size() + " fictional CT images to " + out);
        return 0;
    }
}
