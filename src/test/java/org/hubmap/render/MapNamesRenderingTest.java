package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The basemap's dots and names, which the layout renderer draws over the tiles. */
class MapNamesRenderingTest {
    private static final LayoutRenderer RENDERER = new LayoutRenderer(new MapLabeller(TestBasemaps.bundled()));
    private static final double KYIV_LON = 30.5238;
    private static final double KYIV_LAT = 50.45466;

    private static BufferedImage render(MapViewport view, BasemapOptions options, double scale) {
        BufferedImage image = new BufferedImage((int) (view.widthPixels() * scale),
                (int) (view.heightPixels() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(scale, scale);
        RENDERER.draw(g, FeatureMarks.none(), options, view);
        g.dispose();
        return image;
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                dark += (rgb >> 16 & 0xff) < 0x60 && (rgb >> 8 & 0xff) < 0x60 && (rgb & 0xff) < 0x60 ? 1 : 0;
            }
        }
        return dark;
    }

    @Test
    void kyivIsMarkedWithItsCapitalDot() {
        MapViewport view = new MapViewport(KYIV_LON, KYIV_LAT, 9, 200, 200);
        BufferedImage image = render(view, BasemapOptions.defaults(), 1);
        assertEquals(BasemapStyle.CITY_DOT, new Color(image.getRGB(100, 100)), "centre of the ringed dot");
        BufferedImage noCities = render(view, BasemapOptions.defaults().withLayer(BasemapLayer.CITIES, false), 1);
        assertEquals(Color.WHITE, new Color(noCities.getRGB(100, 100)));
    }

    @Test
    void languageChangesTheNamesDrawn() {
        MapViewport view = new MapViewport(30.6, 50.45, 9, 256, 256);
        BufferedImage english = render(view, BasemapOptions.defaults(), 1);
        BufferedImage ukrainian = render(view, BasemapOptions.defaults().withLanguage(LabelLanguage.UKRAINIAN), 1);
        int differing = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                differing += english.getRGB(x, y) != ukrainian.getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(differing > 50, differing + " pixels differ");
    }

    /** Scaled output, as for a HiDPI screen or a print export, draws name outlines rather than sprites. */
    @Test
    void paintsScaledGraphicsWithNameOutlines() {
        MapViewport view = new MapViewport(KYIV_LON, KYIV_LAT, 7, 256, 256);
        int plain = darkPixels(render(view, BasemapOptions.defaults(), 1));
        int doubled = darkPixels(render(view, BasemapOptions.defaults(), 2));
        assertTrue(plain > 100, plain + " dark pixels of names and dots");
        assertEquals(4.0, doubled / (double) plain, 1.5, "names and dots cover four times the pixels");
    }

    /** Between whole zooms names keep their size and their distance from their dots. */
    @Test
    void namesKeepTheirSizeBetweenWholeZooms() {
        int whole = darkPixels(render(new MapViewport(KYIV_LON, KYIV_LAT, 7, 256, 256), BasemapOptions.defaults(),
                1));
        int between = darkPixels(render(new MapViewport(KYIV_LON, KYIV_LAT, 7.5, 256, 256),
                BasemapOptions.defaults(), 1));
        assertNotEquals(0, between);
        assertEquals(1.0, between / (double) whole, 0.5, "about as much ink for names half a zoom in");
    }
}
