package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class FileStorageTest {
    @TempDir
    Path folder;

    private static Layout layout(String name) {
        LayoutFeature hub = new LayoutFeature("hub-1", Map.of("kind", "hub", "name", name),
                new GeometryFactory().createPoint(new Coordinate(30.5, 50.4)));
        return new Layout("plan", List.of(hub));
    }

    @Test
    void whatIsSavedIsReadBack() throws Exception {
        FileStorage storage = new FileStorage(folder.resolve("plan.geojson"));
        storage.save(layout("Hub Kyiv"), null);

        LayoutReadResult read = storage.read(ReadProgress.NONE);

        assertEquals("Hub Kyiv", read.layout().features().get(0).name());
        assertEquals("plan.geojson", storage.name());
        assertEquals(folder.resolve("plan.geojson").toString(), storage.location());
    }

    @Test
    void aVersionKeptByAnotherRunSeesTheChangesMadeSince() throws Exception {
        Path file = folder.resolve("plan.geojson");
        FileStorage storage = new FileStorage(file);
        assertTrue(storage.version().isEmpty(), "nothing read or saved yet");
        storage.save(layout("Hub Kyiv"), null);
        String version = storage.version().orElseThrow();

        FileStorage later = new FileStorage(file);
        later.assumeVersion(version);
        assertFalse(later.changedElsewhere(), "the file is as the version says");
        Files.writeString(file, Files.readString(file).replace("Hub Kyiv", "Hub Lviv"));
        later.read(ReadProgress.NONE);
        assertFalse(later.changedElsewhere());
        later.assumeVersion(version);
        assertTrue(later.changedElsewhere(), "changed since that version");
        assertThrows(ChangedElsewhereException.class, () -> later.save(layout("Hub Odesa"), layout("Hub Kyiv")));
        later.assumeVersion("not a version");
        assertTrue(later.changedElsewhere());
    }

    @Test
    void twoStoragesOfOneFileAreEqualHoweverItIsWritten() {
        Path file = folder.resolve("plan.geojson");
        assertEquals(new FileStorage(file), new FileStorage(folder.resolve("sub/../plan.geojson")));
        assertEquals(new FileStorage(file).hashCode(), new FileStorage(folder.resolve("./plan.geojson")).hashCode());
        assertNotEquals(new FileStorage(file), new FileStorage(folder.resolve("other.geojson")));
    }

    @Test
    void aChangeBySomeoneElseIsReported() throws Exception {
        Path file = folder.resolve("plan.geojson");
        FileStorage storage = new FileStorage(file);
        storage.save(layout("Hub Kyiv"), null);
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch changed = new CountDownLatch(1);

        try (LayoutStorage.Watch watch = storage.watch(() -> {
            calls.incrementAndGet();
            changed.countDown();
        })) {
            storage.save(layout("Hub Lviv"), null);
            Files.writeString(folder.resolve("unrelated.geojson"), "{}");
            new FileStorage(file).save(layout("Hub Odesa"), null);

            assertTrue(changed.await(60, TimeUnit.SECONDS), "a save by another storage is a change by someone else");
        }
        assertEquals("Hub Odesa", storage.read(ReadProgress.NONE).layout().features().get(0).name());
    }

    @Test
    void aSaveOverAChangeBySomeoneElseIsRefusedUntilTheUserOverwrites() throws Exception {
        Path file = folder.resolve("plan.geojson");
        FileStorage storage = new FileStorage(file);
        storage.save(layout("Hub Kyiv"), null);
        Layout base = storage.read(ReadProgress.NONE).layout();
        assertFalse(storage.changedElsewhere(), "as read");

        Files.writeString(file, Files.readString(file).replace("Hub Kyiv", "Hub Lviv, theirs"));

        assertTrue(storage.changedElsewhere());
        assertThrows(ChangedElsewhereException.class, () -> storage.save(layout("Hub Kyiv, mine"), base));
        assertTrue(Files.readString(file).contains("Hub Lviv, theirs"), "nothing was written");
        storage.save(layout("Hub Kyiv, mine"), null);
        assertTrue(Files.readString(file).contains("Hub Kyiv, mine"), "overwritten when asked to");
        assertFalse(storage.changedElsewhere(), "its own save is no change by someone else");
    }

    @Test
    void aFileReadByOtherMeansCountsAsReadWhenNoted() throws Exception {
        Path file = folder.resolve("plan.geojson");
        new FileStorage(file).save(layout("Hub Kyiv"), null);
        FileStorage storage = new FileStorage(file);
        assertFalse(storage.changedElsewhere(), "nothing read here yet");

        storage.noteVersionRead();
        Files.delete(file);

        assertTrue(storage.changedElsewhere(), "a file gone is changed");
    }
}
