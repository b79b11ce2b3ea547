package org.hubmap.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;

class FeatureChangesTest {
    private final Layout layout = TestLayouts.layout(3);
    private final LayoutFeature hub = layout.features().get(0);
    private final LayoutFeature depot = layout.features().get(1);

    @Test
    void eachCommandSaysWhatItAddedRemovedAndReplaced() {
        LayoutFeature added = TestLayouts.feature("hub", 7);
        AddFeatures add = AddFeatures.of("Add hub", layout, List.of(added));
        assertEquals(List.of(added), add.changes().added());
        assertTrue(add.changes().removed().isEmpty());

        RemoveFeatures remove = RemoveFeatures.of("Delete", layout, Set.of(1));
        assertEquals(List.of(depot), remove.changes().removed());

        LayoutFeature moved = TestLayouts.moved(hub, 0.5);
        ReplaceFeatures move = ReplaceFeatures.of("Move hub", layout, Map.of(0, moved));
        FeatureChanges.Replacement replacement = move.changes().replaced().get(0);
        assertSame(hub, replacement.before());
        assertSame(moved, replacement.after());
    }

    @Test
    void theInverseTakesEachChangeBack() {
        LayoutFeature moved = TestLayouts.moved(hub, 0.5);
        LayoutFeature added = TestLayouts.feature("depot", 8);
        FeatureChanges changes = new FeatureChanges(List.of(added), List.of(depot),
                List.of(new FeatureChanges.Replacement(hub, moved)));

        FeatureChanges back = changes.inverse();

        assertEquals(List.of(depot), back.added());
        assertEquals(List.of(added), back.removed());
        assertSame(moved, back.replaced().get(0).before());
        assertSame(hub, back.replaced().get(0).after());
        assertEquals(3, back.size());
    }

    @Test
    void changesInARowCountAsOne() {
        LayoutFeature added = TestLayouts.feature("hub", 9);
        LayoutFeature addedMoved = TestLayouts.moved(added, 1);
        LayoutFeature moved = TestLayouts.moved(hub, 1);
        LayoutFeature movedAgain = TestLayouts.moved(moved, 1);

        FeatureChanges all = new FeatureChanges(List.of(added), List.of(), List.of())
                .then(new FeatureChanges(List.of(), List.of(), List.of(new FeatureChanges.Replacement(added, addedMoved),
                        new FeatureChanges.Replacement(hub, moved))))
                .then(new FeatureChanges(List.of(), List.of(), List.of(new FeatureChanges.Replacement(moved, movedAgain))))
                .then(new FeatureChanges(List.of(), List.of(movedAgain), List.of()));

        assertEquals(List.of(addedMoved), all.added(), "a feature added then moved counts as added, as it ends");
        assertEquals(List.of(hub), all.removed(), "a feature moved twice then deleted was removed as it began");
        assertTrue(all.replaced().isEmpty());
    }

    @Test
    void aFeatureAddedThenRemovedLeavesNoTrace() {
        LayoutFeature added = TestLayouts.feature("hub", 9);
        FeatureChanges all = new FeatureChanges(List.of(added), List.of(), List.of())
                .then(new FeatureChanges(List.of(), List.of(added), List.of()));
        assertTrue(all.isEmpty());
        assertTrue(FeatureChanges.NONE.isEmpty());
    }

    @Test
    void aCompoundCommandAddsUpItsParts() {
        LayoutFeature moved = TestLayouts.moved(hub, 0.5);
        CompoundCommand both = CompoundCommand.startingFrom(layout)
                .then(l -> ReplaceFeatures.of("Move hub", l, Map.of(0, moved)))
                .then(l -> RemoveFeatures.of("Delete", l, Set.of(1)))
                .build("Move and delete");

        assertEquals(List.of(depot), both.changes().removed());
        assertSame(moved, both.changes().replaced().get(0).after());
    }
}
