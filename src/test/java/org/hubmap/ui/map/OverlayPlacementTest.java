package org.hubmap.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hubmap.render.MapViewport;
import org.junit.jupiter.api.Test;

class OverlayPlacementTest {
    private final MapViewport drawn = new MapViewport(30.5, 50.4, 7, 1500, 1000);

    @Test
    void anOverlayDrawnForTheShownViewSitsAtTheOriginUnscaled() {
        OverlayPlacement placement = OverlayPlacement.of(drawn, drawn);
        assertEquals(0, placement.x(), 1e-6);
        assertEquals(0, placement.y(), 1e-6);
        assertEquals(1, placement.scale(), 1e-12);
    }

    @Test
    void afterAPanTheOverlayMovesWithTheMap() {
        MapViewport panned = new MapViewport(drawn.lonAt(750 + 40), drawn.latAt(500 - 25), 7, 1500, 1000);
        OverlayPlacement placement = OverlayPlacement.of(drawn, panned);
        assertEquals(-40, placement.x(), 1e-6);
        assertEquals(25, placement.y(), 1e-6);
        assertEquals(1, placement.scale(), 1e-12);
    }

    @Test
    void afterZoomingInAroundTheCentreTheOverlayDoublesAboutIt() {
        MapViewport zoomed = new MapViewport(30.5, 50.4, 8, 1500, 1000);
        OverlayPlacement placement = OverlayPlacement.of(drawn, zoomed);
        assertEquals(2, placement.scale(), 1e-12);
        assertEquals(-750, placement.x(), 1e-6);
        assertEquals(-500, placement.y(), 1e-6);
    }
}
