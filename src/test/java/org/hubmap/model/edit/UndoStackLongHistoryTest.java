package org.hubmap.model.edit;

import static org.hubmap.model.edit.TestLayouts.assertSameFeatures;
import static org.hubmap.model.edit.TestLayouts.feature;
import static org.hubmap.model.edit.TestLayouts.layout;
import static org.hubmap.model.edit.TestLayouts.moved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;

/** Ten thousand edits of every kind on a layout of ten thousand features, all undone and redone again. */
class UndoStackLongHistoryTest {
    private static final int FEATURES = 10_000;
    private static final int EDITS = 10_000;
    private static final int CHECKPOINT_EVERY = 1_000;

    private final SplittableRandom random = new SplittableRandom(7);
    private int nextNumber = FEATURES;

    @Test
    void undoingEveryEditGivesBackTheOpenedLayoutAndRedoingThemGivesTheEditedOne() {
        Layout start = layout(FEATURES);
        UndoStack stack = new UndoStack(start);
        List<Layout> checkpoints = new ArrayList<>();
        checkpoints.add(start);
        for (int i = 1; i <= EDITS; i++) {
            stack.execute(randomEdit(stack.layout()));
            if (random.nextInt(10) == 0) {
                stack.undo();
                stack.redo();
            }
            if (i % CHECKPOINT_EVERY == 0) {
                checkpoints.add(stack.layout());
            }
        }
        Layout edited = stack.layout();
        assertTrue(stack.isModified());

        for (int i = EDITS; i > 0; i--) {
            if (i % CHECKPOINT_EVERY == 0) {
                assertSameFeatures(checkpoints.get(i / CHECKPOINT_EVERY).features(), stack.layout());
            }
            stack.undo();
        }
        assertFalse(stack.canUndo());
        assertFalse(stack.isModified());
        assertSameFeatures(start.features(), stack.layout());
        assertEquals(List.copyOf(start.collectionMembers().entrySet()),
                List.copyOf(stack.layout().collectionMembers().entrySet()));
        assertSame(start.title(), stack.layout().title());

        for (int i = 0; i < EDITS; i++) {
            stack.redo();
        }
        assertFalse(stack.canRedo());
        assertSameFeatures(edited.features(), stack.layout());
        assertEquals(edited.collectionMembers(), stack.layout().collectionMembers());
    }

    private EditCommand randomEdit(Layout layout) {
        int kind = random.nextInt(100);
        if (kind < 45) {
            Map<Integer, LayoutFeature> after = new HashMap<>();
            for (int index : someIndexes(layout, 1 + random.nextInt(3))) {
                after.put(index, moved(layout.features().get(index), random.nextDouble(-0.01, 0.01)));
            }
            return ReplaceFeatures.of("Move", layout, after);
        } else if (kind < 60) {
            Map<Integer, LayoutFeature> after = new HashMap<>();
            for (int index : someIndexes(layout, 1 + random.nextInt(4))) {
                after.put(index, layout.features().get(index).withProperty("status", "closed"));
            }
            return ReplaceFeatures.of("Change status of", layout, after);
        } else if (kind < 78) {
            return RemoveFeatures.of("Delete", layout, someIndexes(layout, 1 + random.nextInt(5)));
        } else if (kind < 95) {
            return AddFeatures.of("Add", layout, newFeatures(1 + random.nextInt(3)));
        } else if (kind < 99) {
            return CompoundCommand.startingFrom(layout)
                    .then(l -> RemoveFeatures.of("Delete", l, someIndexes(l, 2)))
                    .then(l -> AddFeatures.of("Add", l, newFeatures(1)))
                    .then(l -> ReplaceFeatures.of("Move", l, Map.of(0, moved(l.features().get(0), 0.001))))
                    .build("Merge 2 zones");
        }
        return ChangeCollectionMember.of("Change planning thresholds", layout, "planning_checks",
                Map.of("min_hub_distance_m", random.nextInt(1000, 20_000)));
    }

    private Set<Integer> someIndexes(Layout layout, int count) {
        Set<Integer> indexes = new HashSet<>();
        while (indexes.size() < count) {
            indexes.add(random.nextInt(layout.features().size()));
        }
        return indexes;
    }

    private List<LayoutFeature> newFeatures(int count) {
        List<LayoutFeature> features = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            features.add(feature(random.nextBoolean() ? "hub" : "depot", nextNumber++));
        }
        return features;
    }
}
