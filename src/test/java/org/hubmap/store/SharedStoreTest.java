package org.hubmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pushing, pulling, listing, and saving a shared layout feature by feature, against a real PostGIS server. */
class SharedStoreTest {
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson");
    private static DatabaseAddress address;

    @BeforeAll
    static void initialise() throws Exception {
        address = DatabaseAddress.parse(TestDatabase.freshDatabase());
        try (SharedStore store = SharedStore.connect(address)) {
            List<String> done = store.initialise(List.of("UKR", "POL"), List.of());
            assertTrue(done.get(0).startsWith("Created the schema"), done.toString());
            assertEquals("The schema is up to date.", store.initialise(List.of(), List.of()).get(0));
        }
    }

    @Test
    void pushedLayoutIsPulledWithEveryFeatureAsItWasWritten(@TempDir Path folder) throws Exception {
        try (SharedStore store = SharedStore.connect(address)) {
            SharedStore.PushReport report = store.push(SAMPLE, "round trip", ReadProgress.NONE);
            Layout original = LayoutReader.read(SAMPLE);
            assertTrue(report.created());
            assertEquals(original.features().size(), report.added());
            Path pulled = folder.resolve("pulled.geojson");
            try (var out = Files.newOutputStream(pulled)) {
                assertEquals(original.features().size(), store.pull("round trip", out));
            }
            Layout back = LayoutReader.read(pulled);
            assertEquals(original.collectionMembers(), back.collectionMembers());
            for (int i = 0; i < original.features().size(); i++) {
                assertEquals(original.features().get(i).sourceText(), back.features().get(i).sourceText());
            }
            SharedStore.PushReport again = store.push(pulled, "round trip", ReadProgress.NONE);
            assertFalse(again.created());
            assertEquals(0, again.added() + again.changed() + again.removed());
            assertEquals(original.features().size(), again.unchanged());
            SharedLayout listed = store.layouts().stream().filter(l -> l.name().equals("round trip")).findFirst()
                    .orElseThrow();
            assertEquals(original.features().size(), listed.features());
            assertTrue(listed.lastChanged().isPresent());
        }
    }

    @Test
    void saveSendsOnlyTheChangedFeatureAndAStaleEditIsAConflict() throws Exception {
        try (SharedStore store = SharedStore.connect(address)) {
            store.push(SAMPLE, "conflict", ReadProgress.NONE);
        }
        DatabaseStorage mine = DatabaseStorage.of(address, "conflict");
        DatabaseStorage theirs = DatabaseStorage.of(address, "conflict");
        Layout myBase = mine.read(ReadProgress.NONE).layout();
        Layout theirBase = theirs.read(ReadProgress.NONE).layout();
        Layout theirEdit = theirBase.withFeature(0, theirBase.features().get(0).withProperty("name", "Theirs"));
        theirs.save(theirEdit, theirBase);

        RemoteChanges seen = mine.fetchChanges();
        assertEquals(1, seen.changed().size());
        assertEquals("Theirs", seen.changed().get(0).feature().name());

        Layout myEdit = myBase.withFeature(0, myBase.features().get(0).withProperty("name", "Mine"));
        FeatureConflictException conflict = assertThrows(FeatureConflictException.class,
                () -> mine.save(myEdit, myBase));
        assertTrue(conflict.getMessage().contains("Theirs was changed by someone else"), conflict.getMessage());
        // Once the user took their change in, the same edit goes through.
        mine.take(seen, seen.keys());
        Layout merged = myBase.withFeature(0, seen.changed().get(0).feature());
        mine.save(merged.withFeature(0, merged.features().get(0).withProperty("name", "Mine")), merged);
        assertEquals("Mine", DatabaseStorage.of(address, "conflict").read(ReadProgress.NONE).layout().features()
                .get(0).name());
    }

