package org.hubmap.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.Test;

class ChangeCollectionMemberTest {
    private static final Layout LAYOUT = new Layout("t", TestLayouts.layout(2).features(), members(), null);

    private static Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("name", "Plan");
        members.put("bbox", List.of(JsonNumber.of(22), JsonNumber.of(44)));
        members.put("crs", "EPSG:4326");
        return members;
    }

    @Test
    void addsANewMemberAtTheEndAndRevertRemovesIt() {
        Map<String, Object> thresholds = Map.of("min_hub_distance_m", JsonNumber.of(5000));
        ChangeCollectionMember change = ChangeCollectionMember.of("Change planning thresholds", LAYOUT,
                "planning_checks", thresholds);

        Layout changed = change.apply(LAYOUT);
        assertEquals(List.of("name", "bbox", "crs", "planning_checks"),
                List.copyOf(changed.collectionMembers().keySet()));
        assertEquals(thresholds, changed.collectionMembers().get("planning_checks"));
        assertSame(LAYOUT.features(), changed.features(), "features untouched");

        Layout reverted = change.revert(changed);
        assertEquals(List.of("name", "bbox", "crs"), List.copyOf(reverted.collectionMembers().keySet()));
        assertSame(LAYOUT.features(), reverted.features());
    }

    @Test
    void changesAMemberInPlace() {
        Layout changed = ChangeCollectionMember.of("Rename layout", LAYOUT, "name", "Plan B").apply(LAYOUT);
        assertEquals(List.of("name", "bbox", "crs"), List.copyOf(changed.collectionMembers().keySet()));
        assertEquals("Plan B", changed.collectionMembers().get("name"));
    }

    @Test
    void aRemovedMemberComesBackAtItsPlace() {
        ChangeCollectionMember remove = ChangeCollectionMember.of("Remove bounding box", LAYOUT, "bbox", null);
        Layout removed = remove.apply(LAYOUT);
        assertEquals(List.of("name", "crs"), List.copyOf(removed.collectionMembers().keySet()));
        assertEquals(List.copyOf(LAYOUT.collectionMembers().entrySet()),
                List.copyOf(remove.revert(removed).collectionMembers().entrySet()));
        assertEquals("Remove bounding box", remove.description());
    }

    @Test
    void failsClearlyWhenTheMembersAreNotTheOnesItWasMadeFor() {
        ChangeCollectionMember change = ChangeCollectionMember.of("Rename layout", LAYOUT, "name", "Plan B");
        Layout other = LAYOUT.withCollectionMember("crs", null);
        assertThrows(IllegalStateException.class, () -> change.apply(other));
        assertThrows(IllegalStateException.class, () -> change.revert(LAYOUT));
    }
}
