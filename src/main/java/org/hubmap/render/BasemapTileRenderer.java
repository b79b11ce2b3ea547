package org.hubmap.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.hubmap.geo.TileId;
import org.hubmap.geo.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws the basemap's areas and lines with Java2D: 256-pixel Web Mercator tiles for the map view, or any rectangle
 * of the map onto any {@link Graphics2D} for export. Every tile is cut from one seamless picture of the whole map:
 * geometry is drawn slightly beyond the tile so that lines crossing its edge join up. Settlement dots and names
 * are not in the tiles: {@link LayoutRenderer} draws them over the layouts' zones, placed together with the
 * layouts' names. Thread-safe; several threads may render tiles at once.
 */
public final class BasemapTileRenderer {
    /** Shapes this many pixels outside the drawn area are still drawn, so that wide lines reach across its edge. */
    private static final double CLIP_MARGIN_PIXELS = 8;
    /** The layers of areas and lines, bottom first; settlements and names are drawn over them. */
    private static final List<BasemapLayer> SHAPE_LAYERS = List.of(BasemapLayer.SEA, BasemapLayer.COUNTRIES,
            BasemapLayer.LAKES, BasemapLayer.RIVERS, BasemapLayer.OBLAST_BOUNDARIES, BasemapLayer.BORDERS);
    private static final RenderingHints QUALITY = new RenderingHints(Map.of(
            RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON,
            RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY,
            // Pure strokes keep subpixel positions, so a line looks the same in whichever tile it is drawn.
            RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE));

    private final Basemap basemap;

    public BasemapTileRenderer(Basemap basemap) {
        this.basemap = basemap;
    }

    /** A new opaque 256 x 256 tile image: the view of the tile at its zoom. */
    public BufferedImage render(TileId tile, BasemapOptions options) {
        BufferedImage image = new BufferedImage(WebMercator.TILE_SIZE, WebMercator.TILE_SIZE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(g, tile.zoom(), (double) tile.x() * WebMercator.TILE_SIZE, (double) tile.y() * WebMercator.TILE_SIZE,
                    WebMercator.TILE_SIZE, WebMercator.TILE_SIZE, options);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Draws the basemap's areas and lines as seen through {@code view}, at its zoom (fractional or not), onto
     * {@code g} in map pixels with the view's top-left corner at {@code g}'s origin. Leaves {@code g}'s transform
     * as it found it but changes its colour, stroke and rendering hints.
     */
    public void paint(Graphics2D g, MapViewport view, BasemapOptions options) {
        ScreenFrame frame = ScreenFrame.of(view);
        paint(g, view.zoom(), frame.originX(), frame.originY(), view.widthPixels(), view.heightPixels(), options);
    }

    /**
     * Draws a rectangle of the basemap at {@code zoom} so that world pixel ({@code worldX}, {@code worldY}) of
     * that zoom lands on {@code g}'s origin and one world pixel on one unit of {@code g}. Between whole zooms the
     * lines keep the style of the whole zoom below and the detail of the one above. Leaves {@code g}'s transform
     * as it found it but changes its colour, stroke and rendering hints.
     *
     * @param worldX left edge in world pixels at {@code zoom} (x grows eastwards from the antimeridian)
     * @param worldY top edge in world pixels at {@code zoom} (y grows southwards from about 85°N)
     */
    public void paint(Graphics2D g, double zoom, double worldX, double worldY, double widthPixels,
            double heightPixels, BasemapOptions options) {
        AffineTransform callerTransform = g.getTransform();
        g.addRenderingHints(QUALITY);
        g.setColor(BasemapStyle.NO_DATA);
        g.fill(new Rectangle2D.Double(0, 0, widthPixels, heightPixels));
        paintShapes(g, zoom, worldX, worldY, widthPixels, heightPixels, options);
        g.setTransform(callerTransform);
    }

    /**
     * Draws the areas and lines straight from their world-pixel paths at zoom 0, scaled by the graphics transform;
     * a uniform scale keeps Java2D's line widths and dashes in screen pixels once they are divided by it.
     */
    private void paintShapes(Graphics2D g, double zoom, double worldX, double worldY, double widthPixels,
            double heightPixels, BasemapOptions options) {
        double scale = WebMercator.zoomScale(zoom);
        int styleZoom = (int) Math.floor(zoom + 1e-9);
        int detailZoom = (int) Math.ceil(zoom - 1e-9);
        Envelope near = new Envelope((worldX - CLIP_MARGIN_PIXELS) / scale,
                (worldX + widthPixels + CLIP_MARGIN_PIXELS) / scale, (worldY - CLIP_MARGIN_PIXELS) / scale,
                (worldY + heightPixels + CLIP_MARGIN_PIXELS) / scale);
        g.translate(-worldX, -worldY);
        g.scale(scale, scale);
        for (BasemapLayer layer : SHAPE_LAYERS) {
            if (!options.shows(layer)) {
                continue;
            }
            for (ProjectedShape shape : basemap.layer(layer).shapesNear(near)) {
                ShapeStyle style = BasemapStyle.shapeStyle(shape.kind(), styleZoom);
                Path2D path = shape.path(detailZoom);
                if (style.fill().isPresent()) {
                    g.setColor(style.fill().get());
                    g.fill(path);
                }
                for (LineStyle line : style.lines()) {
                    g.setColor(line.color());
                    g.setStroke(line.stroke(scale));
                    g.draw(path);
                }
            }
        }
    }

}
