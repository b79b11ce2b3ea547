package org.hubmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hubmap.bench.LayoutGenerator;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty writers, each with a storage and a login of its own, save to one layout at once: mostly features only they
 * edit, sometimes features they all edit. A writer whose save meets someone else's change takes that change in and
 * saves its edit again on top. Afterwards the store must hold, for every feature, the value of the save its change
 * log lists last, log each saved change exactly once, and never have moved a version backwards.
 */
class ConcurrentWritersTest {
    private static final String LAYOUT = "soak";
    private static final int WRITERS = 20;
    private static final int ROUNDS = 20;
    /** Features every writer edits now and then; first in the layout, so that saves lock them in differing order. */
    private static final int SHARED = 10;
    private static final int OWN_PER_WRITER = 4;
    /** Enough for a writer that keeps losing to the others; reaching it means retrying never gets through. */
    private static final int MAX_ATTEMPTS = 200;
    private static final String ROLE_PREFIX = "concurrent_writers_test_w";

    @Test
    void everySavedEditIsStoredOnceInLogOrderAndNoVersionGoesBack(@TempDir Path folder) throws Exception {
        DatabaseAddress address = DatabaseAddress.parse(TestDatabase.freshDatabase());
        Path file = folder.resolve("soak.geojson");
        LayoutGenerator.write(SHARED + WRITERS * OWN_PER_WRITER + 20, 7, file);
        List<String> members = new ArrayList<>();
        try (Connection admin = TestDatabase.connect(address.toString());
                Statement statement = admin.createStatement()) {
            for (int w = 0; w < WRITERS; w++) {
                statement.execute("DROP ROLE IF EXISTS " + role(w));
                statement.execute("CREATE ROLE " + role(w) + " LOGIN");
                members.add(role(w) + "=admin");
            }
        }
        try (SharedStore store = SharedStore.connect(address)) {
            store.initialise(List.of(), members);
            store.push(file, LAYOUT, ReadProgress.NONE);
        }
        List<String> keys = new ArrayList<>();
        for (LayoutFeature feature : LayoutReader.read(file).features()) {
            keys.add(FeatureRow.key(feature.id()));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Writer>> running = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                Writer writer = new Writer(w, DatabaseAddress.parse(address.toString().replace(
                        TestDatabase.user() + "@", role(w) + "@")), keys, start);
                running.add(pool.submit(writer));
            }
            long started = System.nanoTime();
            start.countDown();
            List<Writer> done = new ArrayList<>();
            for (Future<Writer> writer : running) {
                done.add(writer.get(5, TimeUnit.MINUTES));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int saves = done.stream().mapToInt(writer -> writer.saves).sum();
            int changes = done.stream().mapToInt(writer -> writer.changes).sum();
            int conflicts = done.stream().mapToInt(writer -> writer.conflicts).sum();
            System.out.printf("soak: %d writers x %d rounds: %d saves of %d feature changes, %d conflicts taken in"
                    + " and saved again, in %.1f s%n", WRITERS, ROUNDS, saves, changes, conflicts, seconds);
            assertEquals(WRITERS * ROUNDS, saves);
            assertStoredAsLogged(address, keys, done, changes);
        } finally {
            pool.shutdownNow();
            try (Connection admin = TestDatabase.connect(address.toString());
                    Statement statement = admin.createStatement()) {
                for (int w = 0; w < WRITERS; w++) {
                    statement.execute("DROP ROLE IF EXISTS " + role(w));
                }
            }
        }
    }

