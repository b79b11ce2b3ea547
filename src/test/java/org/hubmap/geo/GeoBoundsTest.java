package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeoBoundsTest {
    @Test
    void ukraineFitsTheViewAtTheZoomItComputes() {
        GeoBounds ukraine = GeoBounds.UKRAINE;
        double zoom = ukraine.zoomToFit(1200, 800);
        double width = WebMercator.lonToPixelX(ukraine.eastLon(), zoom) - WebMercator.lonToPixelX(ukraine.westLon(), zoom);
        double height = WebMercator.latToPixelY(ukraine.southLat(), zoom)
                - WebMercator.latToPixelY(ukraine.northLat(), zoom);
        assertTrue(width <= 1200.001 && height <= 800.001);
        assertTrue(Math.abs(width - 1200) < 1e-6 || Math.abs(height - 800) < 1e-6, "one side fills the view");
        assertTrue(zoom > 5 && zoom < 7, "Ukraine fills a desktop window at about zoom 6, got " + zoom);
    }

    @Test
    void mercatorCentreLiesBetweenTheEdges() {
        GeoBounds ukraine = GeoBounds.UKRAINE;
        double centre = ukraine.centerLatMercator();
        assertTrue(centre > (ukraine.southLat() + ukraine.northLat()) / 2, "Mercator centre is north of the mean");
        assertEquals(31.15, ukraine.centerLon(), 1e-9);
    }

    @Test
    void emptyBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GeoBounds(30, 50, 29, 51));
    }
}
