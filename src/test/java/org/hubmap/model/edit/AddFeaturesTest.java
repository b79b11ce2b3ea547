package org.hubmap.model.edit;

import static org.hubmap.model.edit.TestLayouts.assertSameFeatures;
import static org.hubmap.model.edit.TestLayouts.feature;
import static org.hubmap.model.edit.TestLayouts.layout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;

class AddFeaturesTest {
    @Test
    void addsAtTheEndInOrderAndRevertsToTheSameObjects() {
        Layout layout = layout(4);
        LayoutFeature hub = feature("hub", 10);
        LayoutFeature zone = feature("monitoring-zone", 11);
        AddFeatures add = AddFeatures.of("Paste", layout, List.of(hub, zone));

        Layout added = add.apply(layout);
        assertEquals(6, added.features().size());
        for (int i = 0; i < 4; i++) {
            assertSame(layout.features().get(i), added.features().get(i));
        }
        assertSame(hub, added.features().get(4));
        assertSame(zone, added.features().get(5));

        Layout reverted = add.revert(added);
        assertSameFeatures(layout.features(), reverted);
        assertSame(layout.collectionMembers().get("name"), reverted.collectionMembers().get("name"));
    }

    @Test
    void isDescribedByTheAddedFeatures() {
        Layout layout = layout(1);
        assertEquals("Add hub", AddFeatures.of("Add", layout, List.of(feature("hub", 5))).description());
        assertEquals("Paste 2 features", AddFeatures.of("Paste", layout,
                List.of(feature("hub", 5), feature("depot", 6))).description());
    }

    @Test
    void refusesToAddNothing() {
        assertThrows(IllegalArgumentException.class, () -> AddFeatures.of("Add", layout(1), List.of()));
    }

    @Test
    void failsClearlyOnALayoutItWasNotMadeFor() {
        Layout layout = layout(3);
        AddFeatures add = AddFeatures.of("Add", layout, List.of(feature("depot", 9)));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> add.apply(layout.withFeatureRemoved(0)));
        assertTrue(e.getMessage().contains("\"Add depot\""), e.getMessage());
        assertThrows(IllegalStateException.class, () -> add.revert(layout.withFeatureAdded(feature("depot", 9))),
                "another object at the end, though equal in content");
        assertThrows(IllegalStateException.class, () -> add.revert(layout));
    }
}
