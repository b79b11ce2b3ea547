package org.hubmap.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubmap.document.Selection;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.RemoveFeatures;
import org.hubmap.model.edit.ReplaceFeatures;
import org.junit.jupiter.api.Test;

class OpenedLayoutTest {
    @Test
    void summaryCountsEachKindInTheUsersWords() {
        assertEquals("10 hubs, 10 depots, 8 zones", summaryOf(10, 10, 8, 0));
        assertEquals("1 hub, 0 depots, 1 zone, 2 other features", summaryOf(1, 0, 1, 2));
        assertEquals("0 hubs, 0 depots, 0 zones, 1 other feature", summaryOf(0, 0, 0, 1));
        assertEquals("no features", summaryOf(0, 0, 0, 0));
    }

    @Test
    void fileNameLeavesTheFolderOut() {
        assertEquals("plan.geojson",
                new OpenedLayout(Path.of("/data/ops/plan.geojson"), new Layout("plan", List.of())).fileName());
    }

    @Test
    void aLockedFeatureRefusesChangeAndRemovalWithItsReasonButTakesInTheStoredVersion() {
        LayoutFeature ukrainian = new LayoutFeature("hub-kyiv", Map.of("kind", "hub", "nation", "UKR"), null);
        LayoutFeature polish = new LayoutFeature("hub-lviv", Map.of("kind", "hub", "nation", "POL"), null);
        OpenedLayout layer = new OpenedLayout(Path.of("x.geojson"), new Layout("x", List.of(ukrainian, polish)));
        List<String> refusals = new ArrayList<>();
        layer.setOnEditRefused(refusals::add);
        layer.setFeatureLock(feature -> "UKR".equals(feature.nation()) ? Optional.of("Locked: UKR's")
                : Optional.empty());

        Layout before = layer.layout();
        layer.execute(ReplaceFeatures.of("Rename", before, Map.of(0, ukrainian.withProperty("name", "Taken"))),
                Selection.none());
        layer.execute(RemoveFeatures.of("Delete", before, java.util.Set.of(0)), Selection.none());
        assertSame(before, layer.layout());
        assertEquals(List.of("This feature: Locked: UKR's", "This feature: Locked: UKR's"), refusals);

        layer.execute(ReplaceFeatures.of("Rename", before, Map.of(1, polish.withProperty("name", "Ours"))),
                Selection.none());
        assertEquals("Ours", layer.layout().features().get(1).name(), "an unlocked feature is edited");
        Layout ours = layer.layout();
        layer.takeIn(ReplaceFeatures.of("Merge", ours, Map.of(0, ukrainian.withProperty("status", "degraded"))),
                Selection.none());
        assertEquals("degraded", layer.layout().features().get(0).properties().get("status"),
                "the stored version of a locked feature is taken in");

        // A gesture asks before it starts, so that a drag never shows a locked feature moving.
        refusals.clear();
        assertTrue(layer.mayChange(List.of(layer.layout().features().get(1))));
        assertFalse(layer.mayChange(List.of(layer.layout().features().get(1), layer.layout().features().get(0))));
        assertEquals(List.of("This feature: Locked: UKR's"), refusals);
    }

    private static String summaryOf(int hubs, int depots, int zones, int others) {
        List<LayoutFeature> features = new ArrayList<>();
        add(features, "hub", hubs);
        add(features, "depot", depots);
        add(features, "monitoring-zone", zones);
        add(features, "checkpoint", others);
        return new OpenedLayout(Path.of("x.geojson"), new Layout("x", features)).summary();
    }

    private static void add(List<LayoutFeature> features, String kind, int count) {
        for (int i = 0; i < count; i++) {
            features.add(new LayoutFeature(i, Map.of("kind", kind), null));
        }
    }
}
