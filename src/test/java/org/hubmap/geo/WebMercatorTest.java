package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WebMercatorTest {
    @Test
    void kyivFallsInTheKnownOpenStreetMapTiles() {
        // Tile numbers of Kyiv (30.5234 E, 50.4501 N) as the OSM slippy-map formula gives them.
        assertEquals(new TileId(10, 598, 345), WebMercator.tileAt(30.5234, 50.4501, 10));
        assertEquals(new TileId(5, 18, 10), WebMercator.tileAt(30.5234, 50.4501, 5));
        assertEquals(new TileId(15, 19162, 11049), WebMercator.tileAt(30.5234, 50.4501, 15));
    }

    @Test
    void worldCornersAndCentreHaveKnownPixels() {
        assertEquals(0, WebMercator.lonToPixelX(-180, 0), 1e-9);
        assertEquals(256, WebMercator.lonToPixelX(180, 0), 1e-9);
        assertEquals(128, WebMercator.latToPixelY(0, 0), 1e-9);
        assertEquals(0, WebMercator.latToPixelY(WebMercator.MAX_LATITUDE, 0), 1e-6);
        assertEquals(1024, WebMercator.latToPixelY(-WebMercator.MAX_LATITUDE, 2), 1e-6);
    }

    @Test
    void pixelsConvertBackToTheSamePosition() {
        for (double zoom : new double[] {0, 5.5, 12, 19}) {
            for (double lat = -80; lat <= 80; lat += 7.3) {
                for (double lon = -179; lon <= 179; lon += 23.7) {
                    assertEquals(lon, WebMercator.pixelXToLon(WebMercator.lonToPixelX(lon, zoom), zoom), 1e-9);
                    assertEquals(lat, WebMercator.pixelYToLat(WebMercator.latToPixelY(lat, zoom), zoom), 1e-9);
                }
            }
        }
    }

    @Test
    void worldPixelsAreThePixelsAtZoomZero() {
        for (double lon = -180; lon <= 180; lon += 17.3) {
            assertEquals(WebMercator.lonToPixelX(lon, 0), WebMercator.worldX(lon));
            assertEquals(lon, WebMercator.lonAtWorldX(WebMercator.worldX(lon)), 1e-9);
        }
        for (double lat = -80; lat <= 80; lat += 7.3) {
            assertEquals(WebMercator.latToPixelY(lat, 0), WebMercator.worldY(lat));
            assertEquals(lat, WebMercator.latAtWorldY(WebMercator.worldY(lat)), 1e-9);
        }
        assertEquals(0, WebMercator.worldY(90), 1e-6);
    }

    @Test
    void zoomScaleIsTheWorldsSizeInTiles() {
        assertEquals(1, WebMercator.zoomScale(0));
        assertEquals(1024, WebMercator.zoomScale(10));
        for (double zoom = 0; zoom < 20; zoom += 0.37) {
            assertEquals(WebMercator.worldSizePixels(zoom) / WebMercator.TILE_SIZE, WebMercator.zoomScale(zoom));
        }
    }

    @Test
    void tileEdgesEncloseItsPositions() {
        TileId tile = WebMercator.tileAt(37.8, 48.0, 9);
        assertEquals(true, tile.westLon() <= 37.8 && 37.8 < tile.eastLon());
        assertEquals(true, tile.southLat() < 48.0 && 48.0 <= tile.northLat());
        assertEquals(360.0 / 512, tile.eastLon() - tile.westLon(), 1e-12);
    }

    @Test
    void groundResolutionAtTheEquatorAndKyiv() {
        assertEquals(156_543.034, WebMercator.metresPerPixel(0, 0), 1e-3);
        assertEquals(156_543.034 * Math.cos(Math.toRadians(50.45)) / 1024, WebMercator.metresPerPixel(50.45, 10),
                1e-3);
    }

    @Test
    void tilesOutsideTheWorldAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TileId(3, 8, 0));
        assertThrows(IllegalArgumentException.class, () -> new TileId(3, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> new TileId(-1, 0, 0));
    }
}
