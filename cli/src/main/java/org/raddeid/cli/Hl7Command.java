package org.raddeid.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.core.io.AtomicOutput;
import org.raddeid.hl7.FieldMap;
import org.raddeid.hl7.Hl7Batch;
import org.raddeid.hl7.Hl7Deidentifier;
import org.raddeid.hl7.PatientKeyField;
import org.raddeid.hl7.RunReport;
import org.raddeid.recognizers.Policies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code raddeid hl7}: de-identifies HL7 v2 files (one message or a batch each) or a folder of them: structured fields
 * by the field map, report text through the ensemble, with the same surrogates, pseudonyms and date shifts as
 * {@code raddeid deid} for the same secret and patient key. Messages that cannot be de-identified go to a quarantine
 * file beside the output, and the exit code is then 1.
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

    @Option(names = "--policy", paramLabel = "NAME|FILE", defaultValue = Policies.DEFAULT,
            description = "safe-harbor (default), surrogate, limited-data-set, or a .yaml/.yml/.json policy file.")
    String policy;

    @Mixin
    EnsembleOptions ensembleOptions;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "The secret key (else env RADDEID_SECRET; else a random one for this run).")
    Path secretFile;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the JSON run report here.")
    Path report;

    @Option(names = "--field-map", paramLabel = "FILE",
            description = "Field map to use instead of the shipped one (same columns; see docs/HL7.md).")
    Path fieldMap;

    @Option(names = "--patient-key", paramLabel = "SEG-F.C", defaultValue = "PID-3.1",
            description = "Field holding the patient key, first repetition (default: ${DEFAULT-VALUE}).")
    String patientKey;

    @Option(names = "--include", paramLabel = "GLOB", defaultValue = Hl7Batch.DEFAULT_INCLUDE,
            description = "Files of an input folder to read (default: ${DEFAULT-VALUE}).")
    String include;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Policy chosen;
        FieldMap map;
        PatientKeyField key;
        try {
            chosen = Policies.resolve(policy);
            map = fieldMap == null ? FieldMap.shipped() : FieldMap.load(fieldMap);
            key = PatientKeyField.parse(patientKey);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (threads < 1) {
            throw new UserError("--threads must be >= 1, was " + threads);
        }
        Secret secret = secret(err);
        Deidentifier deid = new Deidentifier(ensembleOptions.build());
        Hl7Deidentifier engine = new Hl7Deidentifier(deid, new Hl7Deidentifier.Settings(chosen, secret, map, key));
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
        return result.quarantined().isEmpty() ? ExitCodes.OK : ExitCodes.RECORD_ERRORS;
    }

    private Secret secret(PrintWriter err) {
        return Secrets.loadOrRandom(secretFile, err, "hl7", "surrogates, date shifts and pseudonyms", "within this run");
    }
}
