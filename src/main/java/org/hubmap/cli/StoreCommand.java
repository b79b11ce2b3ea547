package org.hubmap.cli;

import java.util.concurrent.Callable;
import org.hubmap.store.DatabaseAddress;
import org.hubmap.store.SharedStore;
import org.hubmap.store.StoreException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every {@code db} command shares: {@code --db URL}, connecting (with a password asked for at a terminal when
 * the server wants one), and a failure of the store reported in one line, the store's own message, with exit code 1.
 */
abstract class StoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StandardStreams streams;

    @Option(names = "--db", required = true, paramLabel = "URL", converter = DatabaseUri.class,
            description = "The database, as libpq's URI: postgresql://USER@HOST:PORT/DATABASE, with ?sslmode=require"
                + " (or verify-full) for TLS. The password comes from ~/.pgpass or PGPASSWORD, or is asked for at a"
                + " terminal.")
    DatabaseAddress database;

    @Override
    public final Integer call() {
        checkUsage();
        PasswordPrompt prompt = streams.inputIsTerminal() ? PasswordPrompt.CONSOLE : PasswordPrompt.NOBODY;
        try (SharedStore store = StoreLogin.connect(database, prompt, SharedStore::connect)) {
            return run(store);
        } catch (StoreException e) {
            streams.err().println(spec.qualifiedName() + ": " + e.getMessage());
            return ExitCodes.BAD_DATA;
        } finally {
            streams.flush();
        }
    }

    /**
     * Refuses, before connecting, what the command cannot do whatever the server holds.
     *
     * @throws ParameterException saying what is wrong
     */
    void checkUsage() {
    }

    /**
     * Does the command's work in {@code store}.
     *
     * @return the exit code
     * @throws StoreException when the store cannot do it
     */
    abstract int run(SharedStore store) throws StoreException;

    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
