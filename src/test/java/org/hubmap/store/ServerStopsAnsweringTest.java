package org.hubmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hubmap.io.LayoutStorage;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.Test;

/**
 * A server that stops answering but leaves its connections open, as one behind a broken network does: no error
 * ever arrives, so the storage and its watch must notice the silence themselves, say the server is lost, and go on
 * once it answers again.
 */
class ServerStopsAnsweringTest {
    private static final long DEADLINE_SECONDS = 60;

    @Test
    void aSaveToAServerThatFellSilentSinceFailsAsUnreachableAndGoesThroughOnceItAnswers() throws Exception {
        try (ThrowawayServer server = ThrowawayServer.start()) {
            DatabaseAddress address = server.address();
            try (SharedStore store = SharedStore.connect(address)) {
                store.initialise(List.of(), List.of());
                store.push(Path.of("maps/sample-layout.geojson"), "silent save", ReadProgress.NONE);
            }
            DatabaseStorage storage = DatabaseStorage.of(address, "silent save");
            Layout base = storage.read(ReadProgress.NONE).layout();
            Layout edited = base.withFeature(0, base.features().get(0).withProperty("name", "Saved"));
            server.freeze();
            long frozen = System.nanoTime();
            CompletableFuture<Void> saving;
            try {
                saving = CompletableFuture.runAsync(() -> {
                    try {
                        storage.save(edited, base);
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    }
                });
                ExecutionException failed = assertThrows(ExecutionException.class,
                        () -> saving.get(DEADLINE_SECONDS, TimeUnit.SECONDS));
                assertTrue(failed.getCause() instanceof StoreException, failed.getCause().toString());
                assertEquals(StoreException.Reason.UNREACHABLE, ((StoreException) failed.getCause()).reason(),
                        failed.getCause().getMessage());
                System.out.printf("silent server: a save failed as unreachable after %.1f s%n",
                        (System.nanoTime() - frozen) / 1e9);
            } finally {
                server.thaw();
            }
            storage.save(edited, base);
            assertEquals("Saved", DatabaseStorage.of(address, "silent save").read(ReadProgress.NONE).layout()
                    .features().get(0).name());
            storage.disconnect();
        }
    }

    @Test
    void theWatchSaysASilentServerIsLostAndThenBack() throws Exception {
        try (ThrowawayServer server = ThrowawayServer.start()) {
            DatabaseAddress address = server.address();
            try (SharedStore store = SharedStore.connect(address)) {
                store.initialise(List.of(), List.of());
                store.push(Path.of("maps/sample-layout.geojson"), "silent", ReadProgress.NONE);
            }
            DatabaseStorage storage = DatabaseStorage.of(address, "silent");
            storage.read(ReadProgress.NONE);
            BlockingQueue<Boolean> connected = new LinkedBlockingQueue<>();
            LayoutStorage.Watch watch = storage.watch(() -> { }, connected::add);
            try {
                assertEquals(Boolean.TRUE, connected.poll(DEADLINE_SECONDS, TimeUnit.SECONDS), "the watch connects");
                server.freeze();
                long frozen = System.nanoTime();
                try {
                    assertEquals(Boolean.FALSE, connected.poll(DEADLINE_SECONDS, TimeUnit.SECONDS),
                            "the watch says the silent server is lost");
                } finally {
                    server.thaw();
                }
                long thawed = System.nanoTime();
                assertEquals(Boolean.TRUE, connected.poll(DEADLINE_SECONDS, TimeUnit.SECONDS),
                        "the watch says the server is back");
                System.out.printf("silent server: the watch said lost %.1f s after it stopped answering, and back"
                        + " %.1f s after it answered again%n", (thawed - frozen) / 1e9,
                        (System.nanoTime() - thawed) / 1e9);
            } finally {
                watch.close();
                storage.disconnect();
            }
        }
    }
}
