package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hubmap.geo.TileId;
import org.hubmap.geo.WebMercator;
import org.junit.jupiter.api.Test;

class BasemapTileRendererTest {
    private static final int SIZE = WebMercator.TILE_SIZE;

    private final BasemapTileRenderer renderer = new BasemapTileRenderer(TestBasemaps.bundled());

    /** The colours of the 3 x 3 pixels around a position, in the tile holding it. */
    private List<Color> coloursAround(double lon, double lat, int zoom, BasemapOptions options) {
        TileId tile = WebMercator.tileAt(lon, lat, zoom);
        BufferedImage image = renderer.render(tile, options);
        int x = (int) Math.floor(WebMercator.lonToPixelX(lon, zoom) - tile.x() * SIZE);
        int y = (int) Math.floor(WebMercator.latToPixelY(lat, zoom) - tile.y() * SIZE);
        List<Color> colours = new ArrayList<>();
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                colours.add(new Color(image.getRGB(Math.max(0, Math.min(SIZE - 1, x + dx)),
                        Math.max(0, Math.min(SIZE - 1, y + dy)))));
            }
        }
        return colours;
    }

    private void assertColourAround(Color expected, double lon, double lat, int zoom, BasemapOptions options) {
        for (Color actual : coloursAround(lon, lat, zoom, options)) {
            assertEquals(expected, actual, "at " + lon + ", " + lat + " zoom " + zoom);
        }
    }

    private static int maxChannelDifference(int rgb1, int rgb2) {
        int max = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            max = Math.max(max, Math.abs((rgb1 >> shift & 0xff) - (rgb2 >> shift & 0xff)));
        }
        return max;
    }

    @Test
    void tilesAreOpaqueAndTileSized() {
        BufferedImage image = renderer.render(new TileId(7, 74, 43), BasemapOptions.defaults());
        assertEquals(SIZE, image.getWidth());
        assertEquals(SIZE, image.getHeight());
        assertFalse(image.getColorModel().hasAlpha());
    }

    @Test
    void openBlackSeaIsSeaColoured() {
        assertColourAround(BasemapStyle.SEA, 32.0, 43.0, 7, BasemapOptions.defaults());
    }

    @Test
    void ukrainianLandIsUkraineColoured() {
        assertColourAround(BasemapStyle.UKRAINE_LAND, 29.5, 50.2, 7, BasemapOptions.defaults());
        assertColourAround(BasemapStyle.UKRAINE_LAND, 33.0, 48.0, 9, BasemapOptions.defaults());
    }

    @Test
    void belarusIsNeighbourColoured() {
        assertColourAround(BasemapStyle.NEIGHBOUR_LAND, 27.5, 53.2, 7, BasemapOptions.defaults());
    }

    @Test
    void outsideTheDataIsNoDataColoured() {
        assertColourAround(BasemapStyle.NO_DATA, 10.0, 60.0, 7, BasemapOptions.defaults());
    }

    @Test
    void hiddenLayersAreNotDrawn() {
        BasemapOptions noSea = BasemapOptions.defaults().withLayer(BasemapLayer.SEA, false);
        assertColourAround(BasemapStyle.NO_DATA, 32.0, 43.0, 7, noSea);
        BasemapOptions noCountries = BasemapOptions.defaults().withLayer(BasemapLayer.COUNTRIES, false);
        assertColourAround(BasemapStyle.NO_DATA, 29.5, 50.2, 7, noCountries);
    }

    /** Dots and names are drawn over the layouts' zones by the layout renderer, never into tiles. */
    @Test
    void tilesHoldNoDotsOrNames() {
        assertFalse(coloursAround(30.5238, 50.45466, 9, BasemapOptions.defaults()).contains(BasemapStyle.CITY_DOT));
    }

    /** Each tile is cut from one seamless picture: exactly what painting a larger area at once gives. */
    @Test
    void tilesJoinSeamlesslyIntoOnePicture() {
        for (int zoom : new int[] {6, 8, 10}) {
            TileId topLeft = WebMercator.tileAt(30.52, 50.45, zoom);
            BufferedImage whole = new BufferedImage(2 * SIZE, 2 * SIZE, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = whole.createGraphics();
            renderer.paint(g, zoom, topLeft.x() * SIZE, topLeft.y() * SIZE, 2 * SIZE, 2 * SIZE,
                    BasemapOptions.defaults());
            g.dispose();
            for (int ty = 0; ty < 2; ty++) {
                for (int tx = 0; tx < 2; tx++) {
                    BufferedImage tile = renderer.render(new TileId(zoom, topLeft.x() + tx, topLeft.y() + ty),
                            BasemapOptions.defaults());
                    for (int y = 0; y < SIZE; y++) {
                        for (int x = 0; x < SIZE; x++) {
                            assertEquals(whole.getRGB(tx * SIZE + x, ty * SIZE + y), tile.getRGB(x, y),
                                    "zoom " + zoom + ", tile " + tx + "," + ty + ", pixel " + x + "," + y);
                        }
                    }
                }
            }
        }
    }

    @Test
    void pixelsEitherSideOfATileEdgeAgree() {
        int zoom = 7;
        TileId left = WebMercator.tileAt(30.52, 50.45, zoom);
        BufferedImage a = renderer.render(left, BasemapOptions.defaults());
        BufferedImage b = renderer.render(new TileId(zoom, left.x() + 1, left.y()), BasemapOptions.defaults());
        long total = 0;
        for (int y = 0; y < SIZE; y++) {
            total += maxChannelDifference(a.getRGB(SIZE - 1, y), b.getRGB(0, y));
        }
        assertTrue(total / (double) SIZE < 12, "mean difference across the edge " + total / (double) SIZE);
    }

    @Test
    void concurrentRenderingGivesTheSameTiles() throws Exception {
        List<TileId> tiles = new ArrayList<>();
        TileId centre = WebMercator.tileAt(37.8, 48.0, 8);
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                tiles.add(new TileId(8, centre.x() + dx, centre.y() + dy));
            }
        }
        BasemapTileRenderer shared = new BasemapTileRenderer(TestBasemaps.bundled());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BufferedImage>> futures = new ArrayList<>();
            for (TileId tile : tiles) {
                futures.add(pool.submit(() -> shared.render(tile, BasemapOptions.defaults())));
            }
            for (int i = 0; i < tiles.size(); i++) {
                BufferedImage concurrent = futures.get(i).get();
                BufferedImage alone = renderer.render(tiles.get(i), BasemapOptions.defaults());
                for (int y = 0; y < SIZE; y += 3) {
                    for (int x = 0; x < SIZE; x += 3) {
                        assertEquals(alone.getRGB(x, y), concurrent.getRGB(x, y), tiles.get(i) + " at " + x + "," + y);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
