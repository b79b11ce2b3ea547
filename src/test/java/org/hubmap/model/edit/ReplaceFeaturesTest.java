package org.hubmap.model.edit;

import static org.hubmap.model.edit.TestLayouts.assertSameFeatures;
import static org.hubmap.model.edit.TestLayouts.layout;
import static org.hubmap.model.edit.TestLayouts.moved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;

class ReplaceFeaturesTest {
    @Test
    void replacesTheGivenIndexesAndRevertsToTheSameObjects() {
        Layout layout = layout(8);
        List<LayoutFeature> f = layout.features();
        LayoutFeature movedLast = moved(f.get(7), 0.5);
        LayoutFeature movedFirst = moved(f.get(0), 0.5);
        LayoutFeature renamed = f.get(3).withProperty("name", "Renamed");
        ReplaceFeatures replace = ReplaceFeatures.of("Edit", layout, Map.of(7, movedLast, 0, movedFirst, 3, renamed));

        Layout replaced = replace.apply(layout);
        assertSameFeatures(List.of(movedFirst, f.get(1), f.get(2), renamed, f.get(4), f.get(5), f.get(6), movedLast),
                replaced);
        assertSameFeatures(f, replace.revert(replaced));
        assertSame(layout.collectionMembers(), replace.revert(replaced).collectionMembers());
    }

    @Test
    void isDescribedByTheFeaturesAsTheyWere() {
        Layout layout = layout(6);
        List<LayoutFeature> f = layout.features();
        assertEquals("Move 3 features", ReplaceFeatures.of("Move", layout,
                Map.of(0, moved(f.get(0), 1), 1, moved(f.get(1), 1), 2, moved(f.get(2), 1))).description());
        assertEquals("Change status of 2 depots", ReplaceFeatures.of("Change status of", layout,
                Map.of(1, f.get(1).withProperty("status", "closed"), 4, f.get(4).withProperty("status", "closed")))
                .description());
        assertEquals("Change kind of hub", ReplaceFeatures.of("Change kind of", layout,
                Map.of(0, f.get(0).withProperty("kind", "depot"))).description());
    }

    @Test
    void refusesNothingToReplaceIndexesOutsideTheLayoutAndNullFeatures() {
        Layout layout = layout(2);
        assertThrows(IllegalArgumentException.class, () -> ReplaceFeatures.of("Move", layout, Map.of()));
        assertThrows(IndexOutOfBoundsException.class,
                () -> ReplaceFeatures.of("Move", layout, Map.of(2, layout.features().get(0))));
        Map<Integer, LayoutFeature> withNull = new HashMap<>();
        withNull.put(0, null);
        assertThrows(NullPointerException.class, () -> ReplaceFeatures.of("Move", layout, withNull));
    }

    @Test
    void failsClearlyOnALayoutItWasNotMadeFor() {
        Layout layout = layout(4);
        LayoutFeature first = layout.features().get(0);
        ReplaceFeatures replace = ReplaceFeatures.of("Move", layout, Map.of(0, moved(first, 1)));
        Layout elsewhere = layout.withFeature(0, moved(first, 2));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> replace.apply(elsewhere));
        assertTrue(e.getMessage().contains("apply \"Move hub\": feature 0"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> replace.revert(layout));
        assertTrue(e.getMessage().contains("revert \"Move hub\": feature 0"), e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> ReplaceFeatures.of("Move", layout, Map.of(3, first)).apply(layout.withFeatureRemoved(3)));
    }
}
