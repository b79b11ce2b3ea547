package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.hubmap.document.LayoutDocument;
import org.hubmap.io.FileStorage;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.hubmap.ui.edit.OpenedLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One watch per open layout's file, told on the FX thread, and no thread left once closed. */
@ExtendWith(ApplicationExtension.class)
class LayoutWatchesTest {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        // The toolkit only, for the FX thread the watches report on.
    }

    private OpenedLayout opened(String name) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[]}");
        FileStorage storage = new FileStorage(file);
        return new OpenedLayout(LayoutDocument.read(storage, storage.read(ReadProgress.NONE).layout()));
    }

    private static long watchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("watch layer-") && thread.isAlive()).count();
    }

    @Test
    void aChangeIsToldOnTheFxThreadAndClosingEndsEveryWatchThread() throws Exception {
        OpenedLayout first = opened("layer-1.geojson");
        OpenedLayout second = opened("layer-2.geojson");
        List<String> told = new ArrayList<>();
        LayoutWatches watches = new LayoutWatches(storage -> told.add(storage.name() + " on FX "
                + Platform.isFxApplicationThread()), told::add);
        WaitForAsyncUtils.asyncFx(() -> watches.follow(List.of(first, second))).get();
        assertEquals(2, watchThreads());

        Files.writeString(folder.resolve("layer-2.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[ ]}");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !told.isEmpty()).get());
        assertEquals("layer-2.geojson on FX true", WaitForAsyncUtils.asyncFx(() -> told.get(0)).get());

        WaitForAsyncUtils.asyncFx(() -> watches.follow(List.of(second))).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> watchThreads() == 1);
        WaitForAsyncUtils.asyncFx(watches::close).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> watchThreads() == 0);
        assertEquals(0, WaitForAsyncUtils.asyncFx(watches::size).get());
    }

    @Test
    void aLayoutNotKeptAnywhereIsNotWatched() throws Exception {
        LayoutWatches watches = new LayoutWatches(storage -> {
        }, message -> {
        });
        OpenedLayout created = new OpenedLayout(null, new Layout("new", List.of()));
        WaitForAsyncUtils.asyncFx(() -> watches.follow(List.of(created))).get();
        assertEquals(0, WaitForAsyncUtils.asyncFx(watches::size).get());
        watches.close();
    }
}
