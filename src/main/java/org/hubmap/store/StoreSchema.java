package org.hubmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hubmap.model.CountryNames;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * HubMap's schema in a database, created and migrated by Flyway from {@code db/hubmap}, and the roles that say who
 * may change what: {@code hubmap_reader} reads every layout; {@code hubmap_editor} may also add layouts; each
 * {@code hubmap_nation_xxx} is an editor whose row-level security lets it change only features of nation XXX;
 * {@code hubmap_admin} changes all and removes layouts.
 */
final class StoreSchema {
    static final String SCHEMA = "hubmap";
    private static final Pattern LOGIN_ROLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$.@-]*");

    private final Connection connection;
    private final DatabaseAddress address;

    StoreSchema(Connection connection, DatabaseAddress address) {
        this.connection = connection;
        this.address = address;
    }

    List<String> initialise(List<String> nations, List<String> members) throws StoreException {
        List<String> done = new ArrayList<>();
        List<String> nationCodes = new ArrayList<>();
        for (String nation : nations) {
            nationCodes.add(nationCode(nation));
        }
        List<String[]> memberships = new ArrayList<>();
        for (String member : members) {
            memberships.add(membership(member));
        }
        try {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            }
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.NOT_PERMITTED, "PostGIS is not in " + address.database()
                    + " and " + address.user() + " cannot add it (" + e.getMessage().lines().findFirst().orElse("")
                    + "): a superuser runs CREATE EXTENSION postgis there, or install postgresql-15-postgis-3", e);
        }
        done.add(migrate());
        try {
            connection.setAutoCommit(false);
            createGroup("hubmap_reader", done);
            createGroup("hubmap_editor", done);
            createGroup("hubmap_admin", done);
            for (String nation : nationCodes) {
                createGroup(nationRole(nation), done);
            }
            for (String[] membership : memberships) {
                if (membership[1].startsWith("hubmap_nation_")) {
                    createGroup(membership[1], done);
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String grant : List.of(
                        "GRANT USAGE ON SCHEMA hubmap TO hubmap_reader",
                        "GRANT SELECT ON ALL TABLES IN SCHEMA hubmap TO hubmap_reader",
                        "GRANT hubmap_reader TO hubmap_editor",
                        "GRANT INSERT ON hubmap.layouts TO hubmap_editor",
                        "GRANT UPDATE (members) ON hubmap.layouts TO hubmap_editor",
                        "GRANT INSERT, UPDATE, DELETE ON hubmap.features TO hubmap_editor",
                        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA hubmap TO hubmap_editor",
                        "GRANT hubmap_editor TO hubmap_admin",
                        "GRANT UPDATE, DELETE ON hubmap.layouts TO hubmap_admin")) {
                    statement.execute(grant);
                }
                for (String role : groupRoles(statement)) {
                    if (role.startsWith("hubmap_nation_")) {
                        statement.execute("GRANT hubmap_editor TO " + role);
                    }
                }
            }
            for (String[] membership : memberships) {
                grantMembership(membership[0], membership[1], done);
            }
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            rollBack();
            throw StoreException.of(e, address, "setting up the roles");
        }
        return done;
    }

    /** Creates or migrates the schema; says what it did. */
    private String migrate() throws StoreException {
        try {
            Flyway flyway = flyway();
            int before = flyway.info().applied().length;
            int applied = flyway.migrate().migrationsExecuted;
            return applied == 0 ? "The schema is up to date."
                    : (before == 0 ? "Created the schema hubmap" : "Migrated the schema hubmap") + " ("
                            + applied + " step" + (applied == 1 ? "" : "s") + ").";
        } catch (FlywayException e) {
            throw new StoreException(StoreException.Reason.FAILED, "The schema could not be set up in "
                    + address + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private Flyway flyway() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(address.jdbcUrl());
        address.driverProperties().forEach((name, value) -> {
            try {
                source.setProperty(name.toString(), value.toString());
            } catch (SQLException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
        return Flyway.configure(StoreSchema.class.getClassLoader()).dataSource(source).schemas(SCHEMA)
                .createSchemas(true).locations("classpath:db/hubmap").load();
    }

    /**
     * Whether the schema is there and as this HubMap knows it.
     *
     * @throws StoreException saying what to do when it is not
     */
    static void requireCurrent(Connection connection, DatabaseAddress address) throws StoreException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT to_regclass('hubmap.layouts') IS NOT NULL")) {
            rows.next();
            if (!rows.getBoolean(1)) {
                throw new StoreException(StoreException.Reason.NOT_INITIALISED, StoreException.notInitialised(address));
            }
        } catch (SQLException e) {
            throw StoreException.of(e, address, "looking for HubMap's layouts");
        }
    }

    private void createGroup(String role, List<String> done) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            exists.setString(1, role);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + role + " NOLOGIN");
        }
        done.add("Created the role " + role + ".");
    }

    private static List<String> groupRoles(Statement statement) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE 'hubmap\\_%'")) {
            while (rows.next()) {
                roles.add(rows.getString(1));
            }
        }
        return roles;
    }

    private void grantMembership(String login, String group, List<String> done) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT pg_has_role(?, ?, 'MEMBER')")) {
            exists.setString(1, login);
            exists.setString(2, group);
            try (ResultSet row = exists.executeQuery()) {
                row.next();
                if (row.getBoolean(1)) {
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("GRANT " + group + " TO " + quoted(login));
        }
        done.add("Made " + login + " a member of " + group + ".");
    }

    /** The role of the nation {@code code} (ISO 3166-1 alpha-3). */
    static String nationRole(String code) {
        return "hubmap_nation_" + code.toLowerCase(Locale.ROOT);
    }

    private static String nationCode(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (CountryNames.englishName(code).isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO 3166-1 alpha-3 country code, such as"
                    + " GBR or FRA");
        }
        return code;
    }

    /** {@code LOGIN=GROUP} as the login and its group role. */
    private static String[] membership(String text) {
        int equals = text.indexOf('=');
        String login = equals < 0 ? "" : text.substring(0, equals).strip();
        String group = equals < 0 ? "" : text.substring(equals + 1).strip();
        if (!LOGIN_ROLE.matcher(login).matches() || group.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' is not LOGIN=NATION, LOGIN=admin or LOGIN=reader,"
                    + " such as alice=GBR");
        }
        String role = switch (group.toLowerCase(Locale.ROOT)) {
            case "admin" -> "hubmap_admin";
            case "reader" -> "hubmap_reader";
            default -> nationRole(nationCode(group));
        };
        return new String[] {login, role};
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private void rollBack() {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // Broken connection: nothing was committed.
        }
    }
}
