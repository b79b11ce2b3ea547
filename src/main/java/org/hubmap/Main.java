package org.hubmap;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hubmap.cli.CheckCommand;
import org.hubmap.cli.ConvertCommand;
import org.hubmap.cli.CoordCommand;
import org.hubmap.cli.DbCommand;
import org.hubmap.cli.DiffCommand;
import org.hubmap.cli.ExitCodes;
import org.hubmap.cli.ExportCommand;
import org.hubmap.cli.MergeCommand;
import org.hubmap.cli.StandardStreams;
import org.hubmap.cli.StatsCommand;
import org.hubmap.cli.ValidateCommand;
import org.hubmap.ui.HubMapApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The single entry point of {@code hubmap.jar}. With no command it opens the desktop window; later headless
 * commands are picocli subcommands of this one and never start the JavaFX toolkit.
 *
 * <p>This class deliberately does not extend {@code javafx.application.Application}: a plain main class lets the
 * JavaFX runtime load from the class path of a shaded jar.
 */
@Command(name = "hubmap", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {ValidateCommand.class, ConvertCommand.class, StatsCommand.class, CheckCommand.class,
            CoordCommand.class, ExportCommand.class, DiffCommand.class, MergeCommand.class, DbCommand.class},
        description = {"Plan hubs, depots and ceasefire-monitoring zones on an offline map of Ukraine.",
            "", "With no FILE, opens " + Main.SAMPLE_LAYOUT + " when it exists."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad data (diff: the layouts differ; merge: conflicts remain)",
            "2:bad usage (diff, merge: also a layout that cannot be read)"})
public final class Main implements Callable<Integer> {
    static final String SAMPLE_LAYOUT = "maps/sample-layout.geojson";
    private static final String LOG4J_CONTEXT_FACTORY = "log4j2.loggerContextFactory";

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "GeoJSON layout files to open in the window.")
    private List<Path> files = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Option(names = "--screenshot", paramLabel = "PNG",
            description = "Open the window, save a picture of it to PNG once the map is drawn, and quit.")
    private Path screenshot;

    public static void main(String[] args) {
        quietLibraryLogging();
        CommandLine cli = commandLine();
        // Layouts written to standard output are JSON or XML, which are UTF-8 whatever the locale's charset. Written
        // to the descriptor itself, a reader that went away is seen, where System.out would keep it to itself.
        cli.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true));
        System.exit(execute(cli, args));
    }

    /**
     * Runs {@code cli}. Should the heap still run out (every reader holds one feature at a time, so only a layout of
     * very many features in a small heap can), that ends the command with one line saying so and how to give Java
     * more, exit code 1, never a stack trace.
     */
    static int execute(CommandLine cli, String... args) {
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            cli.getErr().println("hubmap: error: out of memory with a Java heap of "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB; run it with more, such as"
                    + " java -Xmx8g -jar hubmap.jar ...");
            cli.getErr().flush();
            return ExitCodes.BAD_DATA;
        }
    }

    /**
     * Apache POI, which writes slides, logs through Log4j's API; with no logging back end in the jar, Log4j would
     * complain of that on every run. Its own simple logger prints only errors, to standard error.
     */
    static void quietLibraryLogging() {
        if (System.getProperty(LOG4J_CONTEXT_FACTORY) == null) {
            System.setProperty(LOG4J_CONTEXT_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    /**
     * The command line with every subcommand: usage errors exit with 2, and an unexpected failure prints one line,
     * never a stack trace, and exits with 1. Every subcommand answers {@code --help} and {@code --version}, the
     * version being the program's, whether or not its class asks for them.
     */
    static CommandLine commandLine() {
        return commandLine(StandardStreams.factory());
    }

    /** As {@link #commandLine()}, with {@code in}, which is no terminal, as the commands' standard input. */
    static CommandLine commandLine(InputStream in) {
        return commandLine(StandardStreams.factory(in));
    }

    private static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new Main(), factory);
        giveStandardHelpOptions(cli);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("hubmap: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            commandLine.getErr().flush();
            return 1;
        });
        return cli;
    }

    /** Gives {@code --help} and {@code --version} to every subcommand of {@code command}, theirs included. */
    private static void giveStandardHelpOptions(CommandLine command) {
        for (CommandLine subcommand : command.getSubcommands().values()) {
            subcommand.getCommandSpec().mixinStandardHelpOptions(true).versionProvider(new Version());
            giveStandardHelpOptions(subcommand);
        }
    }

    @Override
    public Integer call() {
        Optional<String> unknown = unknownCommand();
        if (unknown.isPresent()) {
            spec.commandLine().getErr().println(unknown.get());
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_USAGE;
        }
        try {
            if (screenshot != null) {
                HubMapApplication.launchForScreenshot(filesToOpen(), screenshot);
            } else {
                HubMapApplication.launchWith(filesToOpen());
            }
            return 0;
        } catch (UnsupportedOperationException noDisplay) {
            System.err.println("hubmap: cannot open a window here (" + noDisplay.getMessage() + "); the headless"
                    + " commands validate, convert, stats, check, coord, export, diff, merge and db work without one"
                    + " (see hubmap --help)");
            return 1;
        }
    }

    /**
     * What to say when the first word is no file but looks like a mistyped command ({@code hubmap validat x}): a word
     * without a dot or a slash, naming nothing on disk. Without this the window would open and report a missing file.
     */
    Optional<String> unknownCommand() {
        if (files.isEmpty()) {
            return Optional.empty();
        }
        String word = files.get(0).toString();
        if (word.contains(".") || word.contains("/") || Files.exists(files.get(0))) {
            return Optional.empty();
        }
        List<String> commands = List.copyOf(spec.subcommands().keySet());
        String nearest = commands.stream().min(Comparator.comparingInt(command -> editDistance(word, command)))
                .filter(command -> editDistance(word, command) <= 2).orElse(null);
        return Optional.of("hubmap: unknown command '" + word + "'" + (nearest == null ? "."
                : "; did you mean '" + nearest + "'?") + " The commands are " + String.join(", ", commands)
                + "; a layout to open is named with its extension (see hubmap --help).");
    }

    /** How many letters must be inserted, deleted or replaced to turn {@code a} into {@code b}. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    List<Path> filesToOpen() {
        if (!files.isEmpty()) {
            return List.copyOf(files);
        }
        Path sample = Path.of(SAMPLE_LAYOUT);
        return Files.isRegularFile(sample) ? List.of(sample) : List.of();
    }

    /** Reports the version written into the jar's manifest at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"HubMap " + (version == null ? "development build" : version)};
        }
    }
}
