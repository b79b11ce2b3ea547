package org.hubmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hubmap.io.LayoutStorage;
import org.hubmap.io.ReadProgress;
import org.junit.jupiter.api.Test;

/**
 * A server that stops answering but leaves its connections open, as one behind a broken network does: no error
 * ever arrives, so the watch must notice the silence itself, say the server is lost, and say when it is back.
 */
class ServerStopsAnsweringTest {
    private static final long DEADLINE_SECONDS = 60;

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
