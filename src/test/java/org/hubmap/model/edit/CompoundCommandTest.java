package org.hubmap.model.edit;

import static org.hubmap.model.edit.TestLayouts.assertSameFeatures;
import static org.hubmap.model.edit.TestLayouts.feature;
import static org.hubmap.model.edit.TestLayouts.layout;
import static org.hubmap.model.edit.TestLayouts.moved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;

class CompoundCommandTest {
    @Test
    void eachStepIsMadeForTheLayoutTheStepsBeforeItGiveAndRevertsInReverse() {
        Layout layout = layout(4);
        List<LayoutFeature> f = layout.features();
        LayoutFeature added = feature("depot", 20);
        List<Layout> seen = new ArrayList<>();
        CompoundCommand compound = CompoundCommand.startingFrom(layout)
                .then(l -> RemoveFeatures.of("Delete", l, Set.of(0)))
                .then(l -> {
                    seen.add(l);
                    return ReplaceFeatures.of("Move", l, Map.of(0, moved(l.features().get(0), 1)));
                })
                .then(l -> AddFeatures.of("Add", l, List.of(added)))
                .then(l -> ChangeCollectionMember.of("Rename layout", l, "name", "Split"))
                .build("Split zone");

        assertSameFeatures(List.of(f.get(1), f.get(2), f.get(3)), seen.get(0));
        Layout applied = compound.apply(layout);
        assertEquals(4, applied.features().size());
        assertEquals("depot-1", applied.features().get(0).id(), "the second step replaced what was index 1");
        assertEquals(1.0, applied.features().get(0).geometry().orElseThrow().getCoordinate().x
                - f.get(1).geometry().orElseThrow().getCoordinate().x, 1e-9);
        assertSame(f.get(2), applied.features().get(1));
        assertSame(added, applied.features().get(3));
        assertEquals("Split", applied.collectionMembers().get("name"));
        assertEquals("Split zone", compound.description());

        Layout reverted = compound.revert(applied);
        assertSameFeatures(f, reverted);
        assertEquals(layout.collectionMembers(), reverted.collectionMembers());
    }

    @Test
    void compoundsNest() {
        Layout layout = layout(3);
        CompoundCommand inner = CompoundCommand.startingFrom(layout)
                .then(l -> RemoveFeatures.of("Delete", l, Set.of(2)))
                .build("Delete zone");
        CompoundCommand outer = CompoundCommand.startingFrom(layout)
                .then(l -> inner)
                .then(l -> RemoveFeatures.of("Delete", l, Set.of(0)))
                .build("Delete 2 features");
        Layout applied = outer.apply(layout);
        assertSameFeatures(List.of(layout.features().get(1)), applied);
        assertSameFeatures(layout.features(), outer.revert(applied));
    }

    @Test
    void refusesToBeEmpty() {
        assertThrows(IllegalArgumentException.class, () -> CompoundCommand.startingFrom(layout(1)).build("Nothing"));
    }

    @Test
    void failsOnALayoutItWasNotMadeForWithoutChangingIt() {
        Layout layout = layout(3);
        CompoundCommand compound = CompoundCommand.startingFrom(layout)
                .then(l -> AddFeatures.of("Add", l, List.of(feature("hub", 9))))
                .then(l -> RemoveFeatures.of("Delete", l, Set.of(1)))
                .build("Replace depot");
        Layout other = layout.withFeature(1, moved(layout.features().get(1), 1));
        List<LayoutFeature> before = other.features();
        assertThrows(IllegalStateException.class, () -> compound.apply(other));
        assertSameFeatures(before, other);
    }
}
