package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GridLine;
import org.hubmap.geo.MgrsGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MgrsGridPainterTest {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;
    /**
     * Below white: a pixel this dark or darker has ink on it. A line 0.8 pixel wide that runs along the border of two
     * rows of pixels covers each by 0.4 and darkens them to about 206.
     */
    private static final int DARK = 230;

    @Test
    void drawsItsLinesWhereTheGridPutsThem() {
        MapViewport view = new MapViewport(33.4, 49.6, 11, WIDTH, HEIGHT);
        BufferedImage image = whiteImage();
        Graphics2D g = image.createGraphics();
        MgrsGridPainter.paint(g, view);
        g.dispose();
        MgrsGrid grid = gridOf(view);
        assertEquals(10_000, grid.spacingMetres());
        int checked = 0;
        for (GridLine line : grid.lines()) {
            List<GeoPosition> vertices = line.vertices();
            for (int i = 1; i < vertices.size(); i++) {
                // Ten points along each chord, away from the labels along the edges.
                for (int k = 0; k < 10; k++) {
                    double x = between(view.screenX(vertices.get(i - 1).lonDegrees()),
                            view.screenX(vertices.get(i).lonDegrees()), k / 10.0);
                    double y = between(view.screenY(vertices.get(i - 1).latDegrees()),
                            view.screenY(vertices.get(i).latDegrees()), k / 10.0);
                    if (x > 40 && x < WIDTH - 40 && y > 30 && y < HEIGHT - 30) {
                        assertTrue(darkestAround(image, x, y) < DARK, line.label() + " at " + x + "," + y);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 50, "checked " + checked);
        assertTrue(darkShare(image) < 0.1, "the grid covers " + darkShare(image) + " of the view");
    }

    @Test
    void drawsZoneEdgesWhereverTheViewIs() {
        // At zoom 4 even 100 km lines crowd: only the zone edges are drawn, the meridian of 36°E among them.
        MapViewport view = new MapViewport(31.5, 48.5, 4, WIDTH, HEIGHT);
        BufferedImage image = whiteImage();
        Graphics2D g = image.createGraphics();
        MgrsGridPainter.paint(g, view);
        g.dispose();
        assertTrue(darkestAround(image, view.screenX(36), view.screenY(50)) < DARK);
        assertTrue(darkestAround(image, view.screenX(31), view.screenY(48)) < DARK, "the band edge at 48°N");
        assertTrue(darkestAround(image, view.screenX(33), view.screenY(50)) > DARK, "no grid line on 33°E");
    }

    @ParameterizedTest(name = "zoom {2}")
    @CsvSource({"31.5, 48.8, 6", "31.5, 48.8, 7", "35.0, 48.3, 9", "36.0, 48.0, 11", "30.52, 50.45, 13",
        "36.0, 48.0, 14.5", "24.0, 49.0, 8.3"})
    void edgeLabelsStayInsideTheViewAndNeverOverlap(double lon, double lat, double zoom) {
        MapViewport view = new MapViewport(lon, lat, zoom, WIDTH, HEIGHT);
        MgrsGrid grid = gridOf(view);
        List<MgrsGridPainter.GridText> labels = MgrsGridPainter.edgeLabels(grid, view);
        assertTrue(labels.size() >= 6, "labels " + labels.size());
        List<MgrsGridPainter.GridText> squares = MgrsGridPainter.squareLabels(grid, view, labels);
        List<MgrsGridPainter.GridText> all = new ArrayList<>(labels);
        all.addAll(squares);
        for (int i = 0; i < all.size(); i++) {
            PixelBox box = all.get(i).plate();
            assertTrue(box.minX() >= 0 && box.minY() >= 0 && box.maxX() <= WIDTH && box.maxY() <= HEIGHT,
                    all.get(i) + " leaves the view");
            for (int j = 0; j < i; j++) {
                assertFalse(box.intersects(all.get(j).plate()), all.get(i) + " meets " + all.get(j));
            }
        }
        // Squares are named where they are wide enough to hold a name with room to spare on both sides.
        double squarePixels = 100_000 / org.hubmap.geo.WebMercator.metresPerPixel(lat, zoom);
        if (grid.spacingMetres() >= 10_000 && squarePixels >= 160) {
            assertFalse(squares.isEmpty(), "square names");
        }
    }

    @Test
    void labelsLineUpWithTheLinesTheyName() {
        MapViewport view = new MapViewport(30.52, 50.45, 13, WIDTH, HEIGHT);
        MgrsGrid grid = gridOf(view);
        assertEquals(1_000, grid.spacingMetres());
        List<MgrsGridPainter.GridText> labels = MgrsGridPainter.edgeLabels(grid, view);
        int top = 0;
        int left = 0;
        for (GridLine line : grid.lines()) {
            double x = view.screenX(line.vertices().get(line.vertices().size() - 1).lonDegrees());
            double y = view.screenY(line.vertices().get(0).latDegrees());
            for (MgrsGridPainter.GridText label : labels) {
                PixelBox plate = label.plate();
                if (line.axis() == GridLine.Axis.EASTING && plate.minY() < 20
                        && Math.abs(plate.centerX() - x) < 0.01) {
                    assertEquals(line.label(), label.text());
                    assertEquals(2, label.text().length(), "principal digits of a 1 km line");
                    top++;
                }
                if (line.axis() == GridLine.Axis.NORTHING && plate.minX() < 20
                        && Math.abs(plate.centerY() - y) < 0.01) {
                    assertEquals(line.label(), label.text());
                    left++;
                }
            }
        }
        assertTrue(top >= 8 && left >= 5, "top " + top + ", left " + left);
    }

    @Test
    void spacingFollowsTheZoom() {
        assertEquals(100_000, MgrsGridPainter.spacingFor(new MapViewport(31.5, 49, 7, WIDTH, HEIGHT)));
        assertEquals(100_000, MgrsGridPainter.spacingFor(new MapViewport(31.5, 49, 9, WIDTH, HEIGHT)));
        assertEquals(10_000, MgrsGridPainter.spacingFor(new MapViewport(31.5, 49, 11, WIDTH, HEIGHT)));
        assertEquals(1_000, MgrsGridPainter.spacingFor(new MapViewport(31.5, 49, 13, WIDTH, HEIGHT)));
    }

    @Test
    void leavesTheGraphicsAsItFoundThem() {
        BufferedImage image = whiteImage();
        Graphics2D g = image.createGraphics();
        g.translate(10, 20);
        g.clipRect(0, 0, 300, 200);
        g.setColor(Color.RED);
        Font font = g.getFont();
        AffineTransform transform = g.getTransform();
        Shape clip = g.getClip();
        MgrsGridPainter.paint(g, new MapViewport(36.0, 48.0, 11, WIDTH, HEIGHT));
        assertEquals(transform, g.getTransform());
        assertEquals(clip.getBounds(), g.getClip().getBounds());
        assertEquals(new Rectangle(0, 0, 300, 200), g.getClipBounds());
        assertEquals(Color.RED, g.getColor());
        assertEquals(font, g.getFont());
        g.dispose();
        assertEquals(0xffffffff, image.getRGB(500, 400), "nothing drawn outside the clip");
    }

    private static MgrsGrid gridOf(MapViewport view) {
        return MgrsGrid.of(MgrsGridPainter.extentOf(view), MgrsGridPainter.spacingFor(view), view.zoom());
    }

    private static double between(double from, double to, double fraction) {
        return from + (to - from) * fraction;
    }

    private static BufferedImage whiteImage() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();
        return image;
    }

    /** The least red, green or blue value within a pixel of {@code (x, y)}. */
    private static int darkestAround(BufferedImage image, double x, double y) {
        int darkest = 255;
        for (int px = (int) Math.floor(x) - 1; px <= (int) Math.floor(x) + 1; px++) {
            for (int py = (int) Math.floor(y) - 1; py <= (int) Math.floor(y) + 1; py++) {
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()) {
                    int rgb = image.getRGB(px, py);
                    darkest = Math.min(darkest, Math.min(rgb & 0xff, Math.min(rgb >> 8 & 0xff, rgb >> 16 & 0xff)));
                }
            }
        }
        return darkest;
    }

    private static double darkShare(BufferedImage image) {
        int dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xff) < DARK) {
                    dark++;
                }
            }
        }
        return dark / (double) (image.getWidth() * image.getHeight());
    }
}
