package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hubmap.io.LayoutFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasemapTest {

    private static void assertComplete(Basemap basemap) {
        assertEquals(1, basemap.layer(BasemapLayer.SEA).size());
        assertEquals(49, basemap.layer(BasemapLayer.COUNTRIES).size());
        assertEquals(79, basemap.layer(BasemapLayer.LAKES).size());
        assertEquals(137, basemap.layer(BasemapLayer.RIVERS).size());
        assertEquals(54, basemap.layer(BasemapLayer.OBLAST_BOUNDARIES).size());
        assertEquals(98, basemap.layer(BasemapLayer.BORDERS).size());
        assertEquals(0, basemap.layer(BasemapLayer.CITIES).size());
        Map<PlaceKind, Long> places = basemap.places().stream()
                .collect(Collectors.groupingBy(MapPlace::kind, Collectors.counting()));
        assertEquals(33, places.get(PlaceKind.CAPITAL));
        assertEquals(528, places.get(PlaceKind.CAPITAL) + places.get(PlaceKind.REGIONAL_CENTRE)
                + places.get(PlaceKind.TOWN) + places.get(PlaceKind.SMALL_TOWN));
        assertEquals(25, places.get(PlaceKind.OBLAST), "24 oblasts and Crimea; Kyiv and Sevastopol are cities");
        assertEquals(48, places.get(PlaceKind.COUNTRY), "every other country, not Ukraine");
        assertEquals(6, places.get(PlaceKind.SEA));
        assertEquals(27, places.get(PlaceKind.LAKE), "the lakes that have names");
    }

    private static Path copyOfMaps(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(TestBasemaps.MAPS_FOLDER)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    @Test
    void loadsEveryLayerFromTheMapsFolder() throws IOException {
        assertComplete(Basemap.load(TestBasemaps.MAPS_FOLDER));
    }

    @Test
    void loadsEveryLayerFromTheClasspath() throws IOException {
        assertComplete(Basemap.loadBundled());
    }

    @Test
    void citiesWithoutUkrainianNamesFallBackToEnglish() {
        MapPlace kyiv = TestBasemaps.bundled().places().stream()
                .filter(p -> p.nameEnglish().equals("Kyiv") && p.kind() == PlaceKind.CAPITAL).findFirst().orElseThrow();
        assertEquals("Київ", kyiv.name(LabelLanguage.UKRAINIAN));
        assertTrue(kyiv.inUkraine());
        assertTrue(TestBasemaps.bundled().places().stream()
                .anyMatch(p -> p.kind().isSettlement() && p.nameUkrainian().equals(p.nameEnglish())));
    }

    @Test
    void missingFolderIsReported(@TempDir Path folder) {
        Path missing = folder.resolve("nowhere");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Basemap.load(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void missingFileIsNamed(@TempDir Path folder) throws IOException {
        Files.delete(copyOfMaps(folder).resolve("rivers.geojson"));
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Basemap.load(folder));
        assertTrue(e.getMessage().contains(folder.resolve("rivers.geojson").toString()), e.getMessage());
    }

    @Test
    void malformedFileIsNamedWithLineAndColumn(@TempDir Path folder) throws IOException {
        Path lakes = copyOfMaps(folder).resolve("lakes.geojson");
        Files.writeString(lakes, "{\"type\": \"FeatureCollection\",\n  \"features\": [ {\"type\": \"Feature\" ]}");
        LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> Basemap.load(folder));
        assertTrue(e.getMessage().startsWith(lakes + ":2:"), e.getMessage());
        assertEquals(2, e.line());
        assertTrue(e.column() > 1);
    }

    @Test
    void wrongGeometryIsReportedAtItsFeature(@TempDir Path folder) throws IOException {
        Path cities = copyOfMaps(folder).resolve("cities.geojson");
        Files.writeString(cities, "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{\"name_en\":\"A\",\"rank\":1},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[30,50]}},\n"
                + "{\"type\":\"Feature\",\"properties\":{\"name_en\":\"B\",\"rank\":2},"
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[30,50],[31,51]]}}]}");
        LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> Basemap.load(folder));
        assertEquals(cities + ":3:1: expected a Point geometry, found LineString", e.getMessage());
    }

    @Test
    void missingPropertyIsReportedAtItsFeature(@TempDir Path folder) throws IOException {
        Path oblasts = copyOfMaps(folder).resolve("ua_oblasts.geojson");
        Files.writeString(oblasts, "{\"type\":\"FeatureCollection\",\"features\":[\n  "
                + "{\"type\":\"Feature\",\"properties\":{\"name_en\":\"X\",\"label_lon\":30},\"geometry\":null}]}");
        LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> Basemap.load(folder));
        assertEquals(oblasts + ":2:3: the feature has no \"label_lat\" number", e.getMessage());
    }

    @Test
    void outOfRangeRankIsReported(@TempDir Path folder) throws IOException {
        Path cities = copyOfMaps(folder).resolve("cities.geojson");
        Files.writeString(cities, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"name_en\":\"A\",\"rank\":7},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[30,50]}}]}");
        LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> Basemap.load(folder));
        assertTrue(e.problem().contains("\"rank\" must be 1"), e.getMessage());
    }
}
