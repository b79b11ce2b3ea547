package org.hubmap.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hubmap.bench.LayoutGenerator;
import org.hubmap.io.LayoutStorage;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server dies while a large save is half sent: on a server of its own, started and killed with {@code
 * .ci/postgres}, the save fails as "unreachable", the stored layout keeps every feature as it was, the watch says the
 * server was lost and is back, and the same save through the same storage then goes through.
 */
class ServerLostMidSaveTest {
    private static final int FEATURES = 20_000;
    private static final String LAYOUT = "crash";
    private static final long DEADLINE_SECONDS = 60;

    @Test
    void aSaveCutOffByTheServersDeathStoresNothingAndGoesThroughOnceItIsBack(@TempDir Path folder)
            throws Exception {
        try (ThrowawayServer server = ThrowawayServer.start()) {
            cutOffAndSavedAgain(server, folder);
        }
    }

    private static void cutOffAndSavedAgain(ThrowawayServer server, Path folder) throws Exception {
        DatabaseAddress address = server.address();
        Path file = folder.resolve("large.geojson");
        LayoutGenerator.write(FEATURES, 3, file);
        try (SharedStore store = SharedStore.connect(address)) {
            store.initialise(List.of(), List.of());
            store.push(file, LAYOUT, ReadProgress.NONE);
        }
        // The throwaway server commits without waiting for the disk; a checkpoint puts what was pushed there, so
        // that the kill below loses only what was not committed, as on a server that waits.
        execute(address, "CHECKPOINT");
        byte[] before = pull(address);

        DatabaseStorage storage = DatabaseStorage.of(address, LAYOUT);
        Layout base = storage.read(ReadProgress.NONE).layout();
        Layout edited = everyFeatureRenamed(base);
        BlockingQueue<Boolean> connected = new LinkedBlockingQueue<>();
        LayoutStorage.Watch watch = storage.watch(() -> { }, connected::add);
        try {
            assertEquals(Boolean.TRUE, connected.poll(DEADLINE_SECONDS, TimeUnit.SECONDS), "the watch connects");

            CompletableFuture<Void> saving = CompletableFuture.runAsync(() -> {
                try {
                    storage.save(edited, base);
                } catch (IOException e) {
                    throw new CompletionException(e);
                }
            });
            awaitSaveWriting(address, saving);
            long killed = System.nanoTime();
            server.kill();

            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> saving.get(DEADLINE_SECONDS, TimeUnit.SECONDS));
            assertTrue(failed.getCause() instanceof StoreException, failed.getCause().toString());
            StoreException lost = (StoreException) failed.getCause();
            assertEquals(StoreException.Reason.UNREACHABLE, lost.reason(), lost.getMessage());
            assertTrue(lost.getMessage().startsWith("Cannot reach the PostgreSQL server at"), lost.getMessage());
            double failedAfter = (System.nanoTime() - killed) / 1e9;
            assertEquals(Boolean.FALSE, connected.poll(DEADLINE_SECONDS, TimeUnit.SECONDS),
                    "the watch says the server was lost");
            double lostAfter = (System.nanoTime() - killed) / 1e9;

            long restarted = System.nanoTime();
            server.restart();
            assertEquals(Boolean.TRUE, connected.poll(DEADLINE_SECONDS, TimeUnit.SECONDS),
                    "the watch says the server is back");
            System.out.printf("server lost mid-save: the save failed %.2f s and the watch said lost %.2f s after the"
                    + " kill began; it said back %.2f s after the restart began%n", failedAfter, lostAfter,
                    (System.nanoTime() - restarted) / 1e9);
            assertArrayEquals(before, pull(address), "the stored layout is as it was before the save");
            assertTrue(storage.fetchChanges().isEmpty(), "the storage took nothing of the lost save for a change");
            assertEquals(base.features().get(0).name() + " edited", edited.features().get(0).name());

            long started = System.nanoTime();
            storage.save(edited, base);
            System.out.printf("server lost mid-save: saving %d changed features again after the restart took"
                    + " %.1f s%n", FEATURES, (System.nanoTime() - started) / 1e9);
        } finally {
            watch.close();
            storage.disconnect();
        }
        assertEquals(List.of((long) FEATURES, 2L), single(address, "SELECT count(*), min(version) FROM"
                + " hubmap.features WHERE name LIKE '% edited'"));
        assertEquals(List.of((long) FEATURES), single(address, "SELECT count(*) FROM hubmap.changes WHERE action"
                + " = 'changed'"));
    }

    private static Layout everyFeatureRenamed(Layout base) {
        int[] all = new int[base.features().size()];
        List<LayoutFeature> renamed = new ArrayList<>(all.length);
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
            LayoutFeature feature = base.features().get(i);
            renamed.add(feature.withProperty("name", feature.name() + " edited"));
        }
        return base.withFeaturesReplaced(all, renamed);
    }

    /** Waits until the save's transaction has changed features on the server, and is still at it. */
    private static void awaitSaveWriting(DatabaseAddress address, CompletableFuture<Void> saving) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
        try (Connection admin = TestDatabase.connect(address.toString());
                Statement statement = admin.createStatement()) {
            while (true) {
                try (ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE"
                        + " application_name = 'HubMap' AND backend_xid IS NOT NULL AND query LIKE"
                        + " 'UPDATE hubmap.features%'")) {
                    row.next();
                    if (row.getInt(1) > 0) {
                        break;
                    }
                }
                assertFalse(saving.isDone(), "the save ended before it could be cut off");
                assertTrue(System.nanoTime() < end, "the save did not start changing features within "
                        + DEADLINE_SECONDS + " s");
                TimeUnit.MILLISECONDS.sleep(10);
            }
        }
        assertFalse(saving.isDone(), "the save ended before it could be cut off");
    }

    private static byte[] pull(DatabaseAddress address) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SharedStore store = SharedStore.connect(address)) {
            assertEquals(FEATURES, store.pull(LAYOUT, out));
        }
        return out.toByteArray();
    }

    private static void execute(DatabaseAddress address, String sql) throws Exception {
        try (Connection admin = TestDatabase.connect(address.toString());
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<Long> single(DatabaseAddress address, String query) throws Exception {
        try (Connection admin = TestDatabase.connect(address.toString());
                Statement statement = admin.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            List<Long> values = new ArrayList<>();
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                values.add(row.getLong(i));
            }
            return values;
        }
    }
}
