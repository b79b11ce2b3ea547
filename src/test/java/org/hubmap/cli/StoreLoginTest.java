package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hubmap.store.DatabaseAddress;
import org.hubmap.store.StoreException;
import org.junit.jupiter.api.Test;

/**
 * A server that wants a password gets the one typed at the terminal; without a terminal the user is told where to
 * put it. The test server trusts every local connection, so a stand-in server plays the one that asks.
 */
class StoreLoginTest {
    private static final DatabaseAddress ADDRESS = DatabaseAddress.parse(
            "postgresql://alice@dbhost:5433/hubmap?sslmode=require");

    /** Wants the password "secret", as a server with password authentication does; answers with the address. */
    private final List<Optional<String>> tried = new ArrayList<>();

    private DatabaseAddress server(DatabaseAddress address) throws StoreException {
        tried.add(address.password());
        if (address.password().isEmpty()) {
            throw new StoreException(StoreException.Reason.PASSWORD_NEEDED, "no password was provided");
        }
        if (!address.password().get().equals("secret")) {
            throw new StoreException(StoreException.Reason.REFUSED, "password authentication failed for alice");
        }
        return address;
    }

    @Test
    void thePasswordTypedIsTriedOnce() throws StoreException {
        DatabaseAddress connected = StoreLogin.connect(ADDRESS, address -> Optional.of("secret"), this::server);
        assertEquals(Optional.of("secret"), connected.password());
        assertEquals(List.of(Optional.empty(), Optional.of("secret")), tried);
    }

    @Test
    void aWrongPasswordIsTheServersRefusal() {
        StoreException refused = assertThrows(StoreException.class,
                () -> StoreLogin.connect(ADDRESS, address -> Optional.of("guess"), this::server));
        assertEquals(StoreException.Reason.REFUSED, refused.reason());
        assertEquals(2, tried.size());
    }

    @Test
    void withoutATerminalItSaysWhereToPutThePassword() {
        StoreException needed = assertThrows(StoreException.class,
                () -> StoreLogin.connect(ADDRESS, PasswordPrompt.NOBODY, this::server));
        assertEquals(StoreException.Reason.PASSWORD_NEEDED, needed.reason());
        assertTrue(needed.getMessage().contains("asks a password of alice and none was given: put it in ~/.pgpass"
                + " as dbhost:5433:hubmap:alice:PASSWORD (chmod 600 ~/.pgpass), set PGPASSWORD, or run the command"
                + " at a terminal to be asked for it"), needed.getMessage());
        assertEquals(1, tried.size());
    }

    @Test
    void aServerThatWantsNoPasswordIsNeverAskedOne() throws StoreException {
        PasswordPrompt never = address -> {
            throw new AssertionError("asked for a password no one wanted");
        };
        DatabaseAddress given = ADDRESS.withPassword("secret");
        assertSame(given, StoreLogin.connect(given, never, this::server));
    }
}
