package org.hubmap.cli;

import java.io.Console;
import java.util.Optional;
import org.hubmap.store.DatabaseAddress;

/** Asks the person at the terminal for a database password when the server wants one. */
@FunctionalInterface
interface PasswordPrompt {
    /** No one to ask: standard input is a pipe or a file. */
    PasswordPrompt NOBODY = address -> Optional.empty();

    /** Asks at the console, without echoing what is typed; empty when there is no console or input ends. */
    PasswordPrompt CONSOLE = address -> {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("Password for %s at %s:%d: ", address.user(), address.host(),
                address.port());
        return typed == null ? Optional.empty() : Optional.of(new String(typed));
    };

    /** The password of {@code address}'s user, or empty when it is not given. */
    Optional<String> ask(DatabaseAddress address);
}
