package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureStatus;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;

class LayoutRendererTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int RGB = 0xffffff;
    private static final int WHITE = 0xffffff;
    private static final LayoutRenderer RENDERER = new LayoutRenderer(new MapLabeller(TestBasemaps.bundled()));
    private static final BasemapOptions NO_BASEMAP_NAMES = BasemapOptions.defaults()
            .withLayer(BasemapLayer.CITIES, false).withLayer(BasemapLayer.PLACE_LABELS, false);

    static LayoutFeature feature(String kind, String status, String name, Geometry geometry, Object... more) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", kind);
        properties.put("status", status);
        properties.put("name", name);
        for (int i = 0; i < more.length; i += 2) {
            properties.put((String) more[i], more[i + 1]);
        }
        return new LayoutFeature(name, properties, geometry);
    }

    static BufferedImage render(List<Layout> layouts, MapViewport viewport, BasemapOptions options) {
        BufferedImage image = new BufferedImage((int) viewport.widthPixels(), (int) viewport.heightPixels(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        RENDERER.draw(g, FeatureMarks.of(layouts, Set.of()), options, viewport);
        g.dispose();
        return image;
    }

    /** Antialiasing blends edges a little; a colour within this distance of another is taken as it. */
    static void assertNear(Color expected, int actualRgb, String what) {
        Color actual = new Color(actualRgb);
        double distance = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen()
                - actual.getGreen()) + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(distance < 60, what + ": expected about " + expected + " but was " + actual);
    }

    private static Point point(double lon, double lat) {
        return GEOMETRY.createPoint(new Coordinate(lon, lat));
    }

    @Test
    void drawsAnActiveHubInAFriendlyFrameAtItsPosition() {
        Layout layout = new Layout("t", List.of(feature("hub", "active", "", point(30.5, 50.4))));
        BufferedImage image = render(List.of(layout), new MapViewport(30.5, 50.4, 8, 400, 300), NO_BASEMAP_NAMES);
        PointSymbolStyle style = Symbology.point(FeatureKind.HUB, FeatureStatus.ACTIVE);
        int halfWidth = (int) Math.round(style.widthPixels() / 2);
        assertNear(style.frame(), image.getRGB(200 - halfWidth, 150 + 6), "left frame edge");
        assertEquals(style.fill().getRGB() & RGB, image.getRGB(200 - halfWidth + 4, 150 - 6) & RGB, "frame fill");
        assertEquals(style.glyph().getRGB() & RGB, image.getRGB(200, 150) & RGB, "glyph centre");
        assertEquals(WHITE, image.getRGB(10, 10) & RGB, "nothing far from the symbol");
    }

    @Test
    void aFilesMarkerColourIsHonoured() {
        Layout layout = new Layout("t", List.of(feature("hub", "active", "", point(30.5, 50.4),
                "marker-color", "#ff8800")));
        BufferedImage image = render(List.of(layout), new MapViewport(30.5, 50.4, 8, 400, 300), NO_BASEMAP_NAMES);
        int halfWidth = (int) Math.round(Symbology.point(FeatureKind.HUB, FeatureStatus.ACTIVE).widthPixels() / 2);
        assertEquals(0xff8800, image.getRGB(200 - halfWidth + 4, 150 - 6) & RGB);
    }

    @Test
    void drawsAHubsProtectionRingAtItsGeodesicRadius() {
        Layout layout = new Layout("t", List.of(feature("hub", "active", "", point(30.5, 50.4),
                "protection_radius_m", org.hubmap.model.JsonNumber.of("20000"))));
        MapViewport viewport = new MapViewport(30.5, 50.4, 9, 800, 800);
        BufferedImage image = render(List.of(layout), viewport, NO_BASEMAP_NAMES);
        // 20 km due north of 50.4°N is 0.17985° of latitude on WGS84.
        int ringY = (int) Math.round(viewport.screenY(50.4 + 0.17985));
        assertTrue(image.getRGB(400, ringY + 20) != (WHITE | 0xff000000), "tinted inside the ring");
        assertEquals(WHITE, image.getRGB(400, ringY - 20) & RGB, "clear outside the ring");
        boolean boundary = false;
        for (int y = ringY - 2; y <= ringY + 2; y++) {
            Color c = new Color(image.getRGB(400, y));
            boundary |= c.getBlue() > c.getRed() + 60;
        }
        assertTrue(boundary, "the ring's line crosses due north at the radius");
    }

    @Test
    void tintsTheInsideOfAZoneButNotItsHole() {
        Coordinate[] shell = {new Coordinate(30, 50), new Coordinate(31, 50), new Coordinate(31, 51),
            new Coordinate(30, 51), new Coordinate(30, 50)};
        Coordinate[] hole = {new Coordinate(30.4, 50.4), new Coordinate(30.4, 50.6), new Coordinate(30.6, 50.6),
            new Coordinate(30.6, 50.4), new Coordinate(30.4, 50.4)};
        Layout layout = new Layout("t", List.of(feature("monitoring-zone", "active", "",
                GEOMETRY.createPolygon(GEOMETRY.createLinearRing(shell),
                        new LinearRing[] {GEOMETRY.createLinearRing(hole)}))));
        MapViewport viewport = new MapViewport(30.5, 50.5, 8, 400, 400);
        BufferedImage image = render(List.of(layout), viewport, NO_BASEMAP_NAMES);
        int inside = image.getRGB((int) viewport.screenX(30.2), (int) viewport.screenY(50.2)) & RGB;
        assertNotEquals(WHITE, inside, "tinted inside");
        assertTrue((inside & 0xff) > ((inside >> 16) & 0xff), "tinted with the active zones' blue");
        assertEquals(WHITE, image.getRGB((int) viewport.screenX(30.5), (int) viewport.screenY(50.5)) & RGB,
                "hole left clear");
    }

    @Test
    void rendersTheSampleLayoutWithTheSymbologysColoursAtEachSymbol() throws Exception {
        Layout sample = LayoutReader.read(Path.of("maps/sample-layout.geojson"));
        MapViewport viewport = new MapViewport(31.5, 48.6, 7, 2400, 1500);
        BufferedImage image = render(List.of(sample), viewport, BasemapOptions.defaults());
        int checked = 0;
        for (LayoutFeature feature : sample.features()) {
            if (feature.geometry().orElseThrow() instanceof Point p && feature.kind() != FeatureKind.OTHER) {
                PointSymbolStyle style = Symbology.pointOf(feature);
                int x = (int) Math.round(viewport.screenX(p.getX()));
                int y = (int) Math.round(viewport.screenY(p.getY()));
                int fillX = x - (int) Math.round(style.widthPixels() / 2) + 4;
                int fillY = y - (int) Math.round(style.heightPixels() / 2) + 4;
                assertEquals(style.fill().getRGB() & RGB, image.getRGB(fillX, fillY) & RGB,
                        feature.name() + ": frame fill");
                checked++;
            }
        }
        assertEquals(20, checked);
    }

    /** Counts the pixels of exactly this colour. */
    private static int pixelsOf(BufferedImage image, Color colour) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) & RGB) == (colour.getRGB() & RGB) ? 1 : 0;
            }
        }
        return count;
    }

    /** Packed close or spread out, crowded symbols are drawn as squares without glyphs or nation codes. */
    @ParameterizedTest
    @ValueSource(ints = {60, 23})
    void aCrowdedViewDrawsSymbolsAsSimpleMarks(int perSide) {
        List<LayoutFeature> hubs = new java.util.ArrayList<>();
        for (int i = 0; i < perSide; i++) {
            for (int j = 0; j < perSide; j++) {
                hubs.add(feature("hub", "active", "", point(30 + i * 8.0 / perSide, 49.5 + j * 4.0 / perSide),
                        "nation", "UKR"));
            }
        }
        MapViewport viewport = new MapViewport(34, 51.5, 7, 800, 600);
        BufferedImage image = render(List.of(new Layout("t", hubs)), viewport, NO_BASEMAP_NAMES);
        int side = Symbology.SIMPLE_MARK_PIXELS;
        int squares = pixelsOf(image, Symbology.FRIENDLY_FRAME);
        assertTrue(squares > perSide * perSide * (side - 1) * 4 / 2, squares + " pixels of the frames' blue");
        assertTrue(pixelsOf(image, Symbology.FRIENDLY_FILL) > perSide * perSide * (side - 2) * (side - 2) / 2,
                "the fill shows inside the squares");
        assertEquals(0, pixelsOf(image, Symbology.GLYPH), "no glyphs");
        assertEquals(0, pixelsOf(image, Symbology.NATION_TEXT), "no nation codes");
    }

    @Test
    void theSampleLayoutIsDrawnInFullDetail() throws Exception {
        Layout sample = LayoutReader.read(Path.of("maps/sample-layout.geojson"));
        BufferedImage image = render(List.of(sample), new MapViewport(31.5, 48.6, 6, 2100, 1350),
                NO_BASEMAP_NAMES);
        assertTrue(pixelsOf(image, Symbology.GLYPH) > 200, "glyphs in the frames");
        assertTrue(pixelsOf(image, Symbology.NATION_TEXT) > 50, "nation codes under the frames");
    }

    @Test
    void deeplyStackedZonesAreDrawnAsTintedCells() {
        List<LayoutFeature> zones = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Coordinate[] square = {new Coordinate(30 - i * 0.01, 50), new Coordinate(31, 50), new Coordinate(31, 51),
                new Coordinate(30 - i * 0.01, 51), new Coordinate(30 - i * 0.01, 50)};
            zones.add(feature("monitoring-zone", "active", "", GEOMETRY.createPolygon(square)));
        }
        MapViewport viewport = new MapViewport(30.5, 50.5, 8, 400, 400);
        BufferedImage image = render(List.of(new Layout("t", zones)), viewport, NO_BASEMAP_NAMES);
        AreaStyle active = Symbology.area(FeatureKind.MONITORING_ZONE, FeatureStatus.ACTIVE);
        assertEquals(0, pixelsOf(image, active.boundary().color()), "no boundaries");
        int inside = image.getRGB(200, 200);
        assertTrue((inside & 0xff) > ((inside >> 16 & 0xff) + 60), "eight fills deep in the active blue");
        int cell = Symbology.ZONE_CELL_PIXELS;
        int x = 100 - 100 % cell;
        assertEquals(image.getRGB(x + 1, 120), image.getRGB(x + cell - 2, 120), "one tint across a cell");
    }

    /** Drawn in two bands on two threads onto a clear image, the picture is the one drawn at once. */
    @ParameterizedTest
    @ValueSource(doubles = {6, 7.5, 8, 9.3})
    void aViewDrawnInBandsLooksAsDrawnAtOnce(double zoom) throws Exception {
        Layout sample = LayoutReader.read(Path.of("maps/sample-layout.geojson"));
        FeatureMarks marks = FeatureMarks.of(List.of(sample), Set.of(sample.features().get(3)));
        MapViewport viewport = new MapViewport(36.2, 49.3, zoom, 1400, 900);
        ScreenFrame frame = ScreenFrame.of(viewport);
        assertTrue(FeaturePainter.Look.of(frame, marks, LayoutRenderer.placementZoom(zoom)).zonesInFull(),
                "zones in full, which are drawn in bands");
        int split = LayoutRenderer.bandSplit(900);
        assertTrue(split > 400 && split < 500 && split % HatchPattern.SPACING_PIXELS == 0, "split at " + split);
        BufferedImage banded = new BufferedImage(1400, 900, BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage whole = new BufferedImage(1400, 900, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = banded.createGraphics();
        RENDERER.draw(g, marks, BasemapOptions.defaults(), viewport, MapOutput.CLEARED_IMAGE);
        g.dispose();
        g = whole.createGraphics();
        RENDERER.draw(g, marks, BasemapOptions.defaults(), viewport, MapOutput.IMAGE);
        g.dispose();
        int drawnNearSplit = 0;
        for (int y = 0; y < 900; y++) {
            for (int x = 0; x < 1400; x++) {
                assertEquals(whole.getRGB(x, y), banded.getRGB(x, y), "pixel " + x + ", " + y);
                drawnNearSplit += Math.abs(y - split) < 40 && whole.getRGB(x, y) != 0 ? 1 : 0;
            }
        }
        assertTrue(drawnNearSplit > 1_000, drawnNearSplit + " pixels drawn near the split");
    }
}
