package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.hubmap.document.Selection;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.ui.edit.OpenedLayout;
import org.junit.jupiter.api.Test;

class PropertiesViewModelTest {
    private final OpenedLayout opened = new OpenedLayout(Path.of("t.geojson"), new Layout("t", List.of(
            depot("planned"), depot("active"), depot("planned"))));
    private final SimpleObjectProperty<OpenedLayout> active = new SimpleObjectProperty<>(opened);
    private final PropertiesViewModel model = new PropertiesViewModel(active);

    @Test
    void anEditChangesOnlyTheSelectedFeaturesThatDifferAndKeepsTheSelection() {
        opened.selectIndexes(0, 1, 2);
        LayoutFeature alreadyActive = opened.layout().features().get(1);

        assertTrue(model.set("Change status of", "status", "active"));

        assertEquals(Optional.of("Change status of 2 depots"), opened.undoDescription());
        assertSame(alreadyActive, opened.layout().features().get(1));
        assertArrayEquals(new int[] {0, 1, 2}, opened.selectedIndexes());
        assertEquals(opened.selectedFeatures(), model.selectedFeatures());
    }

    @Test
    void anEditThatChangesNothingExecutesNothing() {
        opened.selectIndexes(1);
        assertFalse(model.set("Change status of", "status", "active"));
        assertFalse(model.remove("Remove notes of", "notes"));
        assertFalse(opened.canUndo());

        opened.select(Selection.none());
        assertFalse(model.set("Rename", "name", "x"));
        active.set(null);
        assertFalse(model.set("Rename", "name", "x"));
        assertEquals(List.of(), model.selectedFeatures());
    }

    @Test
    void theSelectedFeaturesFollowUndo() {
        opened.selectIndexes(0);
        model.set("Rename", "name", "Depot North");
        assertEquals("Depot North", model.selectedFeatures().get(0).name());

        opened.undo();
        assertEquals("", model.selectedFeatures().get(0).name());
    }

    private static LayoutFeature depot(String status) {
        return new LayoutFeature(status, Map.of("kind", "depot", "status", status), null);
    }
}
