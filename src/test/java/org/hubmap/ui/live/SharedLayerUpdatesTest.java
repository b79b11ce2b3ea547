package org.hubmap.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubmap.document.LayoutDocument;
import org.hubmap.model.LayoutFeature;
import org.hubmap.store.RemoteChanges;
import org.junit.jupiter.api.Test;

/** What the status bar says of others' changes taken into a shared layer. */
class SharedLayerUpdatesTest {
    private static RemoteChanges.Change change(String key, String name, String by) {
        return new RemoteChanges.Change(key, 2, new LayoutFeature(key, Map.of("name", name), null), by);
    }

    @Test
    void namesTheFeatureAndWhoChangedItWhenThereIsOne() {
        RemoteChanges changes = new RemoteChanges(List.of(change("h1", "Hub Lviv", "bob")), Set.of(), 7);
        assertEquals("bob changed Hub Lviv in plan.", SharedLayerUpdates.describe("plan", changes,
                new LayoutDocument.OutsideChangesTaken(List.of("h1"), List.of(), List.of()), List.of()));
    }

    @Test
    void countsSeveralAndSaysWhichAreLeftToMerge() {
        RemoteChanges changes = new RemoteChanges(List.of(change("h1", "Hub Lviv", "bob"),
                change("h2", "Depot Rivne", "carol"), change("h3", "Zone 4", "bob")), Set.of("h9"), 9);
        assertEquals("bob, carol made 3 changes in plan. Zone 4 was also changed elsewhere while you edited it;"
                + " your edits stay, and saving offers to merge.", SharedLayerUpdates.describe("plan", changes,
                new LayoutDocument.OutsideChangesTaken(List.of("h1", "h2", "h9"), List.of("h3"), List.of()),
                List.of("Zone 4")));
    }
}
