package org.raddeid.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code raddeid} command. {@link #run} returns the exit code so tests can call it in-process; {@link #main} exits
 * with it.
 */
@Command(name = "raddeid", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "De-identifies radiology reports: finds PHI and measures how well it does.",
        subcommands = {ServeCommand.class, AnalyzeCommand.class, DeidCommand.class, DicomCommand.class,
                Hl7Command.class, Hl7ListenCommand.class, GenerateCommand.class, GenerateDicomCommand.class,
                EvaluateCommand.class, TrainOpenNlpCommand.class, BenchCommand.class, ServerBenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: the usage on stderr and exit code {@value ExitCodes#USAGE}, as for any bad command line. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("raddeid: a command is needed, such as serve, deid or analyze");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Runs the command with {@code args}, printing to the given writers, and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        return cl.execute(args);
    }

    /** Entry point of the runnable jar. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
