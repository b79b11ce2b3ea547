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
import org.hubmap.io.LayoutWriter;
import org.hubmap.io.WriteOptions;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pushing, pulling, listing, and saving a shared layout feature by feature, against a real PostGIS server. */
class SharedStoreTest {
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson");
    /** A login of the POL role; roles are the whole server's, so it is named after this class. */
    private static final String CLERK = "shared_store_test_pol_clerk";
    private static DatabaseAddress address;

    @BeforeAll
    static void initialise() throws Exception {
        address = DatabaseAddress.parse(TestDatabase.freshDatabase());
        try (Connection admin = TestDatabase.connect(address.toString());
                Statement statement = admin.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS " + CLERK);
            statement.execute("CREATE ROLE " + CLERK + " LOGIN");
        }
        try (SharedStore store = SharedStore.connect(address)) {
            List<String> done = store.initialise(List.of("UKR", "POL"), List.of(CLERK + "=POL"));
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
    void aPositionWithAnAltitudeIsStoredInTwoDimensionsAndPulledAsItWasWritten(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("altitude.geojson");
        String withAltitude = "{\"type\": \"Feature\", \"id\": \"high\", \"properties\": {\"kind\": \"hub\"},"
                + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [30.5, 50.4, 180.0]}}";
        String flat = "{\"type\": \"Feature\", \"id\": \"flat\", \"properties\": {\"kind\": \"depot\"},"
                + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [31.5, 49.4]}}";
        Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": [\n" + withAltitude + ",\n"
                + flat + "\n]}\n");
        try (SharedStore store = SharedStore.connect(address)) {
            assertEquals(2, store.push(file, "altitude", ReadProgress.NONE).added());
            ByteArrayOutputStream pulled = new ByteArrayOutputStream();
            store.pull("altitude", pulled);
            assertTrue(text(pulled).contains(withAltitude + ",\n" + flat), text(pulled));
        }
        try (Connection connection = TestDatabase.connect(address.toString());
                Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery("SELECT ST_AsText(geom) FROM"
                        + " hubmap.layout_features WHERE layout = 'altitude' AND feature_id = 'high'")) {
            assertTrue(row.next());
            assertEquals("POINT(30.5 50.4)", row.getString(1));
        }
    }

    @Test
    void pushReportsTheWarningsOfTheFileAsItsReadingGivesThem() throws Exception {
        Path file = Path.of("src/test/resources/layouts/valid/warnings.geojson");
        LayoutReader.LayoutStreamSummary read = LayoutReader.stream(file, feature -> { }, ReadProgress.NONE);
        try (SharedStore store = SharedStore.connect(address)) {
            SharedStore.PushReport report = store.push(file, "warnings", ReadProgress.NONE);
            assertFalse(read.warnings().isEmpty());
            assertEquals(read.warnings().stream().map(Object::toString).toList(),
                    report.warnings().stream().map(Object::toString).toList());
            assertEquals(read.warningsNotListed(), report.warningsNotListed());
            // The file has a feature whose id an earlier one took, and features without one.
            assertTrue(report.givenIds() > 0, report.toString());
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
    void aWriterChangesAgainWhatItSavedAndAddedWithoutAConflict() throws Exception {
        try (SharedStore store = SharedStore.connect(address)) {
            store.push(SAMPLE, "again", ReadProgress.NONE);
        }
        DatabaseStorage storage = DatabaseStorage.of(address, "again");
        Layout base = storage.read(ReadProgress.NONE).layout();
        LayoutFeature added = base.features().get(1).withId("added-here");
        Layout first = base.withFeature(0, base.features().get(0).withProperty("name", "First"))
                .withFeatureAdded(added);
        storage.save(first, base);
        int last = first.features().size() - 1;
        Layout second = first.withFeature(0, first.features().get(0).withProperty("name", "Second"))
                .withFeature(last, added.withProperty("name", "Added, then changed"));
        storage.save(second, first);
        Layout stored = DatabaseStorage.of(address, "again").read(ReadProgress.NONE).layout();
        assertEquals("Second", stored.features().get(0).name());
        assertEquals("Added, then changed", stored.features().get(last).name());
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
    void aPushThatChangesOrLeavesOutAnotherNationsFeatureIsRefusedWhole(@TempDir Path folder) throws Exception {
        try (Connection admin = TestDatabase.connect(address.toString());
                Statement statement = admin.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS shared_store_test_pusher");
            statement.execute("CREATE ROLE shared_store_test_pusher LOGIN");
        }
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        try (SharedStore store = SharedStore.connect(address)) {
            store.initialise(List.of(), List.of("shared_store_test_pusher=POL"));
            store.push(SAMPLE, "pushed by a nation", ReadProgress.NONE);
            store.pull("pushed by a nation", before);
        }
        Layout sample = LayoutReader.read(SAMPLE);
        int ukrainian = indexOfNation(sample, "UKR");
        int polishOne = indexOfNation(sample, "POL");
        Layout changed = sample.withFeature(polishOne, sample.features().get(polishOne).withProperty("name", "Ours"))
                .withFeature(ukrainian, sample.features().get(ukrainian).withProperty("name", "Taken"));
        Path changedFile = folder.resolve("changed.geojson");
        new LayoutWriter(WriteOptions.SHORTEST).save(changed, changedFile);
        Path withoutFile = folder.resolve("without.geojson");
        new LayoutWriter(WriteOptions.SHORTEST).save(sample.withFeatureRemoved(ukrainian), withoutFile);

        DatabaseAddress polish = DatabaseAddress.parse(address.toString().replace("hubmap@",
                "shared_store_test_pusher@"));
        try (SharedStore store = SharedStore.connect(polish)) {
            NotPermittedException refused = assertThrows(NotPermittedException.class,
                    () -> store.push(changedFile, "pushed by a nation", ReadProgress.NONE));
            assertEquals(List.of(sample.features().get(ukrainian).name() + " is UKR's to change"), refused.refused());
            NotPermittedException removal = assertThrows(NotPermittedException.class,
                    () -> store.push(withoutFile, "pushed by a nation", ReadProgress.NONE));
            assertEquals(List.of(sample.features().get(ukrainian).name() + " is UKR's to remove"), removal.refused());
            ByteArrayOutputStream after = new ByteArrayOutputStream();
            store.pull("pushed by a nation", after);
            assertEquals(text(before), text(after));

            NotPermittedException others = assertThrows(NotPermittedException.class,
                    () -> store.push(SAMPLE, "a nation's new layout", ReadProgress.NONE));
            assertTrue(others.refused().contains(sample.features().get(ukrainian).name() + " is UKR's to add"),
                    others.refused().toString());
            assertFalse(others.refused().stream().anyMatch(refusal -> refusal.contains("POL's")),
                    others.refused().toString());
            assertTrue(store.layouts().stream().noneMatch(layout -> layout.name().equals("a nation's new layout")));
            // Of its own nation's features it may make a layout.
            Path polishFile = folder.resolve("polish.geojson");
            new LayoutWriter(WriteOptions.SHORTEST).save(sample.withFeaturesRemoved(indexesNotOf(sample, "POL")),
                    polishFile);
            SharedStore.PushReport polishLayout = store.push(polishFile, "a nation's new layout", ReadProgress.NONE);
            assertTrue(polishLayout.created());
            assertTrue(polishLayout.added() > 0);
        }
    }

    private static int[] indexesNotOf(Layout layout, String nation) {
        List<LayoutFeature> features = layout.features();
        return java.util.stream.IntStream.range(0, features.size())
                .filter(i -> !nation.equals(features.get(i).nation())).toArray();
    }

    @Test
    void aNationsRoleCannotRemoveAnotherNationsFeatureNorHandItsOwnToAnotherEvenInSql() throws Exception {
        try (SharedStore store = SharedStore.connect(address)) {
            store.push(SAMPLE, "handover", ReadProgress.NONE);
        }
        String ofTheLayout = " AND layout_id = (SELECT id FROM hubmap.layouts WHERE name = 'handover')";
        String counts = "SELECT count(*) FILTER (WHERE nation = 'UKR'), count(*) FILTER (WHERE nation = 'POL')"
                + " FROM hubmap.features WHERE true" + ofTheLayout;
        List<Integer> before = counts(counts);
        try (Connection officer = java.sql.DriverManager.getConnection(
                TestDatabase.jdbcUrl(address.toString()), CLERK, "");
                Statement statement = officer.createStatement()) {
            assertEquals(0, statement.executeUpdate("DELETE FROM hubmap.features WHERE nation = 'UKR'"
                    + ofTheLayout));
            assertEquals(0, statement.executeUpdate("UPDATE hubmap.features SET properties = properties ||"
                    + " '{\"nation\": \"POL\"}' WHERE nation = 'UKR'" + ofTheLayout));
            java.sql.SQLException handOver = assertThrows(java.sql.SQLException.class, () -> statement.executeUpdate(
                    "UPDATE hubmap.features SET properties = properties || '{\"nation\": \"UKR\"}' WHERE nation ="
                    + " 'POL'" + ofTheLayout));
            assertEquals("42501", handOver.getSQLState());
        }
        assertEquals(before, counts(counts));
        assertTrue(before.get(0) > 0 && before.get(1) > 0, before.toString());
    }

    @Test
    void aSaveThatHandsAFeatureToAnotherNationIsRefusedNamingIt() throws Exception {
        try (SharedStore store = SharedStore.connect(address)) {
            store.push(SAMPLE, "given away", ReadProgress.NONE);
        }
        DatabaseStorage storage = DatabaseStorage.of(DatabaseAddress.parse(address.toString().replace("hubmap@",
                CLERK + "@")), "given away");
        Layout base = storage.read(ReadProgress.NONE).layout();
        int polishOne = indexOfNation(base, "POL");
        LayoutFeature handedOver = base.features().get(polishOne).withProperty("nation", "UKR");
        NotPermittedException refused = assertThrows(NotPermittedException.class,
                () -> storage.save(base.withFeature(polishOne, handedOver), base));
        assertEquals(List.of(handedOver.name() + " would be UKR's, and " + CLERK + " may change only POL's"
                + " features"), refused.refused());
        assertEquals("POL", DatabaseStorage.of(address, "given away").read(ReadProgress.NONE).layout().features()
                .get(polishOne).nation());
        // The refusal ended nothing but the save: the storage saves what it may.
        storage.save(base.withFeature(polishOne, base.features().get(polishOne).withProperty("name", "Kept")), base);
    }

    private static List<Integer> counts(String query) throws Exception {
        try (Connection admin = TestDatabase.connect(address.toString());
                Statement statement = admin.createStatement();
                java.sql.ResultSet row = statement.executeQuery(query)) {
            row.next();
            return List.of(row.getInt(1), row.getInt(2));
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
