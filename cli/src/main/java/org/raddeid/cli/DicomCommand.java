package org.raddeid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.raddeid.cli.io.Progress;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.io.AtomicOutput;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.dicom.deid.DicomDeidentifier;
import org.raddeid.dicom.deid.DicomRun;
import org.raddeid.dicom.deid.DicomSettings;
import org.raddeid.dicom.deid.ProfileOption;
import org.raddeid.dicom.deid.SafePrivate;
import org.raddeid.recognizers.Policies;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code raddeid dicom}: de-identifies every file under a folder by PS3.15 Table E.1-1, with descriptors and SR text
 * through the recognizers ({@link DicomRun}). Outputs are named by their new UIDs; files that cannot be de-identified
 * completely go, as they were, to the quarantine folder, which therefore holds PHI and must not be inside the output.
 * Exit codes: 0 all written and no leftovers; {@value ExitCodes#RECORD_ERRORS} when any file was quarantined;
 * {@value ExitCodes#REVIEW} when all were written but the residual check found PHI-like text in values kept as they
 * were; {@value ExitCodes#USAGE} and {@value ExitCodes#FATAL} as for every command.
 */
@Command(name = "dicom", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "De-identify a folder of DICOM files (PS3.15 profile, text through the recognizers).",
        footer = {"", "Exit codes: 0 done; 1 some files quarantined; 4 all written but the residual check found "
                + "PHI-like text in kept values (review); 2 usage error; 3 nothing usable written."})
final class DicomCommand implements java.util.concurrent.Callable<Integer> {

    /** The policy for DICOM when none is named: names get surrogates and dates shift, as {@code deid --policy surrogate}. */
    static final String DEFAULT_POLICY = "surrogate";

    @Spec
    private CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "DIR", description = "Folder of DICOM files (recursive).")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where de-identified files go, as STUDY/SERIES/INSTANCE.dcm by their new UIDs.")
    Path out;

    @Option(names = "--quarantine", paramLabel = "DIR",
            description = "Where files that cannot be de-identified are copied as they were; holds PHI "
                    + "(default: OUT.quarantine beside OUT).")
    Path quarantine;

    @Option(names = "--profile-options", paramLabel = "LIST", defaultValue = "default",
            description = "Comma-separated PS3.15 options: default (clean-descriptors, clean-structured-content, "
                    + "retain-longitudinal-modified-dates), none, or any of retain-safe-private, retain-uids, "
                    + "retain-device-identity, retain-institution-identity, retain-patient-characteristics, "
                    + "retain-longitudinal-full-dates, retain-longitudinal-modified-dates, clean-descriptors, "
                    + "clean-structured-content, clean-graphics (default: ${DEFAULT-VALUE}).")
    String profileOptions;

    @Option(names = "--policy", paramLabel = "NAME|FILE", defaultValue = DEFAULT_POLICY,
            description = "Policy for PHI in text and for names and IDs: surrogate (default), safe-harbor, "
                    + "limited-data-set, or a .yaml/.yml/.json policy file.")
    String policy;

    @Mixin
    EnsembleOptions ensembleOptions;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "The secret key (else env RADDEID_SECRET; else a random one for this run).")
    Path secretFile;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--burned-in", paramLabel = "quarantine|flag|strict", converter = BurnedInConverter.class,
            defaultValue = "quarantine",
            description = "Images with Burned In Annotation YES: quarantine them (default) or write them with a "
                    + "flag in the report; strict also quarantines images at risk of burned-in text (US, XA, SC, "
                    + "…; CR, DX, MG that do not declare it), which the others flag (raddeid does not clean pixels).")
    DicomSettings.BurnedIn burnedIn;

    @Option(names = "--safe-private", paramLabel = "FILE",
            description = "Private attributes known safe (lines CREATOR<TAB>gggg<TAB>xx); used with the "
                    + "retain-safe-private option.")
    Path safePrivate;

    @Option(names = "--no-residual-check", description = "Do not scan the output's text with the recognizers.")
    boolean noResidualCheck;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the JSON run report here (it is always in OUT/" + DicomRun.REPORT + ").")
    Path report;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path quarantineDir = quarantine != null ? quarantine : defaultQuarantine(out);
        checkFolders(quarantineDir);
        if (threads < 1) {
            throw new UserError("--threads must be at least 1, was " + threads);
        }
        DicomSettings settings = new DicomSettings(options(), policy(), secret(err), burnedIn, safePrivate(),
                !noResidualCheck);
        DicomDeidentifier engine = new DicomDeidentifier(new Deidentifier(ensembleOptions.build(err, "dicom")), settings);
        // the bar is made at the first file, when the run knows how many there are (for the percentage and ETA)
        Progress[] bar = new Progress[1];
        boolean terminal = Progress.isTerminal();
        DicomRun.Totals totals = new DicomRun(engine, threads).run(in, out, quarantineDir, (done, all, bytes) -> {
            synchronized (bar) {
                if (bar[0] == null) {
                    bar[0] = new Progress(err, terminal, all, "dicom");
                }
                bar[0].update(done, done, bytes);
            }
        });
        synchronized (bar) {
            if (bar[0] != null) {
                bar[0].finish(totals.files(), totals.files(), totals.bytes());
            }
        }
        if (report != null) {
            AtomicOutput.writeString(report, totals.toJson().toPrettyString() + "\n");
        }
        err.println(summary(totals, quarantineDir));
        if (!totals.quarantined().isEmpty()) {
            return ExitCodes.RECORD_ERRORS;
        }
        return totals.leftovers() > 0 ? ExitCodes.REVIEW : ExitCodes.OK;
    }

    /** {@code OUT.quarantine} beside {@code out}. */
    static Path defaultQuarantine(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        Path name = abs.getFileName();
        return abs.resolveSibling((name == null ? "out" : name.toString()) + ".quarantine");
    }

    /** Refuses an output inside (or equal to) the input, and a quarantine (PHI) inside the output. */
    private void checkFolders(Path quarantineDir) throws IOException {
        if (!Files.isDirectory(in)) {
            throw new UserError("--in: no such folder: " + in);
        }
        Path absIn = in.toRealPath();
        Path absOut = real(out);
        Path absQuarantine = real(quarantineDir);
        if (absOut.startsWith(absIn)) {
            throw new UserError("--out must not be --in or a folder inside it: " + out);
        }
        if (absIn.startsWith(absOut)) {
            throw new UserError("--out must not contain --in (outputs would mix with inputs): " + out);
        }
        if (absQuarantine.startsWith(absOut)) {
            throw new UserError("--quarantine must not be --out or inside it: quarantined files hold PHI: "
                    + quarantineDir);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("--out is a file, not a folder: " + out);
        }
    }

    /** The real path of {@code p}, or of its nearest existing ancestor with the rest appended (it may not exist). */
    private static Path real(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        return existing.toRealPath().resolve(existing.relativize(abs));
    }

    private Set<ProfileOption> options() {
        try {
            return ProfileOption.parseList(profileOptions);
        } catch (IllegalArgumentException e) {
            throw new UserError("--profile-options: " + e.getMessage());
        }
    }

    private Policy policy() {
        try {
            return Policies.resolve(policy);
        } catch (IllegalArgumentException e) {
            throw new UserError("--policy: " + e.getMessage());
        }
    }

    private SafePrivate safePrivate() {
        if (safePrivate == null) {
            return SafePrivate.NONE;
        }
        try {
            return SafePrivate.read(safePrivate);
        } catch (NoSuchFileException e) {
            throw new UserError("--safe-private: no such file: " + safePrivate);
        } catch (IOException e) {
            throw new UserError("--safe-private: cannot read " + safePrivate + " (" + e.getClass().getSimpleName()
                    + ")");
        } catch (IllegalArgumentException e) {
            throw new UserError("--safe-private: " + e.getMessage());
        }
    }

    private Secret secret(PrintWriter err) {
        return Secrets.loadOrRandom(secretFile, err, "dicom", "UIDs, surrogates, date shifts and pseudonyms", "within this run");
    }

    /** One line: files, written, quarantined, leftovers, time and rates. Counts only, no value from a file. */
    static String summary(DicomRun.Totals t, Path quarantineDir) {
        double s = t.seconds();
        String line = String.format(Locale.ROOT, "dicom: %d files, %d written, %d quarantined, %d leftovers in kept "
                + "values; %.1f s (%.1f files/s, %.1f MB/s)", t.files(), t.written(), t.quarantined().size(),
                t.leftovers(), s, s > 0 ? t.files() / s : 0.0, s > 0 ? t.bytes() / 1e6 / s : 0.0);
        if (!t.quarantined().isEmpty()) {
            line += "; quarantine (holds PHI): " + quarantineDir;
        }
        return line;
    }

    /** Accepts {@code quarantine}, {@code flag} and {@code strict} in any case. */
    static final class BurnedInConverter implements ITypeConverter<DicomSettings.BurnedIn> {
        @Override
        public DicomSettings.BurnedIn convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "quarantine" -> DicomSettings.BurnedIn.QUARANTINE;
                case "flag" -> DicomSettings.BurnedIn.FLAG;
                case "strict" -> DicomSettings.BurnedIn.STRICT;
                default -> throw new TypeConversionException("expected quarantine, flag or strict, was '" + value
                        + "'");
            };
        }
    }
}
