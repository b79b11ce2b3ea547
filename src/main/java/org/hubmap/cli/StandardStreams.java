package org.hubmap.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.hubmap.io.LayoutSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The standard streams, used the same way by every command, so that commands can be piped into each other:
 * standard output holds results and nothing else (a report, or a layout written to {@code -}); standard error
 * holds errors, warnings and notes of what was done, the last two left out with {@code -q}. A layout named
 * {@code -} is read from standard input, and is named {@code <stdin>} in messages.
 */
public final class StandardStreams {
    /** The name that stands for standard input or standard output. */
    static final String STANDARD = "-";
    /** How messages name standard input. */
    static final Path STANDARD_INPUT = Path.of("<stdin>");
    private static final PrintWriter NOWHERE = new PrintWriter(Writer.nullWriter());

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = {"-q", "--quiet"},
            description = "Print results and errors only: no warnings, and no notes of what was written.")
    private boolean quiet;

    private final InputStream standardInput;
    private final boolean standardInputIsTerminal;
    private boolean standardInputTaken;

    StandardStreams() {
        this(System.in, System.console() != null);
    }

    private StandardStreams(InputStream standardInput, boolean standardInputIsTerminal) {
        this.standardInput = standardInput;
        this.standardInputIsTerminal = standardInputIsTerminal;
    }

    /**
     * Makes the commands, giving each the process's standard input, which is a terminal when Java has a console:
     * then a command that would wait for input unasked says what it wants, and a password can be asked for.
     */
    public static CommandLine.IFactory factory() {
        return factory(System.in, System.console() != null);
    }

    /** Makes the commands, giving each the standard input {@code in}, which is no terminal. */
    public static CommandLine.IFactory factory(InputStream in) {
        return factory(in, false);
    }

    /** Makes the commands, giving each the standard input {@code in}, a terminal or not. */
    static CommandLine.IFactory factory(InputStream in, boolean terminal) {
        CommandLine.IFactory standard = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == StandardStreams.class ? type.cast(new StandardStreams(in, terminal))
                        : standard.create(type);
            }
        };
    }

    /** Standard input as it comes, for a command that reads it as lines of text rather than as a layout. */
    InputStream input() {
        return standardInput;
    }

    /**
     * Whether standard input is a person at a terminal rather than a pipe or a file: a command that would read it
     * unasked then says what it wants instead of waiting.
     */
    boolean inputIsTerminal() {
        return standardInputIsTerminal;
    }

    /** Whether {@code file} stands for standard input or output. */
    static boolean isStandard(Path file) {
        return file.toString().equals(STANDARD);
    }

    /** How messages name {@code file}: {@code <stdin>} for {@code -}. */
    static String nameOf(Path file) {
        return isStandard(file) ? STANDARD_INPUT.toString() : file.toString();
    }

    /**
     * What to read for {@code file}: the file, or standard input for {@code -}, which can be read once only.
     *
     * @throws ParameterException when standard input is asked for a second time
     */
    LayoutSource source(Path file) {
        if (!isStandard(file)) {
            return LayoutSource.file(file);
        }
        if (standardInputTaken) {
            throw new ParameterException(command.commandLine(), "standard input (-) can be read only once: name"
                    + " it for one layout, and the others by their files");
        }
        standardInputTaken = true;
        return LayoutSource.stream(standardInput, STANDARD_INPUT);
    }

    /** Where results go. */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** Where errors go, whatever {@code -q} says. */
    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** Where warnings go: the error stream, or nowhere with {@code -q}. */
    PrintWriter warnings() {
        return quiet ? NOWHERE : err();
    }

    /** A note of what was done, such as how many features were written; left out with {@code -q}. */
    void note(String line) {
        warnings().println(line);
    }

    /** Writes out what is pending on both streams. */
    void flush() {
        out().flush();
        err().flush();
    }
}
