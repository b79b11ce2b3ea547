package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.LayoutReadResult;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;

class ConvertCommandTest {
    private static final String LAYOUTS = "src/test/resources/layouts/";

    @TempDir
    Path folder;

    @Test
    void writesCounterClockwiseExteriorsAndReportsWhatItDrops() throws Exception {
        Path out = folder.resolve("out.geojson");
        CommandRun run = CommandRun.of(new ConvertCommand(), LAYOUTS + "valid/warnings.geojson", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("not kept: the obsolete \"crs\" member"), run.err());
        LayoutReadResult converted = LayoutReader.readWithWarnings(out, ReadProgress.NONE);
        Polygon zone = (Polygon) converted.layout().features().get(2).geometry().orElseThrow();
        assertTrue(Orientation.isCCW(zone.getExteriorRing().getCoordinateSequence()));
        assertTrue(converted.warnings().stream().noneMatch(w -> w.message().contains("clockwise")
                || w.message().contains("crs") || w.message().contains("properties")),
                converted.warnings().toString());
    }

    @Test
    void keepsPropertiesIdsAndForeignMembersAsRead() throws Exception {
        Path out = folder.resolve("out.geojson");
        CommandRun run = CommandRun.of(new ConvertCommand(), LAYOUTS + "valid/odd-formatting.geojson",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(out);
        assertTrue(text.contains("\"properties\":{\"a\":1e5,\"b\":-0,\"c\":1.50,\"d\":\"é\\n\""), text);
        assertTrue(text.contains("\"id\":1.0,\"foreign\":{\"by\":\"qgis\"}"), text);
        assertTrue(text.endsWith("],\"name\":\"odd Київ\"}\n"), text);
        assertTrue(run.err().contains("not kept: \"bbox\" members of 1 geometry"), run.err());
    }

    @Test
    void roundsCoordinatesToTheChosenPrecision() throws Exception {
        Path out = folder.resolve("out.geojson");
        assertEquals(0, CommandRun.of(new ConvertCommand(), "maps/sample-layout.geojson", out.toString(),
                "--precision", "2").exitCode());
        Layout layout = LayoutReader.read(out);
        assertEquals(28, layout.features().size());
        assertTrue(Files.readString(out).contains("\"coordinates\":[30.45,50.52]"));
        for (var feature : layout.features()) {
            for (var c : feature.geometry().orElseThrow().getCoordinates()) {
                assertEquals(Math.round(c.x * 100) / 100.0, c.x, 0.0, "two decimals at most");
                assertEquals(Math.round(c.y * 100) / 100.0, c.y, 0.0, "two decimals at most");
            }
        }
    }

    @Test
    void badInputLeavesTheOutputAlone() throws Exception {
        Path out = folder.resolve("out.geojson");
        Files.writeString(out, "keep me");
        CommandRun run = CommandRun.of(new ConvertCommand(), LAYOUTS + "invalid/truncated.geojson", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(LAYOUTS + "invalid/truncated.geojson:4:1: error: the file ends"), run.err());
        assertEquals("keep me", Files.readString(out));
    }

    @Test
    void aPrecisionOutOfRangeIsBadUsage() {
        CommandRun run = CommandRun.of(new ConvertCommand(), "a", "b", "--precision", "16");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("precision must be 0 to 15 decimal places, not 16"), run.err());
    }

    @Test
    void convertsByExtensionToKmlAndBack() throws Exception {
        Path kml = folder.resolve("layout.kml");
        CommandRun toKml = CommandRun.of(new ConvertCommand(), "maps/sample-layout.geojson", kml.toString());
        assertEquals(0, toKml.exitCode(), toKml.err());
        assertTrue(toKml.err().contains(kml + ": 28 features written"), toKml.err());
        assertTrue(toKml.err().contains("not kept: the ids of 28 features"), toKml.err());
        Path back = folder.resolve("back.geojson");
        CommandRun toGeoJson = CommandRun.of(new ConvertCommand(), kml.toString(), back.toString());
        assertEquals(0, toGeoJson.exitCode(), toGeoJson.err());
        Layout original = LayoutReader.read(Path.of("maps/sample-layout.geojson"));
        Layout converted = LayoutReader.read(back);
        assertEquals(original.features().stream().map(f -> f.name() + "/" + f.kind()).toList(),
                converted.features().stream().map(f -> f.name() + "/" + f.kind()).toList());
    }

    @Test
    void streamsGeoJsonIntoASequence() throws Exception {
        Path out = folder.resolve("layout.geojsons");
        CommandRun run = CommandRun.of(new ConvertCommand(), "maps/sample-layout.geojson", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(28, Files.readAllLines(out).size());
        CommandRun validate = CommandRun.of(new ValidateCommand(), out.toString());
        assertEquals(0, validate.exitCode(), validate.err());
        assertTrue(validate.out().contains(out + ": valid, 28 features"), validate.out());
    }

    @Test
    void anUnreadableFormatIsNamedAndAnUnwritableOneRefused() throws Exception {
        Path shp = folder.resolve("roads.shp");
        Files.write(shp, new byte[] {0, 0, 0x27, 0x0A, 0, 0});
        CommandRun run = CommandRun.of(new ConvertCommand(), shp.toString(), folder.resolve("r.geojson").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(shp + ": error: this is an ESRI shapefile; HubMap reads GeoJSON"), run.err());
        CommandRun csv = CommandRun.of(new ConvertCommand(), "maps/sample-layout.geojson",
                folder.resolve("out.csv").toString());
        assertEquals(1, csv.exitCode());
        assertTrue(csv.err().contains("out.csv: error: CSV is read only; HubMap writes .geojson"), csv.err());
    }
}
