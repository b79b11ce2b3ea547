package org.hubmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutCollectionMemberTest {
    private static final DocumentText TEXT = new DocumentText("{\"type\":\"FeatureCollection\",\"features\":[", List.of(),
            "]}", false);

    private static Layout layout() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("name", "Sample");
        members.put("bbox", List.of(JsonNumber.of(22), JsonNumber.of(44)));
        return new Layout("sample.geojson", List.of(), members, TEXT);
    }

    @Test
    void aNewMemberIsAddedAtTheEndAndAnExistingOneChangedInPlace() {
        Layout added = layout().withCollectionMember("hubmap:checks", Map.of("disabled", List.of()));
        assertEquals(List.of("name", "bbox", "hubmap:checks"), List.copyOf(added.collectionMembers().keySet()));
        Layout changed = added.withCollectionMember("name", "Renamed");
        assertEquals(List.of("name", "bbox", "hubmap:checks"), List.copyOf(changed.collectionMembers().keySet()));
        assertEquals("Renamed", changed.collectionMembers().get("name"));
        assertEquals("Sample", layout().collectionMembers().get("name"), "the layout itself is unchanged");
    }

    @Test
    void nullRemovesTheMemberAndEverythingElseStays() {
        Layout removed = layout().withCollectionMember("name", null);
        assertEquals(List.of("bbox"), List.copyOf(removed.collectionMembers().keySet()));
        assertEquals("sample.geojson", removed.title());
        assertEquals(TEXT, removed.text().orElseThrow());
        assertEquals(layout().collectionMembers(), layout().withCollectionMember("absent", null).collectionMembers());
    }

    @Test
    void typeAndFeaturesAreNotMembersToSet() {
        assertThrows(IllegalArgumentException.class, () -> layout().withCollectionMember("type", "Feature"));
        assertThrows(IllegalArgumentException.class, () -> layout().withCollectionMember("features", List.of()));
    }
}
