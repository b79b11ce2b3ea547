package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.hubmap.io.DiagnosticCode;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutReadResult;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyLayoutReadsTest {
    @TempDir
    Path folder;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final Map<Path, AtomicInteger> reads = new ConcurrentHashMap<>();
    /** A source that counts its reads of each file and gives a new result each time. */
    private final LayoutSource counting = (file, progress) -> {
        reads.computeIfAbsent(file, f -> new AtomicInteger()).incrementAndGet();
        return new LayoutReadResult(new Layout("read", List.of()), List.of(), 0);
    };

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    private int readsOf(Path file) {
        return reads.getOrDefault(file, new AtomicInteger()).get();
    }

    @Test
    void aFileReadEarlyIsHandedOverWithoutReadingItAgain() throws Exception {
        Path layout = file("a.geojson", "{}");
        EarlyLayoutReads early = EarlyLayoutReads.start(List.of(layout), counting, background);
        early.finished().join();
        assertEquals(1, readsOf(layout));

        early.read(layout, ReadProgress.NONE);
        assertEquals(1, readsOf(layout));
        // Handed over once: asked again, as on opening the file a second time, it is read from disk.
        early.read(layout, ReadProgress.NONE);
        assertEquals(2, readsOf(layout));
    }

    @Test
    void theSameFileNamedAnotherWayIsTheSameRead() throws Exception {
        Path layout = file("a.geojson", "{}");
        EarlyLayoutReads early = EarlyLayoutReads.start(List.of(layout), counting, background);
        early.finished().join();

        early.read(folder.resolve("sub/../a.geojson"), ReadProgress.NONE);

        assertEquals(1, readsOf(layout));
    }

    @Test
    void aFileChangedSinceItWasReadEarlyIsReadAgain() throws Exception {
        Path layout = file("a.geojson", "{}");
        EarlyLayoutReads early = EarlyLayoutReads.start(List.of(layout), counting, background);
        early.finished().join();
        Files.writeString(layout, "{\"changed\": true}");
        Files.setLastModifiedTime(layout, FileTime.fromMillis(Files.getLastModifiedTime(layout).toMillis() + 5000));

        early.read(layout, ReadProgress.NONE);

        assertEquals(2, readsOf(layout));
    }

    @Test
    void aFileThatFailedEarlyIsReadAgainSoThatItsFaultIsReported() throws Exception {
        Path layout = file("bad.geojson", "{");
        AtomicInteger attempts = new AtomicInteger();
        LayoutSource failing = (file, progress) -> {
            attempts.incrementAndGet();
            throw new LayoutFormatException(file.toString(), 1, 2, DiagnosticCode.JSON_SYNTAX, "broken");
        };
        EarlyLayoutReads early = EarlyLayoutReads.start(List.of(layout), failing, background);
        early.finished().join();

        LayoutFormatException fault = assertThrows(LayoutFormatException.class,
                () -> early.read(layout, ReadProgress.NONE));
        assertEquals(2, attempts.get());
        assertEquals(layout + ":1:2: broken", fault.getMessage());
    }

    @Test
    void largeAndMissingFilesAreLeftToTheWindow() throws Exception {
        Path large = folder.resolve("large.geojson");
        try (var out = Files.newOutputStream(large)) {
            out.write(new byte[(int) EarlyLayoutReads.MAX_EARLY_BYTES + 1]);
        }
        Path missing = folder.resolve("missing.geojson");
        EarlyLayoutReads early = EarlyLayoutReads.start(List.of(large, missing), counting, background);
        early.finished().join();
        assertEquals(0, readsOf(large));
        assertEquals(0, readsOf(missing));

        ReadProgress progress = (done, total) -> { };
        early.read(large, progress);
        assertEquals(1, readsOf(large));
    }

    @Test
    void readsGoToTheSourceWithTheWindowsProgress() throws Exception {
        Path layout = file("a.geojson", "{}");
        ReadProgress[] given = new ReadProgress[1];
        EarlyLayoutReads early = EarlyLayoutReads.start(List.of(), (file, progress) -> {
            given[0] = progress;
            return counting.read(file, progress);
        }, background);
        ReadProgress progress = (done, total) -> { };

        early.read(layout, progress);

        assertSame(progress, given[0]);
    }
}
