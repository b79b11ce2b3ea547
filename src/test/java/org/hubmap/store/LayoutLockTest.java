package org.hubmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.LayoutWriter;
import org.hubmap.io.ReadProgress;
import org.hubmap.io.WriteOptions;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves, pushes and removals wait for the layout's turn before they lock any feature. Each is started while another
 * writer holds the layout's lock, and that writer then changes the feature the first would change: had the first
 * locked it already, the two would wait for each other and the server would abort one as a deadlock.
 */
class LayoutLockTest {
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson");
    private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static DatabaseAddress address;
    private static ExecutorService background;

    @BeforeAll
    static void initialise() throws Exception {
        address = DatabaseAddress.parse(TestDatabase.freshDatabase());
        try (SharedStore store = SharedStore.connect(address)) {
            store.initialise(List.of(), List.of());
        }
        background = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stop() {
        background.shutdownNow();
    }

    @Test
    void aSaveWaitsForTheLayoutBeforeItLocksAFeature() throws Exception {
        push("save");
        DatabaseStorage storage = DatabaseStorage.of(address, "save");
        Layout base = storage.read(ReadProgress.NONE).layout();
        Layout mine = base.withFeature(1, base.features().get(1).withProperty("name", "Mine"));
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> whileAnotherWriterHoldsTheLayout("save", key(base, 1), () -> storage.save(mine, base)));
        assertTrue(failed.getCause() instanceof FeatureConflictException, failed.getCause().toString());
    }

    @Test
    void aPushWaitsForTheLayoutBeforeItLocksAFeature(@TempDir Path folder) throws Exception {
        push("push");
        Layout layout = LayoutReader.read(SAMPLE);
        Path changed = folder.resolve("changed.geojson");
        new LayoutWriter(WriteOptions.SHORTEST).save(layout.withFeature(2, layout.features().get(2)
                .withProperty("name", "Pushed")), changed);
        whileAnotherWriterHoldsTheLayout("push", key(layout, 2), () -> {
            try (SharedStore store = SharedStore.connect(address)) {
                assertEquals(1, store.push(changed, "push", ReadProgress.NONE).changed());
            }
        });
    }

    @Test
    void aRemovalWaitsForTheLayoutBeforeItLocksAFeature() throws Exception {
        push("remove");
        whileAnotherWriterHoldsTheLayout("remove", key(LayoutReader.read(SAMPLE), 0), () -> {
            try (SharedStore store = SharedStore.connect(address)) {
                assertTrue(store.remove("remove"));
            }
        });
    }

    private static void push(String layoutName) throws Exception {
        try (SharedStore store = SharedStore.connect(address)) {
            store.push(SAMPLE, layoutName, ReadProgress.NONE);
        }
    }

    private static String key(Layout layout, int index) {
        return FeatureRow.key(layout.features().get(index).id());
    }

    /**
     * Runs {@code write} on a thread while another transaction holds the lock of {@code layoutName}; once {@code
     * write} waits for it, that transaction changes feature {@code key} and commits.
     *
     * @throws ExecutionException with what {@code write} threw
     */
    private static void whileAnotherWriterHoldsTheLayout(String layoutName, String key, Write write)
            throws Exception {
        try (Connection other = TestDatabase.connect(address.toString())) {
            other.setAutoCommit(false);
            long layoutId;
            try (PreparedStatement select = other.prepareStatement("SELECT id FROM hubmap.layouts WHERE name = ?")) {
                select.setString(1, layoutName);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    layoutId = row.getLong(1);
                }
            }
            LayoutLock.take(other, layoutId);
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                try {
                    write.run();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, background);
            awaitWaitingForTheLayout(layoutId, writing);
            try (Statement statement = other.createStatement();
                    PreparedStatement update = other.prepareStatement("UPDATE hubmap.features SET properties ="
                            + " properties || '{\"name\": \"Theirs\"}' WHERE layout_id = ? AND feature_id = ?")) {
                // Were the feature locked by the writer waiting behind this transaction, this would wait for ever
                // but for the server's deadlock check; the timeout only keeps a broken store from hanging the test.
                statement.execute("SET LOCAL statement_timeout = '60s'");
                update.setLong(1, layoutId);
                update.setString(2, key);
                assertEquals(1, update.executeUpdate());
            }
            other.commit();
            writing.get(60, TimeUnit.SECONDS);
        }
    }

    private static void awaitWaitingForTheLayout(long layoutId, CompletableFuture<Void> writing) throws Exception {
        long started = System.nanoTime();
        try (Connection watcher = TestDatabase.connect(address.toString());
                PreparedStatement waiting = watcher.prepareStatement("SELECT count(*) FROM pg_locks WHERE locktype ="
                        +  " 'advisory' AND NOT granted AND objid::text = ? AND objsubid = 2")) {
            waiting.setString(1, Long.toString(layoutId));
            while (true) {
                try (ResultSet count = waiting.executeQuery()) {
                    count.next();
                    if (count.getInt(1) > 0) {
                        return;
                    }
                }
                if (writing.isDone()) {
                    writing.get();
                    throw new AssertionError("the write finished without waiting for the layout");
                }
                if (System.nanoTime() - started > DEADLINE_NANOS) {
                    throw new AssertionError("the write did not wait for the layout within 30 s");
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }
    }

    private interface Write {
        void run() throws Exception;
    }
}
