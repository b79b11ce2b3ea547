package org.hubmap.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hubmap.model.Layout;
import org.junit.jupiter.api.Test;

class ReplaceLayoutTest {
    private final Layout before = TestLayouts.layout(3);
    private final Layout after = TestLayouts.layout(2);
    private final ReplaceLayout replace = ReplaceLayout.of("Restore unsaved changes", before, after);

    @Test
    void putsTheWholeLayoutInPlaceAndRevertPutsTheOldOneBack() {
        assertSame(after, replace.apply(before));
        assertSame(before, replace.revert(after));
    }

    @Test
    void everyFeatureCountsAsRemovedAndAdded() {
        assertEquals(after.features(), replace.changes().added());
        assertEquals(before.features(), replace.changes().removed());
        assertEquals(0, replace.changes().replaced().size());
    }

    @Test
    void refusesAnotherLayoutThanTheOneItWasMadeFor() {
        assertThrows(IllegalStateException.class, () -> replace.apply(after));
        assertThrows(IllegalStateException.class, () -> replace.revert(before));
    }
}
