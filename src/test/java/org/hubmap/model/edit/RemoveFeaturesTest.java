package org.hubmap.model.edit;

import static org.hubmap.model.edit.TestLayouts.assertSameFeatures;
import static org.hubmap.model.edit.TestLayouts.layout;
import static org.hubmap.model.edit.TestLayouts.moved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;

class RemoveFeaturesTest {
    @Test
    void removesScatteredFeaturesAndPutsEachBackAtItsIndex() {
        Layout layout = layout(10);
        List<LayoutFeature> f = layout.features();
        RemoveFeatures remove = RemoveFeatures.of("Delete", layout, Set.of(9, 0, 4, 3, 7));

        Layout removed = remove.apply(layout);
        assertSameFeatures(List.of(f.get(1), f.get(2), f.get(5), f.get(6), f.get(8)), removed);
        assertSameFeatures(f, remove.revert(removed));
    }

    @Test
    void removesEveryFeature() {
        Layout layout = layout(3);
        RemoveFeatures remove = RemoveFeatures.of("Delete", layout, Set.of(0, 1, 2));
        Layout empty = remove.apply(layout);
        assertEquals(0, empty.features().size());
        assertSameFeatures(layout.features(), remove.revert(empty));
    }

    @Test
    void isDescribedByTheRemovedFeatures() {
        Layout layout = layout(6);
        assertEquals("Delete depot", RemoveFeatures.of("Delete", layout, Set.of(1)).description());
        assertEquals("Cut 2 hubs", RemoveFeatures.of("Cut", layout, Set.of(0, 3)).description());
    }

    @Test
    void refusesNoIndexesAndIndexesOutsideTheLayout() {
        Layout layout = layout(3);
        assertThrows(IllegalArgumentException.class, () -> RemoveFeatures.of("Delete", layout, Set.of()));
        assertThrows(IndexOutOfBoundsException.class, () -> RemoveFeatures.of("Delete", layout, Set.of(3)));
        assertThrows(IndexOutOfBoundsException.class, () -> RemoveFeatures.of("Delete", layout, Set.of(-1)));
    }

    @Test
    void failsClearlyOnALayoutItWasNotMadeFor() {
        Layout layout = layout(5);
        RemoveFeatures remove = RemoveFeatures.of("Delete", layout, Set.of(1, 2));
        Layout edited = layout.withFeature(2, moved(layout.features().get(2), 0.1));
        assertThrows(IllegalStateException.class, () -> remove.apply(edited));
        assertThrows(IllegalStateException.class, () -> remove.apply(layout.withFeatureRemoved(4)));
        assertThrows(IllegalStateException.class, () -> remove.revert(layout));
    }
}
