package org.factline.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point of the {@code factline} command. */
public final class Main {

    /**
     * Lucene logs a warning on first use, on a JVM without the incubating vector module, that advises adding it;
     * adding it makes the JVM print a warning of its own instead, and Factline has no vectors to search. Held in
     * a field: a logger nobody refers to may be collected, and its level forgotten.
     */
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {
    }

    public static void main(String[] args) {
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
        // H2 serves a data folder to the other factline processes of the same user (AUTO_SERVER): on
        // loopback only, never on the network. Set before H2 is loaded.
        System.setProperty("h2.bindAddress", "127.0.0.1");
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 done, 1 some inputs failed, 2 usage error. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The command line, ready to execute: usage errors become exit code 2 and errors in commands exit code 1,
     * each with a one-line message.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new FactlineCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("factline: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
                    return CommandLine.ExitCode.SOFTWARE;
                });
    }

    /** What was wrong and where help is, on one line (with picocli's "did you mean" for a mistyped option). */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println(name + ": " + e.getMessage() + " (see " + name + " --help)");
        CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
}
