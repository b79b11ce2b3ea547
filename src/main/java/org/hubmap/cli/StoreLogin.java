package org.hubmap.cli;

import java.util.Optional;
import org.hubmap.store.DatabaseAddress;
import org.hubmap.store.StoreException;

/**
 * Connects to a shared store as psql does: with the password the URI, {@code PGPASSWORD} or {@code ~/.pgpass} gives,
 * and when the server wants one and none was given, with one asked for at the terminal, once.
 */
final class StoreLogin {
    private StoreLogin() {
    }

    /** Opens a connection to a store, such as {@code SharedStore::connect}. */
    @FunctionalInterface
    interface Connector<T> {
        T connect(DatabaseAddress address) throws StoreException;
    }

    /**
     * Connects to {@code address}, asking {@code prompt} for a password if the server wants one.
     *
     * @throws StoreException when it cannot connect; when a password is needed and none can be asked for, one
     *     saying where to put it
     */
    static <T> T connect(DatabaseAddress address, PasswordPrompt prompt, Connector<T> connector)
            throws StoreException {
        try {
            return connector.connect(address);
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.PASSWORD_NEEDED) {
                throw e;
            }
            Optional<String> password = prompt.ask(address);
            if (password.isEmpty()) {
                throw new StoreException(StoreException.Reason.PASSWORD_NEEDED, "The server at " + address.host()
                        + ":" + address.port() + " asks a password of " + address.user() + " and none was given:"
                        + " put it in ~/.pgpass as " + address.host() + ":" + address.port() + ":"
                        + address.database() + ":" + address.user() + ":PASSWORD (chmod 600 ~/.pgpass), set"
                        + " PGPASSWORD, or run the command at a terminal to be asked for it", e);
            }
            return connector.connect(address.withPassword(password.get()));
        }
    }
}
