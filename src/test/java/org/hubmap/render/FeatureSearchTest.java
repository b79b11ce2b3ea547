package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class FeatureSearchTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static LayoutFeature named(String id, String name) {
        return new LayoutFeature(id, Map.of("kind", "hub", "name", name),
                GEOMETRY.createPoint(new Coordinate(30, 50)));
    }

    private final Layout layout = new Layout("plan", List.of(named("h-1", "Hub Kharkiv North"),
            named("h-2", "Kharkiv"), named("h-3", "Хаб Запоріжжя"), named("d-7", "Depot Odessa")));

    private List<String> names(String query) {
        return FeatureSearch.find(layout, query, 10).stream().map(f -> f.feature().name()).toList();
    }

    @Test
    void aWholeNameComesBeforeANameThatHasTheWordLater() {
        assertEquals(List.of("Kharkiv", "Hub Kharkiv North"), names("kharkiv"));
    }

    @Test
    void variantSpellingsCaseAndApostrophesDoNotMatter() {
        assertEquals(List.of("Depot Odessa"), names("ODESA"));
        assertEquals(List.of("Хаб Запоріжжя"), names("запоріжжя"));
    }

    @Test
    void anIdFindsItsFeature() {
        assertEquals(List.of("Depot Odessa"), names("d-7"));
    }

    @Test
    void blankTextOrNoLimitFindsNothing() {
        assertTrue(names("  ").isEmpty());
        assertTrue(FeatureSearch.find(layout, "hub", 0).isEmpty());
        assertEquals(1, FeatureSearch.find(layout, "h", 1).size());
    }
}
