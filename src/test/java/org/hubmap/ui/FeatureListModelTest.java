package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hubmap.document.Selection;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.ReplaceFeatures;
import org.hubmap.ui.edit.OpenedLayout;
import org.junit.jupiter.api.Test;

class FeatureListModelTest {
    private final OpenedLayout opened = new OpenedLayout(Path.of("t.geojson"), new Layout("t", List.of(
            feature("hub", "Alpha", "UKR", "active"),
            feature("depot", "Bravo", "POL", "suspended"),
            feature("checkpoint", "Charlie", "", "planned"))));
    private final FeatureListModel model = new FeatureListModel();

    @Test
    void anEditReplacesOnlyTheRowsOfTheFeaturesItChanged() {
        model.readFeatures(opened);
        List<FeatureRow> before = List.copyOf(model.rows());
        opened.execute(ReplaceFeatures.of("Rename", opened.layout(),
                Map.of(1, opened.layout().features().get(1).withProperty("name", "Bravo 2"))), Selection.none());

        model.readFeatures(opened);
        assertSame(before.get(0), model.rows().get(0));
        assertNotSame(before.get(1), model.rows().get(1));
        assertEquals("Bravo 2", model.rows().get(1).feature().name());
        assertSame(before.get(2), model.rows().get(2));

        model.readFeatures(null);
        assertTrue(model.rows().isEmpty());
    }

    @Test
    void theChoicesAreWhatTheLayoutHoldsAndTheCurrentChoice() {
        model.readFeatures(opened);
        assertEquals(List.of("all", "POL", "UKR"), model.nations());
        assertEquals(List.of("all", "planned", "active", "suspended"), model.statuses());

        model.nationProperty().set("GBR");
        model.readFeatures(opened);
        assertEquals(List.of("all", "POL", "UKR", "GBR"), model.nations(), "the choice stays offered");
    }

    @Test
    void theFilterCombinesTextAndChoices() {
        model.readFeatures(opened);
        FeatureRow alpha = model.rows().get(0);
        FeatureRow charlie = model.rows().get(2);
        assertTrue(model.filterProperty().get().showsAll());

        model.kindProperty().set(FeatureFilter.OTHER_KIND);
        assertTrue(model.filterProperty().get().test(charlie), "an unknown kind is other");
        assertFalse(model.filterProperty().get().test(alpha));

        model.kindProperty().set(FeatureFilter.ALL);
        model.filterTextProperty().set("  ukr ");
        assertTrue(model.filterProperty().get().test(alpha), "the nation matches the text");
        assertFalse(model.filterProperty().get().test(charlie));
        model.statusProperty().set("planned");
        assertFalse(model.filterProperty().get().test(alpha));
    }

    private static LayoutFeature feature(String kind, String name, String nation, String status) {
        return new LayoutFeature(name.toLowerCase(), Map.of("kind", kind, "name", name, "nation", nation,
                "status", status), null);
    }
}