    @Test
    void aNationsRoleCannotChangeAnotherNationsFeatureEvenInSql() throws Exception {
        try (Connection admin = TestDatabase.connect(address.toString());
                Statement statement = admin.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS pol_officer");
            statement.execute("CREATE ROLE pol_officer LOGIN");
        }
        try (SharedStore store = SharedStore.connect(address)) {
            store.initialise(List.of(), List.of("pol_officer=POL"));
            store.push(SAMPLE, "nations", ReadProgress.NONE);
        }
        DatabaseAddress polish = DatabaseAddress.parse(address.toString().replace("hubmap@", "pol_officer@"));
        DatabaseStorage storage = DatabaseStorage.of(polish, "nations");
        Layout base = storage.read(ReadProgress.NONE).layout();
        assertEquals(List.of("POL"), List.copyOf(storage.permissions().nations()));
        int ukrainian = indexOfNation(base, "UKR");
        int polishOne = indexOfNation(base, "POL");
        assertFalse(storage.permissions().mayChange(base.features().get(ukrainian)));
        Layout edited = base.withFeature(ukrainian, base.features().get(ukrainian).withProperty("name", "Taken"));
        NotPermittedException refused = assertThrows(NotPermittedException.class, () -> storage.save(edited, base));
        assertTrue(refused.getMessage().contains("UKR's to change"), refused.getMessage());
        // Its own nation's feature it may change.
        storage.save(base.withFeature(polishOne, base.features().get(polishOne).withProperty("name", "Ours")), base);
        try (Connection officer = java.sql.DriverManager.getConnection(
                TestDatabase.jdbcUrl(address.toString()), "pol_officer", "");
                Statement statement = officer.createStatement()) {
            assertEquals(0, statement.executeUpdate("UPDATE hubmap.features SET properties = properties ||"
                    + " '{\"name\": \"x\"}' WHERE nation = 'UKR'"));
            java.sql.SQLException insert = assertThrows(java.sql.SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO hubmap.features (layout_id, feature_id, properties, json) SELECT id, 'new',"
                    + " '{\"nation\": \"UKR\"}', '{}' FROM hubmap.layouts WHERE name = 'nations'"));
            assertEquals("42501", insert.getSQLState());
        }
    }

    @Test
    void aSaveHereIsNoOneElsesChangeUnlessOthersChangedMeanwhile() throws Exception {
        try (SharedStore store = SharedStore.connect(address)) {
            store.push(SAMPLE, "own saves", ReadProgress.NONE);
        }
        DatabaseStorage mine = DatabaseStorage.of(address, "own saves");
        DatabaseStorage theirs = DatabaseStorage.of(address, "own saves");
        Layout base = mine.read(ReadProgress.NONE).layout();
        Layout edited = base.withFeature(0, base.features().get(0).withProperty("name", "Mine"));
        mine.save(edited, base);
        // The watch reports a notice only when its revision is past the version taken here.
        assertEquals(Long.toString(latestRevision("own saves")), mine.version().orElseThrow());
        assertTrue(mine.fetchChanges().isEmpty());

        Layout theirBase = theirs.read(ReadProgress.NONE).layout();
        theirs.save(theirBase.withFeature(1, theirBase.features().get(1).withProperty("name", "Theirs")),
                theirBase);
        String before = mine.version().orElseThrow();
        mine.save(edited.withFeature(2, edited.features().get(2).withProperty("name", "Mine too")), edited);
        assertEquals(before, mine.version().orElseThrow(), "their change is still to be fetched");
        RemoteChanges seen = mine.fetchChanges();
        assertEquals(List.of("Theirs"), seen.changed().stream().map(change -> change.feature().name()).toList());
    }

    private static long latestRevision(String layoutName) throws Exception {
        try (Connection admin = TestDatabase.connect(address.toString());
                Statement statement = admin.createStatement();
                java.sql.ResultSet row = statement.executeQuery("SELECT max(c.revision) FROM hubmap.changes c JOIN"
                        + " hubmap.layouts l ON l.id = c.layout_id WHERE l.name = '" + layoutName + "'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static int indexOfNation(Layout layout, String nation) {
        List<LayoutFeature> features = layout.features();
        for (int i = 0; i < features.size(); i++) {
            if (nation.equals(features.get(i).nation())) {
                return i;
            }
        }
        throw new AssertionError("no feature of " + nation);
    }

    static String text(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }
}
