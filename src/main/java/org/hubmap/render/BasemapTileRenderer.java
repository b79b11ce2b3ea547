package org.hubmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.hubmap.geo.TileId;
import org.hubmap.geo.WebMercator;

/** Draws 256-pixel Web Mercator tiles of the basemap with Java2D. Thread-safe. */
public final class BasemapTileRenderer {
    private final Basemap basemap;

    public BasemapTileRenderer(Basemap basemap) {
        this.basemap = basemap;
    }

    /** A new opaque tile image. */
    public BufferedImage render(TileId tile, BasemapOptions options) {
        BufferedImage image = new BufferedImage(WebMercator.TILE_SIZE, WebMercator.TILE_SIZE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xa9d3f0));
        g.fillRect(0, 0, WebMercator.TILE_SIZE, WebMercator.TILE_SIZE);
        g.dispose();
        return image;
    }
}
