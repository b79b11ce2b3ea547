package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read reports every broken feature of a file, each at the start of the value at fault, up to a cap; malformed
 * JSON ends the reading and says so.
 */
class EveryErrorTest {
    private static final String HEAD = "{\"type\":\"FeatureCollection\",\"features\":[\n";
    private static final String POINT = "\"geometry\":{\"type\":\"Point\",\"coordinates\":[30.5,50.4]}";

    @TempDir
    Path folder;

    private Path layout(String... features) throws IOException {
        return Files.writeString(folder.resolve("layout.geojson"), HEAD + String.join(",\n", features) + "\n]}\n");
    }

    /** Each error as {@code LINE:COL: problem}. */
    private static List<String> errors(Path file) {
        LayoutFormatException e = assertThrows(LayoutFormatException.class,
                () -> LayoutFormats.read(file, ReadProgress.NONE));
        return e.errors().stream().map(error -> error.line() + ":" + error.column() + ": " + error.problem())
                .toList();
    }

    @Test
    void everyBrokenFeatureIsReportedAtTheStartOfWhatIsWrong() throws IOException {
        Path file = layout(
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[30,"
                        + " \"x\"]}}",
                "{\"properties\":{}, \"geometry\":null}",
                "{\"type\":\"Feature\",\"id\": true, \"properties\":{}," + POINT + "}",
                "{\"type\":\"Feature\",\"id\":\"ok\",\"properties\":{}," + POINT + "}",
                "{\"type\":\"Feature\",\"properties\":  5," + POINT + "}",
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Pointy\",\"coordinates\":[1,2]}}",
                "  7",
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":  [1]}}",
                "{\"type\":  \"Feat\",\"properties\":{}}");

        assertEquals(List.of(
                "2:81: coordinates must be arrays of numbers, found a string (in the 1st feature)",
                "3:1: feature has no \"type\" member (in the 2nd feature)",
                "4:25: feature \"id\" must be a string or a number, found a boolean (in the 3rd feature)",
                "6:34: feature \"properties\" must be an object or null, found a number (in the 5th feature)",
                "7:54: unknown geometry type \"Pointy\" (expected Point, MultiPoint, LineString, MultiLineString,"
                        + " Polygon, MultiPolygon or GeometryCollection; names are case-sensitive) (in the 6th"
                        + " feature)",
                "8:3: each member of \"features\" must be a Feature object, found a number (in the 7th feature)",
                "9:78: a position needs longitude and latitude, found 1 number (in the 8th feature)",
                "10:11: each member of \"features\" must be a \"Feature\"; this one has type \"Feat\" (in the 9th"
                        + " feature)"), errors(file));
    }

    @Test
    void malformedJsonEndsTheReadingAfterTheErrorsBeforeIt() throws IOException {
        Path file = layout(
                "{\"type\":\"Feature\",\"properties\":{}}",
                "{\"type\":\"Feature\",\"properties\":{\"a\":  tru}," + POINT + "}",
                "{\"properties\":{}}");

        assertEquals(List.of(
                "2:1: feature has no \"geometry\" member (write \"geometry\": null for a feature without one) (in"
                        + " the 1st feature)",
                "3:39: malformed JSON: Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object"
                        + " or token 'null', 'true' or 'false'); the file is not read past this error"),
                errors(file));
    }

    @Test
    void wordsThatAreNotJsonArePlacedWhereTheyStart() throws IOException {
        assertEquals(List.of("2:39: NaN and Infinity are not JSON numbers"),
                errors(layout("{\"type\":\"Feature\",\"properties\":{\"a\":  NaN}," + POINT + "}")));
        assertEquals(List.of("2:44: malformed JSON: Invalid numeric value: Leading zeroes not allowed"),
                errors(layout("{\"type\":\"Feature\",\"properties\":{\"a\":  [1,  01]}," + POINT + "}")));
        assertStartsWith("2:44: malformed JSON: Unrecognized token 'nul'",
                errors(layout("{\"type\":\"Feature\",\"properties\":{\"a\":  [1,  nul]}," + POINT + "}")).get(0));
        assertStartsWith("3:4: malformed JSON: Unrecognized token 'x'",
                errors(Files.writeString(folder.resolve("after.geojson"), HEAD + "]}\n   x\n")).get(0));
    }

    private static void assertStartsWith(String start, String text) {
        assertTrue(text.startsWith(start), text);
    }

    @Test
    void pastTheCapErrorsAreCounted() throws IOException {
        String[] broken = new String[GeoJsonLayoutParser.MOST_ERRORS_LISTED + 7];
        java.util.Arrays.fill(broken, "{\"properties\":{}," + POINT + "}");
        Path file = layout(broken);

        LayoutFormatException e = assertThrows(LayoutFormatException.class,
                () -> LayoutFormats.read(file, ReadProgress.NONE));

        assertEquals(GeoJsonLayoutParser.MOST_ERRORS_LISTED, e.errors().size());
        assertEquals(7, e.errorsNotListed());
        assertEquals(GeoJsonLayoutParser.MOST_ERRORS_LISTED + 1, e.errors().get(e.errors().size() - 1).line());
    }

    @Test
    void aSequenceReportsEveryBrokenText() throws IOException {
        Path file = Files.writeString(folder.resolve("layout.geojsons"), "\u001e{\"properties\":{}," + POINT
                + "}\n\u001e{\"type\":\"Feature\",\"properties\":{}," + POINT + "}\n\u001e{\"type\":\"Feature\","
                + "\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1]}}\n");

        assertEquals(List.of("1:2: feature has no \"type\" member (in text 1)",
                "3:77: a position needs longitude and latitude, found 1 number (in text 3)"), errors(file));
    }
}
