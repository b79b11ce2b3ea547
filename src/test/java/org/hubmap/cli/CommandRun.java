package org.hubmap.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs one command of the jar in-process and captures what it prints. */
record CommandRun(int exitCode, String out, String err) {
    static CommandRun of(Object command, String... args) {
        return run(new CommandLine(command), args);
    }

    /** Runs {@code cli}, made by the test as it needs. */
    static CommandRun on(CommandLine cli, String... args) {
        return run(cli, args);
    }

    /** Runs a command of type {@code command} with {@code input} as its standard input. */
    static CommandRun withInput(String input, Class<?> command, String... args) {
        return withInput(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), command, args);
    }

    /** Runs a command of type {@code command} with {@code input} as its standard input. */
    static CommandRun withInput(InputStream input, Class<?> command, String... args) {
        return run(new CommandLine(command, StandardStreams.factory(input)), args);
    }

    private static CommandRun run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
