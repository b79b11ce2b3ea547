package org.hubmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class LayoutTest {
    private static final DocumentText TEXT = new DocumentText("{\"features\": [", List.of(",\n"), "]}", false);
    private final List<LayoutFeature> f = features(8);
    private final Layout layout = new Layout("plan", f, members(), TEXT);

    private static List<LayoutFeature> features(int count) {
        List<LayoutFeature> features = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            features.add(new LayoutFeature("f" + i, Map.of("kind", "hub"), null));
        }
        return features;
    }

    private static Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("name", "Plan");
        members.put("crs", "EPSG:4326");
        return members;
    }

    private void assertFeatures(List<LayoutFeature> expected, Layout actual) {
        assertEquals(expected.size(), actual.features().size());
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), actual.features().get(i), "feature " + i);
        }
        assertSame(layout.title(), actual.title());
        assertSame(TEXT, actual.text().orElseThrow());
        assertSame(layout.collectionMembers(), actual.collectionMembers());
    }

    @Test
    void oneFeatureEditsKeepEverythingElse() {
        LayoutFeature added = new LayoutFeature("new", Map.of(), null);
        assertFeatures(List.of(f.get(0), added, f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7)),
                layout.withFeature(1, added));
        List<LayoutFeature> withAdded = new ArrayList<>(f);
        withAdded.add(added);
        assertFeatures(withAdded, layout.withFeatureAdded(added));
        assertFeatures(f.subList(1, 8), layout.withFeatureRemoved(0));
    }

    @Test
    void countsFeaturesByKindAndEachEditedLayoutCountsItsOwn() {
        assertEquals(8, layout.count(FeatureKind.HUB));
        assertEquals(0, layout.count(FeatureKind.DEPOT));
        Layout edited = layout.withFeature(1, new LayoutFeature("d", Map.of("kind", "depot"), null))
                .withFeatureAdded(new LayoutFeature("x", Map.of("kind", "road"), null));
        assertEquals(7, edited.count(FeatureKind.HUB));
        assertEquals(1, edited.count(FeatureKind.DEPOT));
        assertEquals(1, edited.count(FeatureKind.OTHER));
        assertEquals(0, edited.count(FeatureKind.MONITORING_ZONE));
        assertEquals(8, layout.count(FeatureKind.HUB), "the layout edited keeps its own count");
    }

    @Test
    void theExtentHoldsEveryGeometryAndEachEditedLayoutHasItsOwn() {
        GeometryFactory geometry = new GeometryFactory();
        Layout two = new Layout("plan", List.of(
                new LayoutFeature("a", Map.of(), geometry.createPoint(new Coordinate(30, 50))),
                new LayoutFeature("b", Map.of(), geometry.createPoint(new Coordinate(31.5, 48)))));
        assertEquals(new Envelope(30, 31.5, 48, 50), two.extent());
        two.extent().expandToInclude(0, 0);
        assertEquals(new Envelope(30, 31.5, 48, 50), two.extent(), "callers cannot change it");
        Layout moved = two.withFeature(1, new LayoutFeature("b", Map.of(),
                geometry.createPoint(new Coordinate(29, 51))));
        assertEquals(new Envelope(29, 30, 50, 51), moved.extent());
        assertTrue(layout.extent().isNull(), "no feature has a geometry");
    }

    @Test
    void gathersTheNationsAndStatusesNamedAndEachEditedLayoutItsOwn() {
        Layout two = new Layout("plan", List.of(
                new LayoutFeature("a", Map.of("nation", "POL", "status", "active"), null),
                new LayoutFeature("b", Map.of("nation", "UKR"), null),
                new LayoutFeature("c", Map.of("nation", "POL", "status", "planned"), null)));
        assertEquals(Set.of("POL", "UKR"), two.nations());
        assertEquals(Set.of("active", "planned", ""), two.statuses(), "a feature without a status counts as empty");
        Layout edited = two.withFeature(1, new LayoutFeature("b", Map.of("nation", "DEU", "status", "closed"), null));
        assertEquals(Set.of("POL", "DEU"), edited.nations());
        assertEquals(Set.of("active", "planned", "closed"), edited.statuses());
        assertEquals(Set.of("POL", "UKR"), two.nations(), "the layout edited keeps its own");
    }

    @Test
    void removesScatteredFeaturesAndInsertsThemBackWhereTheyWere() {
        int[] indexes = {0, 2, 3, 7};
        Layout removed = layout.withFeaturesRemoved(indexes);
        assertFeatures(List.of(f.get(1), f.get(4), f.get(5), f.get(6)), removed);
        assertFeatures(f, removed.withFeaturesInserted(indexes, List.of(f.get(0), f.get(2), f.get(3), f.get(7))));
        assertFeatures(f, layout.withFeaturesRemoved(new int[0]));
        assertFeatures(List.of(), layout.withFeaturesRemoved(new int[] {0, 1, 2, 3, 4, 5, 6, 7}));
    }

    @Test
    void replacesAndAddsManyFeaturesAtOnce() {
        LayoutFeature a = new LayoutFeature("a", Map.of(), null);
        LayoutFeature b = new LayoutFeature("b", Map.of(), null);
        assertFeatures(List.of(a, f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), b),
                layout.withFeaturesReplaced(new int[] {0, 7}, List.of(a, b)));
        List<LayoutFeature> withAdded = new ArrayList<>(f);
        withAdded.addAll(List.of(a, b));
        assertFeatures(withAdded, layout.withFeaturesAdded(List.of(a, b)));
    }

    @Test
    void bulkEditsRefuseIndexesThatAreNotStrictlyAscendingAndInRange() {
        LayoutFeature a = f.get(0);
        assertThrows(IllegalArgumentException.class, () -> layout.withFeaturesRemoved(new int[] {3, 2}));
        assertThrows(IllegalArgumentException.class, () -> layout.withFeaturesRemoved(new int[] {2, 2}));
        assertThrows(IllegalArgumentException.class, () -> layout.withFeaturesRemoved(new int[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> layout.withFeaturesRemoved(new int[] {8}));
        assertThrows(IllegalArgumentException.class, () -> layout.withFeaturesReplaced(new int[] {8}, List.of(a)));
        assertThrows(IllegalArgumentException.class, () -> layout.withFeaturesReplaced(new int[] {1}, List.of()));
        assertThrows(IllegalArgumentException.class, () -> layout.withFeaturesInserted(new int[] {9}, List.of(a)));
        assertThrows(IllegalArgumentException.class,
                () -> layout.withFeaturesInserted(new int[] {4, 1}, List.of(a, a)));
        List<LayoutFeature> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> layout.withFeaturesAdded(withNull));
        assertThrows(NullPointerException.class, () -> layout.withFeaturesReplaced(new int[] {0}, withNull));
    }

    @Test
    void setsChangesAndRemovesCollectionMembersKeepingTheirOrder() {
        Layout named = layout.withCollectionMember("name", "Plan B").withCollectionMember("planning_checks",
                Map.of("min_hub_distance_m", JsonNumber.of(5000)));
        assertEquals(List.of("name", "crs", "planning_checks"), List.copyOf(named.collectionMembers().keySet()));
        assertEquals("Plan B", named.collectionMembers().get("name"));
        assertSame(layout.features(), named.features());
        assertSame(TEXT, named.text().orElseThrow());

        Layout removed = named.withCollectionMember("name", null);
        assertEquals(List.of("crs", "planning_checks"), List.copyOf(removed.collectionMembers().keySet()));
        assertEquals(List.copyOf(layout.collectionMembers().entrySet()),
                List.copyOf(removed.withCollectionMembers(layout.collectionMembers()).collectionMembers().entrySet()));
        assertThrows(UnsupportedOperationException.class, () -> removed.collectionMembers().put("x", "y"));
    }
}
