package org.hubmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading libpq's connection URIs as psql and QGIS users write them. */
class DatabaseAddressTest {
    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    @Test
    void readsEveryPartOfAFullUri() {
        DatabaseAddress address = DatabaseAddress.parse(
                "postgresql://alice:s%40cret@db.example.org:6543/plans?sslmode=verify-full&application_name=x",
                NO_ENVIRONMENT);
        assertEquals("db.example.org", address.host());
        assertEquals(6543, address.port());
        assertEquals("plans", address.database());
        assertEquals("alice", address.user());
        assertEquals("s@cret", address.password().orElseThrow());
        assertEquals("verify-full", address.driverProperties().getProperty("sslmode"));
        assertEquals("jdbc:postgresql://db.example.org:6543/plans", address.jdbcUrl());
    }

    @Test
    void leavesThePasswordOutOfItsText() {
        DatabaseAddress address = DatabaseAddress.parse("postgresql://alice:secret@host:5432/db", NO_ENVIRONMENT);
        assertFalse(address.toString().contains("secret"), address.toString());
        assertEquals("postgresql://alice@host:5432/db", address.toString());
    }

    @Test
    void takesWhatTheUriLeavesOutFromLibpqsVariablesThenItsDefaults() {
        DatabaseAddress fromEnvironment = DatabaseAddress.parse("postgresql://",
                Map.of("PGHOST", "pg.local", "PGPORT", "5433", "PGUSER", "bob", "PGDATABASE", "hub",
                        "PGSSLMODE", "require"));
        assertEquals("postgresql://bob@pg.local:5433/hub?sslmode=require", fromEnvironment.toString());
        DatabaseAddress defaults = DatabaseAddress.parse("postgres://carol@", NO_ENVIRONMENT);
        assertEquals("localhost", defaults.host());
        assertEquals(5432, defaults.port());
        assertEquals("carol", defaults.database());
        assertEquals("prefer", defaults.driverProperties().getProperty("sslmode"));
    }

    @Test
    void readsAnIpv6HostInBrackets() {
        DatabaseAddress address = DatabaseAddress.parse("postgresql://u@[::1]:5444/d", NO_ENVIRONMENT);
        assertEquals("::1", address.host());
        assertEquals(5444, address.port());
        assertEquals("jdbc:postgresql://[::1]:5444/d", address.jdbcUrl());
    }

    @Test
    void refusesWhatIsNotAConnectionUriWithWhatToWrite() {
        IllegalArgumentException notUri = assertThrows(IllegalArgumentException.class,
                () -> DatabaseAddress.parse("host=x dbname=y", NO_ENVIRONMENT));
        assertTrue(notUri.getMessage().contains("postgresql://USER@HOST:PORT/DATABASE"), notUri.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DatabaseAddress.parse("postgresql://u@h:99999/d",
                NO_ENVIRONMENT));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> DatabaseAddress.parse("postgresql://u@h/d?colour=red", NO_ENVIRONMENT));
        assertTrue(unknown.getMessage().contains("colour"), unknown.getMessage());
    }
}
