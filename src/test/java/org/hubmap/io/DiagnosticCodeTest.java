package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hubmap.model.JsonNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticCodeTest {
    @TempDir
    Path dir;

    @Test
    void aWarningNamesItsCodeAndTheFeatureWhoseIdComesAfterTheGeometry() throws IOException {
        Path file = write("""
                {"type": "FeatureCollection", "features": [
                {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[30, 50], [30, 51], [31, 51],
                  [30, 50]]]}, "properties": {}, "id": "z1"},
                {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[30, 50], [30, 51], [31, 51],
                  [30, 50]]]}, "properties": {}}
                ]}
                """);
        List<LayoutWarning> warnings = LayoutReader.readWithWarnings(file, ReadProgress.NONE).warnings();
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals(DiagnosticCode.RING_CLOCKWISE, warnings.get(0).code());
        assertEquals("z1", warnings.get(0).featureId());
        assertNull(warnings.get(1).featureId(), "the second feature has no id");
    }

    @Test
    void anErrorNamesItsCodeAndTheFeatureEvenWhenItsIdComesAfterTheFault() throws IOException {
        Path file = write("""
                {"type": "FeatureCollection", "features": [
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [200, 50]}, "properties": {},
                 "id": 7},
                {"type": "Feature", "id": "b", "properties": {"nested": {"id": "not this"}},
                 "geometry": {"type": "Pointy", "coordinates": [30, 50]}},
                {"type": "Feature", "properties": {"id": "not this"}, "geometry": {"type": "LineString",
                 "coordinates": [[30, 50]]}}
                ]}
                """);
        LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> LayoutReader.read(file));
        List<LayoutFormatException> errors = e.errors();
        assertEquals(3, errors.size(), errors.toString());
        assertEquals(DiagnosticCode.POSITION_OUT_OF_RANGE, errors.get(0).code());
        assertEquals(JsonNumber.of(7), errors.get(0).featureId());
        assertEquals(DiagnosticCode.GEOMETRY_TYPE, errors.get(1).code());
        assertEquals("b", errors.get(1).featureId());
        assertEquals(DiagnosticCode.TOO_FEW_POSITIONS, errors.get(2).code());
        assertNull(errors.get(2).featureId(), "an id among the properties is not the feature's");
    }

    @Test
    void aFaultOfTheWholeFileHasACodeAndNoFeature() {
        LayoutFormatException e = assertThrows(LayoutFormatException.class,
                () -> LayoutReader.read(dir.resolve("missing.geojson")));
        assertEquals(DiagnosticCode.FILE_NOT_FOUND, e.code());
        assertNull(e.featureId());
    }

    @Test
    void malformedJsonIsOneCodeWhateverTheParserSays() throws IOException {
        Path file = write("{\"type\": \"FeatureCollection\", \"features\": [}\n");
        LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> LayoutReader.read(file));
        assertEquals(DiagnosticCode.JSON_SYNTAX, e.code());
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("layout.geojson");
        Files.writeString(file, text);
        return file;
    }
}