    private static void assertStoredAsLogged(DatabaseAddress address, List<String> keys, List<Writer> writers,
            int changes) throws Exception {
        Map<String, LayoutFeature> stored = new HashMap<>();
        try (SharedStore store = SharedStore.connect(address)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.pull(LAYOUT, out);
            Layout pulled = LayoutReader.readWithWarnings(new ByteArrayInputStream(out.toByteArray()),
                    Path.of(LAYOUT), ReadProgress.NONE).layout();
            for (LayoutFeature feature : pulled.features()) {
                stored.put(FeatureRow.key(feature.id()), feature);
            }
        }
        assertEquals(keys.size(), stored.size());

        Map<String, List<Logged>> log = new HashMap<>();
        Map<String, Integer> versions = new HashMap<>();
        try (Connection admin = TestDatabase.connect(address.toString())) {
            try (PreparedStatement select = admin.prepareStatement("SELECT c.feature_id, c.version, c.changed_by"
                    + " FROM hubmap.changes c JOIN hubmap.layouts l ON l.id = c.layout_id WHERE l.name = ? AND"
                    + " c.action = 'changed' ORDER BY c.revision")) {
                select.setString(1, LAYOUT);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        log.computeIfAbsent(rows.getString(1), key -> new ArrayList<>())
                                .add(new Logged(rows.getInt(2), rows.getString(3)));
                    }
                }
            }
            try (Statement statement = admin.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT feature_id, version FROM hubmap.layout_features WHERE layout = '" + LAYOUT + "'")) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        assertEquals(changes, log.values().stream().mapToInt(List::size).sum(),
                "the log holds one entry per feature change a save reported");
        for (String key : keys) {
            List<Logged> entries = log.getOrDefault(key, List.of());
            for (int i = 0; i < entries.size(); i++) {
                assertEquals(i + 2, entries.get(i).version(), "version of change " + (i + 1) + " to " + key
                        + " in log order: " + entries);
            }
            assertEquals(entries.size() + 1, versions.get(key), "stored version of " + key);
            for (Writer writer : writers) {
                List<String> saved = writer.saved.getOrDefault(key, List.of());
                long logged = entries.stream().filter(entry -> entry.by().equals(writer.role)).count();
                assertEquals(saved.size(), logged, writer.role + "'s saves of " + key + " in the log");
            }
            if (entries.isEmpty()) {
                assertNull(stored.get(key).properties().get("edited"), key + " was never edited");
                continue;
            }
            Writer last = writers.stream().filter(writer -> writer.role.equals(entries.get(entries.size() - 1).by()))
                    .findFirst().orElseThrow();
            List<String> values = last.saved.get(key);
            assertEquals(values.get(values.size() - 1), stored.get(key).properties().get("edited"),
                    key + ": the value of the save logged last");
        }
    }

    private static String role(int writer) {
        return ROLE_PREFIX + String.format("%02d", writer);
    }

    private record Logged(int version, String by) {
    }

    /** One writer's rounds, and what its saves reported as saved. */
    private static final class Writer implements Callable<Writer> {
        private final String role;
        private final DatabaseStorage storage;
        private final List<String> keys;
        private final List<String> own = new ArrayList<>();
        private final CountDownLatch start;
        private final SplittableRandom random;
        /** The values this writer's successful saves gave each feature, in the order it saved them. */
        final Map<String, List<String>> saved = new HashMap<>();
        int saves;
        int changes;
        int conflicts;

        Writer(int number, DatabaseAddress address, List<String> keys, CountDownLatch start) {
            this.role = role(number);
            this.storage = DatabaseStorage.of(address, LAYOUT);
            this.keys = keys;
            for (int i = 0; i < OWN_PER_WRITER; i++) {
                own.add(keys.get(SHARED + number * OWN_PER_WRITER + i));
            }
            this.start = start;
            this.random = new SplittableRandom(number);
        }

        @Override
        public Writer call() throws Exception {
            Layout base = storage.read(ReadProgress.NONE).layout();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < base.features().size(); i++) {
                index.put(FeatureRow.key(base.features().get(i).id()), i);
            }
            start.await();
            for (int round = 0; round < ROUNDS; round++) {
                List<String> edits = new ArrayList<>(List.of(own.get(random.nextInt(own.size()))));
                String second = own.get(random.nextInt(own.size()));
                if (!edits.contains(second)) {
                    edits.add(second);
                }
                // Half the saves change shared features too, some of them two at once (as when moving a group).
                int shared = random.nextInt(4) == 0 ? 2 : random.nextInt(2);
                while (shared > 0) {
                    String key = keys.get(random.nextInt(SHARED));
                    if (!edits.contains(key)) {
                        edits.add(key);
                        shared--;
                    }
                }
                String value = role + " round " + round;
                for (int attempt = 1; ; attempt++) {
                    Layout edited = base;
                    for (String key : edits) {
                        int i = index.get(key);
                        edited = edited.withFeature(i, edited.features().get(i).withProperty("edited", value));
                    }
                    try {
                        storage.save(edited, base);
                        base = edited;
                        break;
                    } catch (FeatureConflictException e) {
                        conflicts++;
                        if (attempt == MAX_ATTEMPTS) {
                            throw new AssertionError(role + " could not save round " + round + " in " + attempt
                                    + " attempts: " + e.getMessage(), e);
                        }
                        RemoteChanges theirs = storage.fetchChanges();
                        storage.take(theirs, theirs.keys());
                        for (RemoteChanges.Change change : theirs.changed()) {
                            base = base.withFeature(index.get(change.key()), change.feature());
                        }
                    }
                }
                saves++;
                changes += edits.size();
                edits.forEach(key -> saved.computeIfAbsent(key, k -> new ArrayList<>()).add(value));
            }
            storage.disconnect();
            return this;
        }
    }
}
