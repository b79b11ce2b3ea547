package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeodesicCircle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;

/** Warnings about what a planner wrote that HubMap would silently read otherwise than meant. */
class PlannerWarningsTest {
    private static final GeoPosition CENTRE = new GeoPosition(34.586, 47.511);

    @TempDir
    Path dir;

    @Test
    void aCapacityWrittenAsTextIsNamedWithWhatToWrite() throws IOException {
        List<LayoutWarning> warnings = read("""
                {"type": "Feature", "id": "hub-1", "properties": {"kind": "hub", "capacity": "1200"},
                 "geometry": {"type": "Point", "coordinates": [30.5, 50.4]}}""",
                """
                {"type": "Feature", "id": "hub-2", "properties": {"kind": "hub", "capacity": 1200},
                 "geometry": {"type": "Point", "coordinates": [30.5, 50.4]}}""",
                """
                {"type": "Feature", "id": "hub-3", "properties": {"kind": "hub", "capacity": "some"},
                 "geometry": {"type": "Point", "coordinates": [30.5, 50.4]}}""");
        assertEquals(1, warnings.size(), warnings.toString());
        LayoutWarning w = warnings.get(0);
        assertEquals(DiagnosticCode.NUMBER_AS_STRING, w.code());
        assertEquals("hub-1", w.featureId());
        assertEquals(2, w.line());
        assertTrue(w.message().startsWith("\"capacity\" is the text \"1200\", not a number"), w.message());
        assertTrue(w.message().contains("write \"capacity\": 1200 without quotes"), w.message());
    }

    @Test
    void aRadiusWrittenAsTextIsNamed() throws IOException {
        List<LayoutWarning> warnings = read(circleZone("\"30000\"", GeodesicCircle.polygon(CENTRE, 30_000, 72)
                .getCoordinates()));
        assertEquals(List.of(DiagnosticCode.NUMBER_AS_STRING), warnings.stream().map(LayoutWarning::code).toList());
        assertTrue(warnings.get(0).message().startsWith("\"radius_m\" is the text \"30000\""),
                warnings.get(0).message());
    }

    @ParameterizedTest
    @CsvSource({
        "30000, 30000, false",
        "30000, 30029, false",
        "30000, 30031, true",
        "30000, 29969, true",
        "500,   500.9, false",
        "500,   501.1, true",
    })
    void aCircleWhosePolygonIsNotAtItsRadiusIsNamed(double radiusMetres, double drawnMetres, boolean warned)
            throws IOException {
        List<LayoutWarning> warnings = read(circleZone(plain(radiusMetres),
                GeodesicCircle.polygon(CENTRE, drawnMetres, 72).getCoordinates()));
        assertEquals(warned ? List.of(DiagnosticCode.CIRCLE_OFF_RADIUS) : List.of(),
                warnings.stream().map(LayoutWarning::code).toList(), warnings.toString());
    }

    @Test
    void theWorstVertexIsNamedWithItsDistance() throws IOException {
        Coordinate[] ring = GeodesicCircle.polygon(CENTRE, 30_000, 72).getCoordinates();
        ring[10] = new Coordinate(34.6, 47.7);
        List<LayoutWarning> warnings = read(circleZone("30000", ring));
        assertEquals(1, warnings.size(), warnings.toString());
        LayoutWarning w = warnings.get(0);
        assertEquals("zone-1", w.featureId());
        assertTrue(w.message().matches("circle zone's vertex \\[34\\.6, 47\\.7] is 21\\d{3}\\.\\d m from its"
                + " center \\[34\\.586, 47\\.511], not radius_m 30000 m \\(more than 30\\.0 m off\\).*"), w.message());
    }

    private static String circleZone(String radius, Coordinate[] ring) {
        String coordinates = Stream.of(ring).map(c -> "[" + c.x + ", " + c.y + "]")
                .collect(Collectors.joining(", "));
        return "{\"type\": \"Feature\", \"properties\": {\"kind\": \"monitoring-zone\", \"nation\": \"UKR\","
                + " \"shape\": \"circle\", \"center\": [34.586, 47.511], \"radius_m\": " + radius + "},"
                + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[" + coordinates + "]]},"
                + " \"id\": \"zone-1\"}";
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    private List<LayoutWarning> read(String... features) throws IOException {
        Path file = dir.resolve("layout.geojson");
        Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": [\n" + String.join(",\n", features)
                + "\n]}\n");
        return LayoutReader.readWithWarnings(file, ReadProgress.NONE).warnings();
    }
}
