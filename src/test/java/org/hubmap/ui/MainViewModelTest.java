package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.MgrsFormat;
import org.hubmap.geo.PositionFormat;
import org.hubmap.geo.ScaleBarSpec;
import org.hubmap.io.DiagnosticCode;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.BasemapLayer;
import org.hubmap.render.LabelLanguage;
import org.hubmap.render.MapViewport;
import org.hubmap.ui.edit.OpenedLayout;
import org.hubmap.ui.map.MapPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's state without the window; runs on the FX thread, as the window does. */
@ExtendWith(ApplicationExtension.class)
class MainViewModelTest {
    private static final String LAYOUT_TEXT = "{\"type\":\"FeatureCollection\",\"features\":[]}\n";

    @TempDir
    Path folder;

    private final List<String> reported = new ArrayList<>();
    private final Map<Path, Layout> layoutsOnDisk = new java.util.HashMap<>();

    private MainViewModel model(LayoutSource.WholeLayoutReader source) {
        return new MainViewModel(LayoutSource.whole(source), MainViewModelTest::runInBackground, (summary, messages) -> {
            reported.add(summary);
            reported.addAll(messages);
        });
    }

    private static void runInBackground(Runnable work) {
        Thread thread = new Thread(work, "file-work");
        thread.setDaemon(true);
        thread.start();
    }

    @Test
    void openingALayoutListsItSelectsItAndNamesItInTheTitle() throws Exception {
        Path file = write("depots.geojson");
        MainViewModel model = onFx(() -> model(this::readKnown));
        layoutsOnDisk.put(file, layout("depots.geojson", "hub", "hub", "depot", "monitoring-zone"));

        finish(onFx(() -> model.open(List.of(file))));

        assertEquals(1, model.layouts().size());
        assertEquals(file, model.selectedLayoutProperty().get().file());
        assertEquals("HubMap — depots.geojson", model.windowTitleProperty().get());
        assertEquals("2 hubs, 1 depot, 1 zone", model.layouts().get(0).summary());
        assertEquals(List.of(), reported);
    }

    @Test
    void malformedLayoutIsReportedWithItsPlaceAndNoStackTrace() throws Exception {
        Path broken = folder.resolve("broken.geojson");
        MainViewModel model = onFx(() -> model(file -> {
            throw new LayoutFormatException(file.toString(), 3, 17, DiagnosticCode.JSON_SYNTAX,
                    "expected ',' or '}' after a property");
        }));

        finish(onFx(() -> model.open(List.of(broken))));

        assertEquals(List.of("This layout could not be opened.",
                broken + ":3:17: expected ',' or '}' after a property"), reported);
        assertTrue(model.layouts().isEmpty());
        assertNull(model.selectedLayoutProperty().get());
        assertEquals("HubMap", model.windowTitleProperty().get());
    }

    @Test
    void everyFaultOfALayoutIsReportedAtOnce() throws Exception {
        Path broken = folder.resolve("broken.geojson");
        MainViewModel model = onFx(() -> model(file -> {
            throw LayoutFormatException.of(List.of(
                    new LayoutFormatException(file.toString(), 3, 17, DiagnosticCode.FEATURE_TYPE,
                            "the 1st feature has no \"type\""),
                    new LayoutFormatException(file.toString(), 9, 5, DiagnosticCode.BAD_COORDINATES,
                            "the 4th feature's position has 1 number")), 2);
        }));

        finish(onFx(() -> model.open(List.of(broken))));

        assertEquals(List.of("This layout could not be opened.",
                broken + ":3:17: the 1st feature has no \"type\"",
                broken + ":9:5: the 4th feature's position has 1 number",
                broken + ": 2 more errors not listed"), reported);
    }

