package org.hubmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        return runWithInput("", args);
    }

    private static Run runWithInput(String input, String... args) {
        CommandLine cli = Main.commandLine(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A command that runs out of memory. */
    @CommandLine.Command(name = "greedy")
    static final class Greedy implements Runnable {
        @Override
        public void run() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExitCodeOne() {
        CommandLine cli = new CommandLine(new Greedy());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));

        assertEquals(1, Main.execute(cli));
        assertTrue(err.toString().matches("hubmap: error: out of memory with a Java heap of \\d+ MB; run it with"
                + " more, such as java -Xmx8g -jar hubmap.jar \\.\\.\\.\n"), err.toString());
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        Run run = run("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: hubmap"), run.out());
        assertTrue(run.out().contains("[FILE...]"), run.out());
        assertTrue(run.out().contains("2   bad usage"), run.out());
    }

    @Test
    void unknownOptionIsBadUsage() {
        Run run = run("--no-such-option");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
    }

    @Test
    void versionNamesTheProgram() {
        Run run = run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("HubMap "), run.out());
    }

    @Test
    void everyCommandPrintsTheProgramsVersion() {
        String version = run("--version").out();
        List<String> commands = commandPaths(Main.commandLine(), List.of());
        assertTrue(commands.size() >= 13, commands.toString());
        assertTrue(commands.contains("db push"), commands.toString());
        for (String command : commands) {
            Run run = run((command + " --version").split(" "));
            assertEquals(0, run.exitCode(), command + ": " + run.err());
            assertEquals(version, run.out(), command);
            assertEquals("", run.err(), command);
        }
    }

    @Test
    void everyCommandCanBeQuiet() {
        for (Map.Entry<String, CommandLine> command : leafCommands(Main.commandLine()).entrySet()) {
            assertNotNull(command.getValue().getCommandSpec().findOption("-q"), command.getKey());
            assertNotNull(command.getValue().getCommandSpec().findOption("--quiet"), command.getKey());
        }
    }

    /** Every subcommand of {@code cli} and theirs, as typed: "validate", "db", "db push". */
    private static List<String> commandPaths(CommandLine cli, List<String> above) {
        List<String> paths = new java.util.ArrayList<>();
        for (Map.Entry<String, CommandLine> command : cli.getSubcommands().entrySet()) {
            List<String> path = new java.util.ArrayList<>(above);
            path.add(command.getKey());
            paths.add(String.join(" ", path));
            paths.addAll(commandPaths(command.getValue(), path));
        }
        return paths;
    }

    /** The commands that do something, by how they are typed; {@code db} only gathers its own. */
    private static Map<String, CommandLine> leafCommands(CommandLine cli) {
        Map<String, CommandLine> leaves = new java.util.TreeMap<>();
        for (String path : commandPaths(cli, List.of())) {
            CommandLine command = cli;
            for (String name : path.split(" ")) {
                command = command.getSubcommands().get(name);
            }
            if (command.getSubcommands().isEmpty()) {
                leaves.put(path, command);
            }
        }
        return leaves;
    }

    @Test
    void convertToStandardOutputPipesIntoValidate() {
        Run convert = run("convert", "maps/sample-layout.geojson", "-");
        assertEquals(0, convert.exitCode(), convert.err());
        assertTrue(convert.out().startsWith("{\"type\":\"FeatureCollection\""), convert.out());

        Run validate = runWithInput(convert.out(), "validate", "-");
        assertEquals(0, validate.exitCode(), validate.err());
        assertEquals("<stdin>: valid, 28 features, 0 warnings\n", validate.out());
    }

    @Test
    void coordIsACommand() {
        Run run = run("coord", "50.4501", "30.5234");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("MGRS:     36U UA 24182 91607"), run.out());
    }

    @Test
    void aMistypedCommandIsBadUsageAndNamesTheNearestInsteadOfOpeningAWindow() {
        Run run = run("validat", "maps/sample-layout.geojson");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("hubmap: unknown command 'validat'; did you mean 'validate'? The commands"
                + " are validate, convert, stats, check, coord, export, diff, merge, db;"), run.err());
    }

    @Test
    void aWordFarFromEveryCommandIsStillNamedUnknown() {
        Run run = run("frobnicate");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("hubmap: unknown command 'frobnicate'. The commands are"), run.err());
    }

    @Test
    void aFileNamedWithoutExtensionIsNoCommand() {
        Main main = new Main();
        new CommandLine(main).parseArgs("maps");
        assertTrue(main.unknownCommand().isEmpty(), "maps exists");
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndReplacements() {
        assertEquals(0, Main.editDistance("merge", "merge"));
        assertEquals(1, Main.editDistance("validat", "validate"));
        assertEquals(2, Main.editDistance("chekc", "check"));
        assertEquals(5, Main.editDistance("", "stats"));
    }

    @Test
    void opensTheSampleLayoutWhenNoFileIsNamed() {
        Main main = new Main();
        new CommandLine(main).parseArgs();
        assertEquals(List.of(Path.of("maps/sample-layout.geojson")), main.filesToOpen());
    }

    @Test
    void opensTheNamedFilesInOrder() {
        Main main = new Main();
        new CommandLine(main).parseArgs("b.geojson", "a.geojson");
        assertEquals(List.of(Path.of("b.geojson"), Path.of("a.geojson")), main.filesToOpen());
    }
}
