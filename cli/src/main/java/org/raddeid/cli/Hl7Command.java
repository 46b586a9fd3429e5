package org.raddeid.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.io.AtomicOutput;
import org.raddeid.hl7.Hl7Batch;
import org.raddeid.hl7.Hl7Deidentifier;
import org.raddeid.hl7.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code raddeid hl7}: de-identifies HL7 v2 files (one message or a batch each) or a folder of them: structured fields
 * by the field map, report text through the ensemble, with the same surrogates, pseudonyms and date shifts as
 * {@code raddeid deid} for the same secret and patient key. Messages that cannot be de-identified go to a quarantine
 * file beside the output, and the exit code is then 1; when all were written but the residual check ({@code --recheck})
 * found leftovers in the rewritten report text, it is {@value ExitCodes#REVIEW}.
 */
@Command(name = "hl7", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "De-identify HL7 v2 messages (a file, a batch file or a folder of them).")
final class Hl7Command implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE|DIR", description = "HL7 file or folder.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE|DIR",
            description = "Where to write (a folder for a folder); quarantine goes to OUTPUT.quarantine.hl7.")
    Path output;

    @Mixin
    EnsembleOptions ensembleOptions;

    @Mixin
    Hl7Options hl7Options;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the JSON run report here.")
    Path report;

    @Option(names = "--include", paramLabel = "GLOB", defaultValue = Hl7Batch.DEFAULT_INCLUDE,
            description = "Files of an input folder to read (default: ${DEFAULT-VALUE}).")
    String include;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new UserError("--threads must be >= 1, was " + threads);
        }
        Hl7Deidentifier.Settings settings = hl7Options.settings(err, "hl7", "within this run");
        Deidentifier deid = new Deidentifier(ensembleOptions.build(err, "hl7"));
        Hl7Deidentifier engine = new Hl7Deidentifier(deid, settings);
        RunReport result;
        try {
            result = new Hl7Batch(engine, threads, include).run(input, output);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (report != null) {
            AtomicOutput.writeString(report, new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(result.toJson(deid.ensemble().name())) + "\n");
        }
        int shown = 0;
        for (RunReport.Quarantined q : result.quarantined()) {
            if (shown++ == 20) {
                err.println("hl7: ... " + (result.quarantined().size() - 20) + " more in the report");
                break;
            }
            err.println("hl7: quarantined " + q.file() + (q.message() > 0 ? " message " + q.message() : "") + ": "
                    + q.rejection().describe());
        }
        err.println(result.line());
        if (!result.quarantined().isEmpty()) {
            return ExitCodes.RECORD_ERRORS;
        }
        return result.leftovers() > 0 ? ExitCodes.REVIEW : ExitCodes.OK;
    }
}
