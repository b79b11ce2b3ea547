package org.hubmap.cli;

import static org.hubmap.cli.LayoutTexts.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/**
 * {@code convert --precision} never writes a geometry that rounding spoiled, and says which it kept whole; a
 * feature's {@code bbox} is written to enclose its geometry as written; {@code validate} warns of one that does not.
 */
class PrecisionKeepsGeometryTest {
    private static final String TINY_ZONE = "{\"type\":\"Feature\",\"id\":\"zone-tiny\",\"properties\":"
            + "{\"kind\":\"monitoring-zone\",\"name\":\"Tiny\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[30.00001,50.00001],[30.00003,50.00001],[30.00003,50.00003],[30.00001,50.00003],"
            + "[30.00001,50.00001]]]}}";
    private static final String ZONE = "{\"type\":\"Feature\",\"id\":\"zone-big\",\"properties\":"
            + "{\"kind\":\"monitoring-zone\",\"name\":\"Big\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[30.123456,50.123456],[30.523456,50.123456],[30.523456,50.523456],[30.123456,50.123456]]]}}";
    private static final String BOXED_HUB = "{\"type\":\"Feature\",\"id\":\"hub-boxed\",\"bbox\":[30.1235,"
            + "50.1235,30.1236,50.1236],\"properties\":{\"kind\":\"hub\",\"name\":\"Boxed\"},\"geometry\":"
            + "{\"type\":\"Point\",\"coordinates\":[30.123456,50.123456]}}";

    @TempDir
    Path folder;

    @Test
    void aZoneRoundingWouldCollapseIsWrittenWholeAndNamed() throws Exception {
        Path in = write(folder.resolve("in.geojson"), TINY_ZONE, ZONE);
        Path out = folder.resolve("out.geojson");

        CommandRun run = CommandRun.of(new ConvertCommand(), "--precision", "4", in.toString(), out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("would have made it invalid (written at full precision: id zone-tiny)"),
                run.err());
        Layout written = LayoutReader.read(out);
        Geometry tiny = written.features().get(0).geometry().orElseThrow();
        assertTrue(tiny.isValid());
        assertEquals(4e-10, tiny.getArea(), 1e-12, "every digit kept");
        Geometry big = written.features().get(1).geometry().orElseThrow();
        assertTrue(big.isValid());
        assertEquals(30.1235, big.getCoordinates()[0].x, 1e-12, "the rest rounded");
    }

    @Test
    void aBoxIsWrittenToEncloseTheRoundedGeometry() throws Exception {
        Path in = write(folder.resolve("in.geojson"), BOXED_HUB);
        Path out = folder.resolve("out.geojson");

        CommandRun run = CommandRun.of(new ConvertCommand(), "--precision", "3", in.toString(), out.toString());

        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(out);
        assertTrue(text.contains("\"bbox\":[30.123,50.123,30.123,50.123]"), text);
        CommandRun validate = CommandRun.of(new ValidateCommand(), out.toString());
        assertTrue(!validate.err().contains("bbox") && !validate.out().contains("bbox"), validate.err());
    }

    @Test
    void validateWarnsOfABoxThatDoesNotEncloseItsGeometry() throws Exception {
        Path in = write(folder.resolve("in.geojson"), BOXED_HUB);

        CommandRun run = CommandRun.of(new ValidateCommand(), in.toString());

        String said = run.out() + run.err();
        assertTrue(said.contains("bbox [30.1235, 50.1235, 30.1236, 50.1236] does not enclose the feature's"
                + " geometry, which reaches [30.123456, 50.123456, 30.123456, 50.123456]"), said);
        assertTrue(said.contains("in.geojson:2:"), "with its line: " + said);
    }
}
