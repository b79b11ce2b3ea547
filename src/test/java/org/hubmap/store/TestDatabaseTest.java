package org.hubmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The throwaway PostGIS server the shared store's tests use, and the separate databases they take from it. */
class TestDatabaseTest {

    @Test
    void connectsAsTheUserOfItsUriToADatabaseWithPostGis() throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select current_user, postgis_version()")) {
            assertTrue(row.next());
            assertEquals(TestDatabase.user(), row.getString(1));
            assertTrue(row.getString(2).matches("\\d.*"), row.getString(2));
        }
        assertTrue(TestDatabase.jdbcUrl().matches("jdbc:postgresql://[^/]+:\\d+/[^/?]+"), TestDatabase.jdbcUrl());
    }

    @Test
    void freshDatabasesAreTwoDifferentDatabasesEachWithPostGis() throws SQLException {
        String first = TestDatabase.freshDatabase();
        String second = TestDatabase.freshDatabase();
        assertNotEquals(first, second);

        try (Connection a = TestDatabase.connect(first); Connection b = TestDatabase.connect(second);
                Statement inA = a.createStatement(); Statement inB = b.createStatement()) {
            assertEquals(databaseOf(first), single(inA, "select current_database()"));
            assertEquals(databaseOf(second), single(inB, "select current_database()"));
            assertTrue(single(inA, "select postgis_version()").matches("\\d.*"));
            assertTrue(single(inB, "select postgis_version()").matches("\\d.*"));

            inA.execute("create table layout (id integer primary key, place geometry(Point, 4326))");
            inA.execute("insert into layout values (1, ST_SetSRID(ST_MakePoint(30.52, 50.45), 4326))");
            assertEquals("POINT(30.52 50.45)", single(inA, "select ST_AsText(place) from layout"));
            assertEquals("0", single(inB, "select count(*) from pg_tables where tablename = 'layout'"));
        }
    }

    private static String databaseOf(String uri) {
        String name = URI.create(uri).getPath().substring(1);
        assertTrue(name.startsWith("t_"), uri);
        return name;
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet row = statement.executeQuery(query)) {
            assertTrue(row.next(), query);
            return row.getString(1);
        }
    }
}
