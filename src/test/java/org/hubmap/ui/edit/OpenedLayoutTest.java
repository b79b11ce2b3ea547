package org.hubmap.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
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
