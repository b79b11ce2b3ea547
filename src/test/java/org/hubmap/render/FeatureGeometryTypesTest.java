package org.hubmap.render;

import static org.hubmap.render.LayoutRendererTest.assertNear;
import static org.hubmap.render.LayoutRendererTest.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureStatus;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Every geometry type of every kind is drawn and can be picked, box-selected and highlighted: a MultiPoint as a
 * symbol at each point, lines as lines, a GeometryCollection as each of its members.
 */
class FeatureGeometryTypesTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int RGB = 0xffffff;
    private static final int WHITE = 0xffffff;
    private static final LayoutRenderer RENDERER = new LayoutRenderer(new MapLabeller(TestBasemaps.bundled()));
    private static final BasemapOptions NO_BASEMAP_NAMES = BasemapOptions.defaults()
            .withLayer(BasemapLayer.CITIES, false).withLayer(BasemapLayer.PLACE_LABELS, false);
    private static final int ZOOM = 9;
    private static final double SCALE = MercatorGeometry.scale(ZOOM);
    /** Wide enough at zoom 9 for parts a tenth of a degree or more apart (36 px along, 57 px across). */
    private static final MapViewport VIEW = new MapViewport(30.55, 50.4, ZOOM, 700, 400);
    /** How far around a part its pixels are looked for, in pixels: less than half the distance between parts. */
    private static final int AROUND_PIXELS = 30;

    private static Point point(double lon, double lat) {
        return GEOMETRY.createPoint(new Coordinate(lon, lat));
    }

    /** A line due east through ({@code lon}, {@code lat}), 0.12 degrees long (44 px at zoom 9). */
    private static LineString eastward(double lon, double lat) {
        return GEOMETRY.createLineString(new Coordinate[] {new Coordinate(lon - 0.06, lat),
            new Coordinate(lon + 0.06, lat)});
    }

    /** A line due north through ({@code lon}, {@code lat}), 0.08 degrees long (46 px at zoom 9 and 50.4 N). */
    private static LineString northward(double lon, double lat) {
        return GEOMETRY.createLineString(new Coordinate[] {new Coordinate(lon, lat - 0.04),
            new Coordinate(lon, lat + 0.04)});
    }

    /** A square of some 30 px around ({@code lon}, {@code lat}). */
    private static Polygon square(double lon, double lat) {
        return GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(lon - 0.04, lat - 0.025),
            new Coordinate(lon + 0.04, lat - 0.025), new Coordinate(lon + 0.04, lat + 0.025),
            new Coordinate(lon - 0.04, lat + 0.025), new Coordinate(lon - 0.04, lat - 0.025)});
    }

    /**
     * A geometry of one type and where its parts are: a click there picks it, and something is drawn there.
     *
     * @param probes one position per part: a point itself, the middle of a line, the centre of an area
     */
    record Shape(String type, Geometry geometry, List<Coordinate> probes) {
        @Override
        public String toString() {
            return type;
        }
    }

    static List<Shape> shapes() {
        return List.of(
                new Shape("Point", point(30.1, 50.3), List.of(new Coordinate(30.1, 50.3))),
                new Shape("MultiPoint", GEOMETRY.createMultiPointFromCoords(new Coordinate[] {
                    new Coordinate(30.1, 50.3), new Coordinate(30.7, 50.5), new Coordinate(31.0, 50.3)}),
                        List.of(new Coordinate(30.1, 50.3), new Coordinate(30.7, 50.5), new Coordinate(31.0, 50.3))),
                new Shape("LineString", eastward(30.4, 50.3), List.of(new Coordinate(30.4, 50.3))),
                new Shape("MultiLineString", GEOMETRY.createMultiLineString(new LineString[] {eastward(30.1, 50.5),
                    northward(30.7, 50.3)}), List.of(new Coordinate(30.1, 50.5), new Coordinate(30.7, 50.3))),
                new Shape("Polygon", square(30.4, 50.5), List.of(new Coordinate(30.4, 50.5))),
                new Shape("MultiPolygon", GEOMETRY.createMultiPolygon(new Polygon[] {square(30.1, 50.3),
                    square(31.0, 50.5)}), List.of(new Coordinate(30.1, 50.3), new Coordinate(31.0, 50.5))),
                new Shape("GeometryCollection", GEOMETRY.createGeometryCollection(new Geometry[] {
                    point(30.1, 50.5), eastward(30.4, 50.3), square(30.7, 50.5),
                    GEOMETRY.createGeometryCollection(new Geometry[] {point(31.0, 50.3)})}),
                        List.of(new Coordinate(30.1, 50.5), new Coordinate(30.4, 50.3), new Coordinate(30.7, 50.5),
                                new Coordinate(31.0, 50.3))));
    }

    static Stream<Arguments> kindsAndShapes() {
        List<Arguments> all = new ArrayList<>();
        for (String kind : List.of("hub", "depot", "monitoring-zone", "other")) {
            for (Shape shape : shapes()) {
                all.add(Arguments.of(kind, shape));
            }
        }
        return all.stream();
    }

    private static BufferedImage render(FeatureMarks marks, MapViewport view) {
        BufferedImage image = new BufferedImage((int) view.widthPixels(), (int) view.heightPixels(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        RENDERER.draw(g, marks, NO_BASEMAP_NAMES, view);
        g.dispose();
        return image;
    }

    private static FeatureMarks marks(LayoutFeature feature, boolean selected) {
        return FeatureMarks.of(List.of(new Layout("t", List.of(feature))), selected ? Set.of(feature) : Set.of());
    }

    private static int screenX(Coordinate c) {
        return (int) Math.round(VIEW.screenX(c.x));
    }

    private static int screenY(Coordinate c) {
        return (int) Math.round(VIEW.screenY(c.y));
    }

    /** How many pixels within {@code radius} pixels of {@code c} are drawn, or are of the selection's orange. */
    private static int pixelsAround(BufferedImage image, Coordinate c, int radius, boolean selectionOnly) {
        int count = 0;
        for (int y = screenY(c) - radius; y <= screenY(c) + radius; y++) {
            for (int x = screenX(c) - radius; x <= screenX(c) + radius; x++) {
                int rgb = image.getRGB(x, y) & RGB;
                count += selectionOnly ? (isSelectionOrange(rgb) ? 1 : 0) : (rgb != WHITE ? 1 : 0);
            }
        }
        return count;
    }

    private static boolean isSelectionOrange(int rgb) {
        Color c = new Color(rgb);
        Color orange = Symbology.SELECTION;
        return Math.abs(c.getRed() - orange.getRed()) + Math.abs(c.getGreen() - orange.getGreen())
                + Math.abs(c.getBlue() - orange.getBlue()) < 40;
    }

    /** Whether a pixel within 1 px of ({@code x}, {@code y}) is of the selection's orange. */
    private static boolean selectionWithin(BufferedImage image, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (isSelectionOrange(image.getRGB(x + dx, y + dy) & RGB)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The darkest pixel of column {@code x} within 2 px of row {@code y}. */
    private static Color darkestNear(BufferedImage image, int x, int y) {
        Color darkest = Color.WHITE;
        for (int row = y - 2; row <= y + 2; row++) {
            Color c = new Color(image.getRGB(x, row));
            if (c.getRed() + c.getGreen() + c.getBlue() < darkest.getRed() + darkest.getGreen() + darkest.getBlue()) {
                darkest = c;
            }
        }
        return darkest;
    }

    private static List<LayoutFeature> clicked(FeatureMarks marks, Coordinate at) {
        return marks.hitTest(MercatorGeometry.worldX(at.x), MercatorGeometry.worldY(at.y), ZOOM, 2).stream()
                .map(FeatureHit::feature).toList();
    }

    /** A rubber band around {@code geometry}, {@code marginDegrees} wider on every side. */
    private static Envelope bandAround(Geometry geometry, double marginDegrees) {
        Envelope e = geometry.getEnvelopeInternal();
        return new Envelope(MercatorGeometry.worldX(e.getMinX() - marginDegrees),
                MercatorGeometry.worldX(e.getMaxX() + marginDegrees),
                MercatorGeometry.worldY(e.getMaxY() + marginDegrees),
                MercatorGeometry.worldY(e.getMinY() - marginDegrees));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndShapes")
    void everyPartOfEveryGeometryIsDrawnPickedBoxSelectedAndHighlighted(String kind, Shape shape) {
        LayoutFeature feature = feature(kind, "active", "", shape.geometry());
        FeatureMarks marks = marks(feature, false);
        BufferedImage plain = render(marks, VIEW);
        BufferedImage selected = render(marks(feature, true), VIEW);
        for (Coordinate part : shape.probes()) {
            String where = kind + " " + shape + " at " + part;
            assertTrue(pixelsAround(plain, part, 3, false) > 0, where + ": drawn");
            assertEquals(List.of(feature), clicked(marks, part), where + ": picked by a click");
            assertEquals(0, pixelsAround(plain, part, AROUND_PIXELS, true), where + ": not highlighted");
            assertTrue(pixelsAround(selected, part, AROUND_PIXELS, true) > 10, where + ": highlighted when selected");
        }
        assertEquals(WHITE, plain.getRGB(350, 200) & RGB, "nothing between the parts");
        assertEquals(List.of(feature), marks.within(bandAround(shape.geometry(), 0.05), ZOOM).stream()
                .map(FeatureHit::feature).toList(), "selected once by a band around it all");
        if (shape.probes().size() > 1) {
            Coordinate first = shape.probes().get(0);
            assertEquals(List.of(), marks.within(bandAround(point(first.x, first.y), 0.05), ZOOM),
                    "not selected by a band around one of its parts");
        }
    }

    @Test
    void aMultiPointHubDrawsItsSymbolAtEachPoint() {
        List<Coordinate> points = List.of(new Coordinate(30.2, 50.3), new Coordinate(30.6, 50.45),
                new Coordinate(30.9, 50.3));
        LayoutFeature hub = feature("hub", "active", "", GEOMETRY.createMultiPointFromCoords(
                points.toArray(Coordinate[]::new)));
        BufferedImage image = render(marks(hub, false), VIEW);
        PointSymbolStyle style = Symbology.point(FeatureKind.HUB, FeatureStatus.ACTIVE);
        int halfWidth = (int) Math.round(style.widthPixels() / 2);
        for (Coordinate c : points) {
            int x = screenX(c);
            int y = screenY(c);
            assertNear(style.frame(), image.getRGB(x - halfWidth, y + 6), c + ": left frame edge");
            assertEquals(style.fill().getRGB() & RGB, image.getRGB(x - halfWidth + 4, y - 6) & RGB, c + ": fill");
            assertEquals(style.glyph().getRGB() & RGB, image.getRGB(x, y) & RGB, c + ": glyph centre");
        }
        assertEquals(WHITE, image.getRGB(screenX(new Coordinate(30.4, 0)), screenY(new Coordinate(0, 50.375))) & RGB,
                "nothing between the points");
    }

    @Test
    void aMultiPointHubIsPickedAtEachPointAndSelectedByABandAroundThemAll() {
        LayoutFeature depot = feature("depot", "active", "Depot", point(30.4, 50.4));
        LayoutFeature hub = feature("hub", "active", "Twin", GEOMETRY.createMultiPointFromCoords(new Coordinate[] {
            new Coordinate(30.2, 50.3), new Coordinate(30.6, 50.45)}));
        FeatureMarks marks = FeatureMarks.of(List.of(new Layout("t", List.of(depot, hub))), Set.of());
        for (Coordinate c : List.of(new Coordinate(30.2, 50.3), new Coordinate(30.6, 50.45))) {
            FeatureHit hit = marks.hitTest(MercatorGeometry.worldX(c.x) + 3 / SCALE,
                    MercatorGeometry.worldY(c.y) - 2 / SCALE, ZOOM, 0).orElseThrow();
            assertSame(hub, hit.feature(), "a click on the symbol at " + c);
            assertEquals(1, hit.featureIndex());
        }
        assertEquals(List.of(), clicked(marks, new Coordinate(30.3, 50.375)), "nothing between the points");
        assertEquals(List.of(depot, hub), marks.within(bandAround(GEOMETRY.createMultiPointFromCoords(
                new Coordinate[] {new Coordinate(30.2, 50.3), new Coordinate(30.6, 50.45)}), 0.01), ZOOM).stream()
                .map(FeatureHit::feature).toList(), "each once, in file order");
        assertEquals(List.of(depot), marks.within(bandAround(point(30.3, 50.35), 0.12), ZOOM).stream()
                .map(FeatureHit::feature).toList(), "a band holding one of the hub's points but not the other");
        assertEquals(List.of(hub, depot), marks.featuresShown(VIEW), "each feature shown once, in label order");
    }

    @Test
    void aSelectedMultiPointHubIsHighlightedAtEachPoint() {
        List<Coordinate> points = List.of(new Coordinate(30.2, 50.3), new Coordinate(30.9, 50.5));
        LayoutFeature hub = feature("hub", "active", "", GEOMETRY.createMultiPointFromCoords(
                points.toArray(Coordinate[]::new)));
        BufferedImage image = render(marks(hub, true), VIEW);
        PixelBox box = SymbolGeometry.of(Symbology.point(FeatureKind.HUB, FeatureStatus.ACTIVE), "").box();
        for (Coordinate c : points) {
            // The highlight is a rounded box 3 px off the symbol's, its line 3 px wide.
            assertTrue(selectionWithin(image, screenX(c) + (int) Math.round(box.minX()) - 3, screenY(c)),
                    c + ": highlight left of the symbol");
            assertTrue(selectionWithin(image, screenX(c), screenY(c) + (int) Math.round(box.maxY()) + 3),
                    c + ": highlight under the symbol");
        }
    }

    @Test
    void aFeatureOfSeveralPartsIsNamedOnce() {
        LayoutFeature hub = feature("hub", "active", "Twin", GEOMETRY.createMultiPointFromCoords(new Coordinate[] {
            new Coordinate(30.2, 50.3), new Coordinate(30.9, 50.5)}));
        LayoutFeature zone = feature("monitoring-zone", "active", "Sector", GEOMETRY.createGeometryCollection(
                new Geometry[] {point(30.2, 50.5), eastward(30.55, 50.25), square(30.6, 50.5)}));
        FeatureMarks marks = FeatureMarks.of(List.of(new Layout("t", List.of(hub, zone))), Set.of());
        List<PlacedLabel> names = RENDERER.namesShown(marks, NO_BASEMAP_NAMES, VIEW);
        assertEquals(2, names.size(), "one name each");
        FeatureMark hubNamed = (FeatureMark) names.stream().filter(l -> ((FeatureMark) l.subject()).feature() == hub)
                .findFirst().orElseThrow().subject();
        assertEquals(MercatorGeometry.worldX(30.2), hubNamed.worldX(), 1e-12, "the hub's name beside its first point");
        FeatureMark zoneNamed = (FeatureMark) names.stream()
                .filter(l -> ((FeatureMark) l.subject()).feature() == zone).findFirst().orElseThrow().subject();
        assertTrue(zoneNamed.area().orElseThrow().world() instanceof Polygon, "the zone's name on its area");
    }

    @Test
    void aMultiPointOfOnePointAndACollectionOfOnePolygonLookExactlyAsThePointAndThePolygon() {
        Object[] ring = {"protection_radius_m", JsonNumber.of("3000"), "nation", "POL"};
        List<LayoutFeature> simple = List.of(feature("hub", "degraded", "Lone", point(30.3, 50.4), ring),
                feature("monitoring-zone", "planned", "Square", square(30.8, 50.4)));
        List<LayoutFeature> collections = List.of(feature("hub", "degraded", "Lone",
                GEOMETRY.createMultiPoint(new Point[] {point(30.3, 50.4)}), ring),
                feature("monitoring-zone", "planned", "Square", GEOMETRY.createGeometryCollection(
                        new Geometry[] {square(30.8, 50.4)})));
        BufferedImage expected = render(FeatureMarks.of(List.of(new Layout("t", simple)), Set.of()), VIEW);
        BufferedImage actual = render(FeatureMarks.of(List.of(new Layout("t", collections)), Set.of()), VIEW);
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), "pixel " + x + ", " + y);
            }
        }
    }

    @Test
    void aLineDueEastOrDueNorthIsDrawnInItsKindsStyle() {
        LayoutFeature depot = feature("depot", "active", "", eastward(30.3, 50.4));
        LayoutFeature zone = feature("monitoring-zone", "active", "", northward(30.8, 50.4));
        BufferedImage image = render(FeatureMarks.of(List.of(new Layout("t", List.of(depot, zone))), Set.of()),
                VIEW);
        // Other areas' grey line, 1.5 px wide, so no pixel is wholly covered: grey, and dark.
        Color depotLine = darkestNear(image, screenX(new Coordinate(30.3, 0)), screenY(new Coordinate(0, 50.4)));
        assertTrue(depotLine.getRed() < 0x90 && Math.abs(depotLine.getRed() - depotLine.getBlue()) < 8,
                "the depot's line in the grey of other areas: " + depotLine);
        // The active zone's boundary is dashed 12 on, 4 off from the line's southern end: 4 px in is on a dash.
        AreaStyle zoneStyle = Symbology.area(FeatureKind.MONITORING_ZONE, FeatureStatus.ACTIVE);
        assertNear(zoneStyle.boundary().color(), image.getRGB(screenX(new Coordinate(30.8, 0)),
                screenY(new Coordinate(0, 50.36)) - 4), "the zone's line");
    }

    @Test
    void theLegendExplainsThePartsOfEachFeature() {
        Layout layout = new Layout("t", List.of(
                feature("hub", "planned", "Twin", GEOMETRY.createMultiPointFromCoords(new Coordinate[] {
                    new Coordinate(30.2, 50.3), new Coordinate(30.9, 50.5)})),
                feature("monitoring-zone", "active", "Sector", GEOMETRY.createGeometryCollection(
                        new Geometry[] {point(30.2, 50.5), square(30.6, 50.5)}))));
        Legend legend = Legend.of(List.of(layout));
        assertEquals(List.of("Hubs", "Monitoring zones", "Other features"),
                legend.sections().stream().map(Legend.Section::title).toList());
        assertEquals(List.of("Planned"), legend.sections().get(0).entries().stream().map(Legend.Entry::text)
                .toList());
    }

    @Test
    void aZoneOfTwoMembersIsPickedInsideEitherAndItsHoleIsLeftClear() {
        Polygon withHole = GEOMETRY.createPolygon(square(30.3, 50.4).getExteriorRing(), new LinearRing[] {
            GEOMETRY.createLinearRing(new Coordinate[] {new Coordinate(30.28, 50.388), new Coordinate(30.32, 50.388),
                new Coordinate(30.32, 50.412), new Coordinate(30.28, 50.412), new Coordinate(30.28, 50.388)})});
        LayoutFeature zone = feature("monitoring-zone", "active", "", GEOMETRY.createGeometryCollection(
                new Geometry[] {withHole, square(30.8, 50.4)}));
        FeatureMarks marks = marks(zone, false);
        BufferedImage image = render(marks, VIEW);
        assertEquals(List.of(zone), clicked(marks, new Coordinate(30.268, 50.4)), "between the hole and the edge");
        assertEquals(List.of(zone), clicked(marks, new Coordinate(30.8, 50.4)));
        assertEquals(List.of(), clicked(marks, new Coordinate(30.3, 50.4)), "in the hole");
        assertEquals(WHITE, image.getRGB(screenX(new Coordinate(30.3, 0)), screenY(new Coordinate(0, 50.4))) & RGB,
                "the hole is clear");
        assertTrue((image.getRGB(screenX(new Coordinate(30.8, 0)), screenY(new Coordinate(0, 50.4))) & RGB) != WHITE,
                "the other member is tinted");
    }
}