    @Test
    void filesThatCannotBeReadAreReportedTogetherAndTheRestStillOpen() throws Exception {
        Path good = write("good.geojson");
        Path missing = folder.resolve("missing.geojson");
        layoutsOnDisk.put(good, layout("good.geojson"));
        MainViewModel model = onFx(() -> model(file -> {
            if (file.equals(missing)) {
                throw new UncheckedIOException(new NoSuchFileException(file.toString()));
            }
            return readKnown(file);
        }));

        finish(onFx(() -> model.open(List.of(missing, good))));

        assertEquals(List.of("This layout could not be opened.", missing + ": no such file or folder"), reported);
        assertEquals(1, model.layouts().size());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void openingAFileAgainReplacesItInsteadOfListingItTwice() throws Exception {
        Path file = write("zones.geojson");
        layoutsOnDisk.put(file, layout("zones.geojson"));
        MainViewModel model = onFx(() -> model(this::readKnown));

        finish(onFx(() -> model.open(List.of(file))));
        finish(onFx(() -> model.open(List.of(file))));

        assertEquals(1, model.layouts().size());
    }

    @Test
    void saveAsWritesTheLayoutUnchangedAndTheWindowThenRefersToTheCopy() throws Exception {
        Path original = write("plan.geojson");
        byte[] bytes = ("{\"type\":\"FeatureCollection\", \"name\": \"\u00e9\",\"features\":[]  }\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(original, bytes);
        Path copy = Files.createDirectory(folder.resolve("out")).resolve("plan-v2.geojson");
        MainViewModel model = onFx(() -> model(LayoutReader::read));
        finish(onFx(() -> model.open(List.of(original))));

        finish(onFx(() -> model.saveSelectedAs(copy)));

        assertArrayEquals(bytes, Files.readAllBytes(copy));
        assertArrayEquals(bytes, Files.readAllBytes(original));
        assertEquals(copy, model.selectedLayoutProperty().get().file());
        assertEquals(copy, model.layouts().get(0).file());
        assertEquals("HubMap — plan-v2.geojson", model.windowTitleProperty().get());
        try (Stream<Path> left = Files.list(copy.getParent())) {
            assertEquals(List.of(copy), left.toList(), "no temporary file may be left behind");
        }
    }

    @Test
    void saveAsIntoAMissingFolderIsReported() throws Exception {
        Path original = write("plan.geojson");
        layoutsOnDisk.put(original, layout("plan.geojson"));
        Path nowhere = folder.resolve("no-such-folder").resolve("plan.geojson");
        MainViewModel model = onFx(() -> model(this::readKnown));
        finish(onFx(() -> model.open(List.of(original))));

        finish(onFx(() -> model.saveSelectedAs(nowhere)));

        assertEquals(List.of("plan.geojson could not be saved.", nowhere + ": its folder " + nowhere.getParent()
                + " no longer exists (moved, deleted or unmounted?): nothing was saved; save elsewhere"), reported);
        assertEquals(original, model.selectedLayoutProperty().get().file());
    }

    @Test
    void warningsAboutAnOpenedFileAreShownWithTheirPlaces() throws Exception {
        Path file = Path.of("src/test/resources/layouts/valid/warnings.geojson");
        MainViewModel model = onFx(() -> new MainViewModel(LayoutSource.files(), MainViewModelTest::runInBackground,
                (summary, messages) -> {
                    reported.add(summary);
                    reported.addAll(messages);
                }));
        finish(onFx(() -> model.open(List.of(file))));

        assertEquals(1, model.layouts().size(), "the file is open despite its warnings");
        assertTrue(reported.isEmpty(), "warnings interrupt with no dialog: " + reported);
        List<String> warnings = model.layouts().get(0).readWarnings();
        assertEquals(8, warnings.size());
        assertEquals(file + ":1:38: warning: \"crs\" is a GeoJSON 2008 member that RFC 7946 dropped; it names"
                + " EPSG:4326, which is WGS84 longitude/latitude as RFC 7946 assumes, so it is kept and ignored",
                warnings.get(0));
    }

    @Test
    void cancellingStopsReadingAndOpensNothingMore() throws Exception {
        Path first = write("a.geojson");
        Path second = write("b.geojson");
        layoutsOnDisk.put(first, layout("a.geojson"));
        layoutsOnDisk.put(second, layout("b.geojson"));
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch cancelled = new java.util.concurrent.CountDownLatch(1);
        MainViewModel model = onFx(() -> new MainViewModel((file, progress) -> {
            reading.countDown();
            try {
                cancelled.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (progress.cancelled()) {
                throw new java.util.concurrent.CancellationException("reading was cancelled");
            }
            return new org.hubmap.io.LayoutReadResult(readKnown(file), List.of(), 0);
        }, MainViewModelTest::runInBackground, (summary, messages) -> reported.add(summary)));
        Task<List<OpenedLayout>> task = onFx(() -> model.open(List.of(first, second)));
        assertTrue(reading.await(10, TimeUnit.SECONDS));
        onFx(() -> {
            model.cancelWork();
            return null;
        });
        cancelled.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.busyProperty().get());

        assertTrue(task.isCancelled());
        assertTrue(model.layouts().isEmpty(), "nothing opened after the cancel");
        assertTrue(reported.isEmpty(), "a cancel is not a problem to report: " + reported);
    }

    @Test
    void closingTheSelectedLayoutSelectsItsNeighbour() throws Exception {
        Path first = write("a.geojson");
        Path second = write("b.geojson");
        layoutsOnDisk.put(first, layout("a.geojson"));
        layoutsOnDisk.put(second, layout("b.geojson"));
        MainViewModel model = onFx(() -> model(this::readKnown));
        finish(onFx(() -> model.open(List.of(first, second))));

        onFx(() -> {
            model.closeSelected();
            return null;
        });
        assertEquals(first, model.selectedLayoutProperty().get().file());
        onFx(() -> {
            model.closeSelected();
            return null;
        });
        assertNull(model.selectedLayoutProperty().get());
        assertEquals("HubMap", model.windowTitleProperty().get());
    }

    @Test
    void basemapChoicesCombineIntoTheRendererOptions() throws Exception {
        MainViewModel model = onFx(() -> model(this::readKnown));
        onFx(() -> {
            model.basemap().layerVisibleProperty(BasemapLayer.CITIES).set(false);
            model.basemap().languageProperty().set(LabelLanguage.UKRAINIAN);
            return null;
        });

        assertFalse(model.basemap().optionsProperty().get().shows(BasemapLayer.CITIES));
        assertTrue(model.basemap().optionsProperty().get().shows(BasemapLayer.RIVERS));
        assertEquals(LabelLanguage.UKRAINIAN, model.basemap().optionsProperty().get().language());
    }

    @Test
    void statusShowsTheMapCentreUntilThePointerMovesThenThePointer() throws Exception {
        MainViewModel model = onFx(() -> model(this::readKnown));
        MapViewport view = new MapViewport(30.5234, 50.4501, 6, 1000, 800);
        onFx(() -> {
            model.viewportProperty().set(view);
            return null;
        });
        assertEquals("50.45010° N  30.52340° E", model.positionTextProperty().get());
        assertEquals(MgrsFormat.format(30.5234, 50.4501), model.mgrsTextProperty().get());
        assertEquals("Zoom 6.0", model.zoomTextProperty().get());
        assertEquals(ScaleBarSpec.fit(50.4501, 6, MainViewModel.SCALE_BAR_MAX_PIXELS),
                model.scaleBarProperty().get());

        onFx(() -> {
            model.pointerPositionProperty().set(new MapPosition(36.2304, 49.9935));
            return null;
        });
        assertEquals("49.99350° N  36.23040° E", model.positionTextProperty().get());
        assertEquals(MgrsFormat.format(36.2304, 49.9935), model.mgrsTextProperty().get());
    }

    @Test
    void thePositionIsWrittenInTheFormatTheUserChose() throws Exception {
        MainViewModel model = onFx(() -> model(this::readKnown));
        onFx(() -> {
            model.pointerPositionProperty().set(new MapPosition(30.5234, 50.4501));
            model.positionFormatProperty().set(PositionFormat.DEGREES_MINUTES_SECONDS);
            return null;
        });
        assertEquals("50°27'00.4\"N 30°31'24.2\"E", model.positionTextProperty().get());
        onFx(() -> {
            model.positionFormatProperty().set(PositionFormat.UTM);
            return null;
        });
        assertEquals(PositionFormat.UTM.format(new GeoPosition(30.5234, 50.4501)), model.positionTextProperty().get());
        assertTrue(model.positionTextProperty().get().startsWith("36U "));
    }

    private Layout readKnown(Path file) {
        return layoutsOnDisk.get(file);
    }

    private Path write(String name) throws Exception {
        return Files.writeString(folder.resolve(name), LAYOUT_TEXT);
    }

    private static Layout layout(String title, String... kinds) {
        List<LayoutFeature> features = new ArrayList<>();
        for (String kind : kinds) {
            features.add(new LayoutFeature(null, Map.of("kind", kind), null));
        }
        return new Layout(title, features);
    }

    /** Waits for a task and for the FX thread to apply its result. */
    private static void finish(Task<?> task) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
