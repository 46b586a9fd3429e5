package org.raddeid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.hl7.FieldMap;
import org.raddeid.hl7.Hl7Deidentifier;
import org.raddeid.hl7.PatientKeyField;
import org.raddeid.recognizers.Policies;
import picocli.CommandLine.Option;

/** The options {@code hl7} and {@code hl7-listen} share: policy, secret, field map and patient key. */
final class Hl7Options {

    @Option(names = "--policy", paramLabel = "NAME|FILE", defaultValue = Policies.DEFAULT,
            description = "safe-harbor (default), surrogate, limited-data-set, or a .yaml/.yml/.json policy file.")
    String policy;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "The secret key (else env RADDEID_SECRET; else a random one for this run).")
    Path secretFile;

    @Option(names = "--field-map", paramLabel = "FILE",
            description = "Field map to use instead of the shipped one (same columns; see docs/HL7.md).")
    Path fieldMap;

    @Option(names = "--patient-key", paramLabel = "SEG-F.C", defaultValue = "PID-3.1",
            description = "Field holding the patient key, first repetition (default: ${DEFAULT-VALUE}).")
    String patientKey;

    @Option(names = "--recheck", description = "Give the rewritten report text a second opinion (the residual "
            + "check): leftovers are listed in the report, and hl7 then exits 4. Costs a second pass of the recognizers.")
    boolean recheck;

    /**
     * Returns the bridge settings these options name; without a secret, a random one and a note on {@code err} that
     * replacements are consistent {@code until} only.
     *
     * @throws UserError naming the bad policy, field map, patient key or secret
     */
    Hl7Deidentifier.Settings settings(PrintWriter err, String command, String until) {
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
        return new Hl7Deidentifier.Settings(chosen, Secrets.loadOrRandom(secretFile, err, command,
                "surrogates, date shifts and pseudonyms", until), map, key, recheck);
    }
}
