package org.hubmap.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.FeatureChanges;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private final LayoutFeature a = new LayoutFeature("a", Map.of("name", "Same"), null);
    private final LayoutFeature twin = new LayoutFeature("a", Map.of("name", "Same"), null);
    private final LayoutFeature b = new LayoutFeature("b", Map.of("name", "B"), null);

    @Test
    void featuresCountByIdentityNotByEquality() {
        Selection selection = Selection.of(a);
        assertTrue(selection.contains(a));
        assertFalse(selection.contains(twin));
        assertEquals(2, Selection.of(a, twin, a).size());
    }

    @Test
    void togglesAndUnites() {
        assertEquals(List.of(a, b), Selection.of(a).toggled(b).features());
        assertEquals(List.of(b), Selection.of(a, b).toggled(a).features());
        assertEquals(List.of(a, b), Selection.of(a).union(Selection.of(b, a)).features());
    }

    @Test
    void followsReplacementsAndDropsRemovedFeatures() {
        LayoutFeature moved = new LayoutFeature("a", Map.of("name", "Moved"), null);
        FeatureChanges changes = new FeatureChanges(List.of(), List.of(b),
                List.of(new FeatureChanges.Replacement(a, moved)));
        assertEquals(List.of(moved), Selection.of(a, b).following(changes).features());
    }

    @Test
    void findsItsFeaturesInALayout() {
        Layout layout = new Layout("l", List.of(b, twin, a));
        assertArrayEquals(new int[] {0, 2}, Selection.of(a, b).indexesIn(layout));
        assertEquals(List.of(b, a), Selection.of(a, b).inLayoutOrder(layout));
        assertEquals(List.of(a), Selection.of(a, new LayoutFeature("z", Map.of(), null)).within(layout).features());
        assertEquals(List.of(twin), Selection.atIndexes(layout, List.of(1, 7)).features());
    }
}
