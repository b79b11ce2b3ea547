package org.hubmap.render;

import static org.hubmap.render.LayoutRendererTest.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureStatus;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** The simple look of crowded zones, cut into tiles that are remembered per whole zoom. */
class ZoneMosaicTilesTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int ZOOM = 8;
    private static final double SCALE = MercatorGeometry.scale(ZOOM);
    private static final int ACTIVE_TINT = ZoneMosaic.premultiplied(Symbology.simpleZoneFill(
            Symbology.area(FeatureKind.MONITORING_ZONE, FeatureStatus.ACTIVE)).orElseThrow());

    private static Polygon square(double lon, double lat, double side) {
        return GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + side, lat),
            new Coordinate(lon + side, lat + side), new Coordinate(lon, lat + side), new Coordinate(lon, lat)});
    }

    private static LayoutFeature zone(Polygon outline) {
        return feature("monitoring-zone", "active", "", outline);
    }

    /** A 20 by 20 grid of zones 0.3 degrees wide, 0.25 degrees apart, so that neighbours overlap. */
    private static List<LayoutFeature> crowd() {
        List<LayoutFeature> zones = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 20; j++) {
                zones.add(zone(square(28 + i * 0.25, 47 + j * 0.25, 0.3)));
            }
        }
        return zones;
    }

    private static FeatureMarks marks(List<LayoutFeature> features, Set<LayoutFeature> selected) {
        return FeatureMarks.of(List.of(new Layout("t", features)), selected);
    }

    /** A frame at {@link #ZOOM} whose top-left corner is at ({@code lon}, {@code lat}), shifted by whole pixels. */
    private static ScreenFrame frameAt(double scale, double lon, double lat, int shiftX, int shiftY) {
        return new ScreenFrame(scale, Math.floor(MercatorGeometry.worldX(lon) * scale) + shiftX,
                Math.floor(MercatorGeometry.worldY(lat) * scale) + shiftY, 600, 400);
    }

    private static BufferedImage paint(ZoneMosaicTiles tiles, FeatureMarks marks, ScreenFrame frame,
            boolean ontoClear) {
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        BitSet shown = marks.index().near(frame.worldArea(0), frame.scale(), ZOOM);
        tiles.paint(g, frame, marks.index(), shown, ontoClear);
        g.dispose();
        return image;
    }

    private static int pixel(BufferedImage image, int x, int y) {
        return image.getRaster().getDataBuffer().getElem(y * image.getWidth() + x);
    }

    @Test
    void aZoneTintsTheCellsWhoseCentresItHoldsAndNoOthers() {
        FeatureMarks marks = marks(List.of(zone(square(30, 49, 0.5))), Set.of());
        ScreenFrame frame = frameAt(SCALE, 29.8, 49.8, 0, 0);
        BufferedImage image = paint(new ZoneMosaicTiles(), marks, frame, false);
        int inside = (int) Math.round(frame.x(MercatorGeometry.worldX(30.25)));
        int middle = (int) Math.round(frame.y(MercatorGeometry.worldY(49.25)));
        assertEquals(ACTIVE_TINT, pixel(image, inside, middle), "one zone's tint inside");
        assertEquals(0, pixel(image, 5, 5), "nothing outside");
        int west = (int) Math.ceil(frame.x(MercatorGeometry.worldX(30)));
        int cell = Symbology.ZONE_CELL_PIXELS;
        int firstTinted = -1;
        for (int x = west - 2 * cell; x < west + 2 * cell; x++) {
            if (pixel(image, x, middle) != 0) {
                firstTinted = x;
                break;
            }
        }
        assertTrue(Math.abs(firstTinted - west) <= cell / 2 + 1, "the edge falls within half a cell of the outline: "
                + firstTinted + " against " + west);
        assertEquals(0, Math.floorMod((long) (firstTinted + frame.originX()), cell),
                "cells sit on the map's grid of " + cell + "-pixel cells");
    }

    @Test
    void viewsMeetingTheSameTilesShowTheSamePixelsWhereTheyOverlap() {
        FeatureMarks marks = marks(crowd(), Set.of());
        ZoneMosaicTiles tiles = new ZoneMosaicTiles();
        ScreenFrame first = frameAt(SCALE, 29, 49.5, 0, 0);
        ScreenFrame second = frameAt(SCALE, 29, 49.5, 173, 91);
        BufferedImage a = paint(tiles, marks, first, false);
        BufferedImage b = paint(new ZoneMosaicTiles(), marks, second, false);
        int tinted = 0;
        for (int y = 0; y < 400 - 91; y++) {
            for (int x = 0; x < 600 - 173; x++) {
                assertEquals(pixel(a, x + 173, y + 91), pixel(b, x, y), "pixel " + x + ", " + y);
                tinted += pixel(b, x, y) != 0 ? 1 : 0;
            }
        }
        assertTrue(tinted > 50_000, tinted + " pixels tinted");
    }

    @Test
    void tilesAreBuiltOnceAndRebuiltOnlyWhereAZoneChanged() {
        List<LayoutFeature> zones = crowd();
        ZoneMosaicTiles tiles = new ZoneMosaicTiles();
        ScreenFrame frame = frameAt(SCALE, 27.9, 48.4, 0, 0);
        paint(tiles, marks(zones, Set.of()), frame, false);
        int built = tiles.size();
        assertTrue(built >= 6, built + " tiles");

        paint(tiles, marks(zones, Set.of()), frame, false);
        assertEquals(built, tiles.size(), "marks made anew of the same features reuse every tile");

        List<LayoutFeature> edited = new ArrayList<>(zones);
        edited.set(0, zone(square(28.01, 47, 0.3)));
        paint(tiles, marks(edited, Set.of()), frame, false);
        int rebuilt = tiles.size() - built;
        assertTrue(rebuilt >= 1 && rebuilt <= 4, rebuilt + " tiles rebuilt for one small zone");

        paint(tiles, marks(zones, Set.of(zones.get(0))), frame, false);
        int reselected = tiles.size() - built - rebuilt;
        assertTrue(reselected >= 1 && reselected <= 4,
                "selecting a zone takes it out of the tiles it meets, which are made again without it: "
                        + reselected);
    }

    @Test
    void aViewBetweenWholeZoomsShowsTheNearestZoomsCellsScaled() {
        FeatureMarks marks = marks(List.of(zone(square(30, 49, 0.5))), Set.of());
        double scale = Math.pow(2, ZOOM + 0.4);
        assertEquals(ZOOM, ZoneMosaicTiles.tileZoom(scale));
        assertEquals(ZOOM + 1, ZoneMosaicTiles.tileZoom(Math.pow(2, ZOOM + 0.6)));
        ScreenFrame frame = frameAt(scale, 29.8, 49.8, 0, 0);
        BufferedImage image = paint(new ZoneMosaicTiles(), marks, frame, false);
        int middle = (int) Math.round(frame.y(MercatorGeometry.worldY(49.25)));
        int from = (int) Math.floor(frame.x(MercatorGeometry.worldX(29.9)));
        int to = (int) Math.ceil(frame.x(MercatorGeometry.worldX(30.1)));
        int firstTinted = -1;
        for (int x = from; x <= to; x++) {
            if (pixel(image, x, middle) != 0) {
                firstTinted = x;
                break;
            }
        }
        double cellPixels = Symbology.ZONE_CELL_PIXELS * Math.pow(2, 0.4);
        assertTrue(Math.abs(firstTinted - frame.x(MercatorGeometry.worldX(30))) <= cellPixels / 2 + 1,
                "the zone's edge stays at its place: " + firstTinted);
    }

    @Test
    void aZoneTooSmallForAnyCellCentreTintsTheCellOfItsAnchorOnce() {
        // About a pixel wide at zoom 8, placed across the edge between two tiles.
        double edgeLon = 150.0 / 256 * 360 - 180;
        FeatureMarks marks = marks(List.of(zone(square(edgeLon - 0.002, 49.5, 0.004))), Set.of());
        ScreenFrame frame = frameAt(SCALE, edgeLon - 1, 50, 0, 0);
        BufferedImage image = paint(new ZoneMosaicTiles(), marks, frame, false);
        int tinted = 0;
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 600; x++) {
                tinted += pixel(image, x, y) != 0 ? 1 : 0;
            }
        }
        int cell = Symbology.ZONE_CELL_PIXELS;
        assertEquals(cell * cell, tinted, "one cell");
    }

    @Test
    void drawingOntoAClearImageReplacesItsPixelsAsBlendingWould() {
        FeatureMarks marks = marks(crowd(), Set.of());
        ScreenFrame frame = frameAt(SCALE, 29, 49.5, 0, 0);
        ZoneMosaicTiles tiles = new ZoneMosaicTiles();
        BufferedImage blended = paint(tiles, marks, frame, false);
        BufferedImage replaced = paint(tiles, marks, frame, true);
        int differ = 0;
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 600; x++) {
                differ += Math.abs((pixel(blended, x, y) >>> 24) - (pixel(replaced, x, y) >>> 24)) > 1 ? 1 : 0;
            }
        }
        assertEquals(0, differ, "the same picture");
        assertNotEquals(0, pixel(replaced, 300, 200), "something drawn");
    }
}
