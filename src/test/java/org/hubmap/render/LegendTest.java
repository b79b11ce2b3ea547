package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Dimension2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class LegendTest {

    private static List<String> texts(Legend.Section section) {
        return section.entries().stream().map(Legend.Entry::text).toList();
    }

    @Test
    void theSampleLayoutsLegendListsWhatItHolds() throws Exception {
        Legend legend = Legend.of(List.of(LayoutReader.read(Path.of("maps/sample-layout.geojson"))));
        assertEquals(List.of("Hubs", "Depots", "Monitoring zones", "Protection rings", "Nations"),
                legend.sections().stream().map(Legend.Section::title).toList());
        assertEquals(List.of("Active", "Planned", "Degraded"), texts(legend.sections().get(0)));
        assertEquals(List.of("Active", "Planned", "Degraded", "Closed"), texts(legend.sections().get(1)));
        assertEquals(List.of("Active", "Planned", "Degraded", "Circle zone"), texts(legend.sections().get(2)));
        Legend.Section nations = legend.sections().get(4);
        assertEquals(12, nations.entries().size());
        assertEquals(new Legend.NationEntry("GBR", "United Kingdom"), nations.entries().get(4));
    }

    @Test
    void anEmptyLayoutHasNothingToExplain() {
        assertTrue(Legend.of(List.of(new Layout("empty", List.of()))).isEmpty());
    }

    @Test
    void featuresOfOtherKindsAndRingsGetTheirOwnEntries() {
        GeometryFactory geometry = new GeometryFactory();
        Layout layout = new Layout("t", List.of(
                LayoutRendererTest.feature("road-block", "", "Checkpoint", geometry.createPoint(new Coordinate(30, 50))),
                LayoutRendererTest.feature("hub", "active", "Hub", geometry.createPoint(new Coordinate(31, 50)),
                        "protection_radius_m", org.hubmap.model.JsonNumber.of("5000"), "nation", "xyz")));
        Legend legend = Legend.of(List.of(layout));
        assertEquals(List.of("Hubs", "Protection rings", "Other features", "Nations"),
                legend.sections().stream().map(Legend.Section::title).toList());
        assertEquals(List.of("Around a hub or depot"), texts(legend.sections().get(1)));
        assertEquals(List.of(new Legend.NationEntry("XYZ", "unknown code")), legend.sections().get(3).entries());
    }

    @Test
    void paintsEveryEntryInsideItsMeasuredSize() throws Exception {
        Legend legend = Legend.of(List.of(LayoutReader.read(Path.of("maps/sample-layout.geojson"))));
        Dimension2D size = LegendPainter.size(legend);
        BufferedImage image = LegendPainter.image(legend, 2);
        assertEquals(Math.ceil(size.getWidth() * 2), image.getWidth(), 1);
        assertTrue(size.getHeight() > 30 * 14, "one row per entry: " + size.getHeight());
        int opaque = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                opaque += (image.getRGB(x, y) >>> 24) > 0 ? 1 : 0;
            }
        }
        assertEquals(image.getWidth() * image.getHeight(), opaque, "the legend has its own background");
    }
}
