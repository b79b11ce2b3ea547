package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class LayoutRendererTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int WHITE = 0xffffff;

    private static LayoutFeature feature(String kind, String name, org.locationtech.jts.geom.Geometry geometry) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", kind);
        properties.put("name", name);
        return new LayoutFeature(name, properties, geometry);
    }

    private static BufferedImage render(Layout layout, MapViewport viewport) {
        BufferedImage image = new BufferedImage((int) viewport.widthPixels(), (int) viewport.heightPixels(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        new LayoutRenderer().draw(g, layout, viewport);
        g.dispose();
        return image;
    }

    @Test
    void drawsAHubSymbolAtItsPosition() {
        Layout layout = new Layout("t", List.of(feature("hub", "Hub", GEOMETRY.createPoint(new Coordinate(30.5, 50.4)))));
        MapViewport viewport = new MapViewport(30.5, 50.4, 8, 400, 300);
        BufferedImage image = render(layout, viewport);
        int half = LayoutStyle.SYMBOL_SIZE / 2;
        assertEquals(LayoutStyle.FRIENDLY_FRAME.getRGB() & WHITE, image.getRGB(200 - half, 150 + 4) & WHITE,
                "the frame's left edge");
        assertEquals(LayoutStyle.FRIENDLY_FILL.getRGB() & WHITE, image.getRGB(200 - half + 3, 150 - half + 3) & WHITE,
                "the frame's fill");
        assertEquals(WHITE, image.getRGB(10, 10) & WHITE, "nothing far from the symbol");
    }

    @Test
    void tintsTheInsideOfAZoneButNotItsHole() {
        Coordinate[] shell = {new Coordinate(30, 50), new Coordinate(31, 50), new Coordinate(31, 51),
            new Coordinate(30, 51), new Coordinate(30, 50)};
        Coordinate[] hole = {new Coordinate(30.4, 50.4), new Coordinate(30.4, 50.6), new Coordinate(30.6, 50.6),
            new Coordinate(30.6, 50.4), new Coordinate(30.4, 50.4)};
        Layout layout = new Layout("t", List.of(feature("monitoring-zone", "",
                GEOMETRY.createPolygon(GEOMETRY.createLinearRing(shell),
                        new org.locationtech.jts.geom.LinearRing[] {GEOMETRY.createLinearRing(hole)}))));
        MapViewport viewport = new MapViewport(30.5, 50.5, 8, 400, 400);
        BufferedImage image = render(layout, viewport);
        int insideX = (int) viewport.screenX(30.2);
        int insideY = (int) viewport.screenY(50.2);
        assertNotEquals(WHITE, image.getRGB(insideX, insideY) & WHITE, "tinted inside");
        assertEquals(WHITE, image.getRGB((int) viewport.screenX(30.5), (int) viewport.screenY(50.5)) & WHITE,
                "hole left clear");
    }
}
