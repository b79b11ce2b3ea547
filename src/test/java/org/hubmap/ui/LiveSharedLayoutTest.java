package org.hubmap.ui;

import static org.hubmap.ui.WindowTesting.onFx;
import static org.hubmap.ui.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.hubmap.document.Selection;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.ReplaceFeatures;
import org.hubmap.store.DatabaseAddress;
import org.hubmap.store.DatabaseStorage;
import org.hubmap.store.SharedStore;
import org.hubmap.store.TestDatabase;
import org.hubmap.ui.edit.OpenedLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A shared layer open in the window takes colleagues' saves in as they commit: shown, marked on the map and told
 * in the status bar, without making the layer modified, and never over the user's own unsaved edit. Against a
 * real PostGIS server, the colleague saving through a storage of their own.
 */
@ExtendWith(ApplicationExtension.class)
class LiveSharedLayoutTest {
    private static DatabaseAddress address;

    private MainWindow window;
    private Stage main;

    @BeforeAll
    static void storeTheSample() throws Exception {
        address = DatabaseAddress.parse(TestDatabase.freshDatabase());
        try (SharedStore store = SharedStore.connect(address)) {
            store.initialise(List.of(), List.of());
            store.push(Path.of("maps/sample-layout.geojson"), "live", ReadProgress.NONE);
            store.push(Path.of("maps/sample-layout.geojson"), "mine and theirs", ReadProgress.NONE);
        }
    }

    @Start
    void start(Stage stage) {
        main = stage;
        window = MainWindow.show(stage, List.of());
    }

    @Stop
    void stop() throws Exception {
        WindowTesting.closeWithWhatItOpened(window, main);
    }

    private OpenedLayout openShared(String layoutName) throws Exception {
        int before = onFx(() -> window.model().layouts().size());
        WaitForAsyncUtils.asyncFx(() -> window.model().openShared(DatabaseStorage.of(address, layoutName)));
        waitUntil(() -> window.model().layouts().size() == before + 1);
        OpenedLayout layer = onFx(() -> window.model().layouts().get(before));
        // Watched once the layer is listed: a save before that would be read with the layer, not announced.
        waitUntil(() -> window.model().statusMessageProperty().get() != null);
        return layer;
    }

    /** A colleague renames the feature at {@code index} and saves, through a storage of their own. */
    private static LayoutFeature colleagueRenames(String layoutName, int index, String name) throws Exception {
        DatabaseStorage theirs = DatabaseStorage.of(address, layoutName);
        Layout base = theirs.read(ReadProgress.NONE).layout();
        LayoutFeature renamed = base.features().get(index).withProperty("name", name);
        theirs.save(base.withFeature(index, renamed), base);
        theirs.disconnect();
        return renamed;
    }

    @Test
    void aColleaguesSaveIsShownMarkedAndToldWithoutMakingTheLayerModified() throws Exception {
        OpenedLayout layer = openShared("live");
        String id = onFx(() -> (String) layer.layout().features().get(3).id());

        colleagueRenames("live", 3, "Depot renamed by a colleague");

        waitUntil(() -> layer.layout().features().get(3).name().equals("Depot renamed by a colleague"));
        assertFalse(onFx(layer::isModified));
        assertTrue(onFx(() -> window.changeMarks().marked().stream().anyMatch(f -> id.equals(f.id()))),
                "the changed feature is marked on the map");
        assertTrue(onFx(() -> window.model().statusMessageProperty().get())
                .contains("changed Depot renamed by a colleague in live"));
        // The mark fades away by itself.
        waitUntil(() -> window.changeMarks().marked().isEmpty());
    }

    @Test
    void aColleaguesChangeToAFeatureEditedHereLeavesTheEditAndSaysSo() throws Exception {
        OpenedLayout layer = openShared("mine and theirs");
        onFx(() -> {
            Layout now = layer.layout();
            layer.document().execute(ReplaceFeatures.of("Rename", now,
                    Map.of(5, now.features().get(5).withProperty("name", "Mine"))), Selection.none());
            return null;
        });

        colleagueRenames("mine and theirs", 5, "Theirs");
        LayoutFeature other = colleagueRenames("mine and theirs", 6, "Theirs too");

        waitUntil(() -> layer.layout().features().get(6).name().equals(other.name()));
        assertEquals("Mine", onFx(() -> layer.layout().features().get(5).name()));
        assertTrue(onFx(layer::isModified));
        waitUntil(() -> window.model().statusMessageProperty().get().contains("Theirs was also changed elsewhere while you edited it; your edits stay"));
    }
}
