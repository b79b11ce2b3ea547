package org.hubmap.render;

import java.awt.Graphics2D;
import org.hubmap.geo.GeoBounds;

/**
 * Draws the map of a {@link MapViewport}: the basemap's areas and lines, the MGRS grid when asked for, and over
 * them the layouts' zones and symbols and every name. The screen draws the same two parts, the basemap as tiles
 * (each a viewport of its own) and the rest as its overlay, so a sheet and the screen show the same map.
 * Thread-safe.
 */
public final class MapPainter {
    private final BasemapTileRenderer basemap;
    private final LayoutRenderer layouts;
    private final GeoBounds dataBounds;

    public MapPainter(Basemap basemap) {
        this(basemap, new BasemapTileRenderer(basemap), new LayoutRenderer(new MapLabeller(basemap)));
    }

    /**
     * A painter of {@code data} sharing its renderers, and what they remember between drawings, with others:
     * both must draw {@code data}.
     */
    public MapPainter(Basemap data, BasemapTileRenderer basemap, LayoutRenderer layouts) {
        this.basemap = basemap;
        this.layouts = layouts;
        this.dataBounds = data.bounds();
    }

    /** The ground the basemap covers; a map beyond it shows an empty, plain background. */
    public GeoBounds dataBounds() {
        return dataBounds;
    }

    /**
     * Draws the whole map of {@code view} onto {@code g} in map pixels, with the view's top-left corner at
     * {@code g}'s origin. Leaves {@code g}'s transform as it found it.
     */
    public void paint(Graphics2D g, MapViewport view, FeatureMarks marks, BasemapOptions options, boolean mgrsGrid,
            MapOutput output) {
        basemap.paint(g, view, options);
        paintOverBasemap(g, view, marks, options, mgrsGrid, output == MapOutput.CLEARED_IMAGE ? MapOutput.IMAGE
                : output);
    }

    /** Draws only the basemap's areas and lines of {@code view}, as an overview inset does. */
    public void paintBasemap(Graphics2D g, MapViewport view, BasemapOptions options) {
        basemap.paint(g, view, options);
    }

    /**
     * Draws what lies over the basemap, as the screen's overlay does over its tiles: the zones, symbols,
     * settlement dots and names, and when {@code mgrsGrid} the grid's lines under them and its labels along the
     * edges over them.
     */
    public void paintOverBasemap(Graphics2D g, MapViewport view, FeatureMarks marks, BasemapOptions options,
            boolean mgrsGrid, MapOutput output) {
        paintOverBasemap(g, view, marks, options, mgrsGrid, output, false);
    }

    /**
     * As {@link #paintOverBasemap(Graphics2D, MapViewport, FeatureMarks, BasemapOptions, boolean, MapOutput)}, as
     * the screen draws right after an edit: without waiting for the names to be placed again, leaving out those the
     * edit may have made wrong ({@link LayoutRenderer#drawWithoutWaiting}).
     *
     * @return whether every name is shown as it will stay; when not, drawing the same again shows the rest
     */
    public boolean paintOverBasemapWithoutWaiting(Graphics2D g, MapViewport view, FeatureMarks marks,
            BasemapOptions options, boolean mgrsGrid, MapOutput output) {
        return paintOverBasemap(g, view, marks, options, mgrsGrid, output, true);
    }

    private boolean paintOverBasemap(Graphics2D g, MapViewport view, FeatureMarks marks, BasemapOptions options,
            boolean mgrsGrid, MapOutput output, boolean withoutWaiting) {
        MgrsGridPainter.Drawing grid = mgrsGrid ? MgrsGridPainter.prepare(g, view) : null;
        if (grid != null) {
            grid.paintLines(g);
        }
        // Over the grid's lines the image is no longer clear.
        MapOutput under = grid != null && output == MapOutput.CLEARED_IMAGE ? MapOutput.IMAGE : output;
        boolean complete = true;
        if (withoutWaiting) {
            complete = layouts.drawWithoutWaiting(g, marks, options, view, under);
        } else {
            layouts.draw(g, marks, options, view, under);
        }
        if (grid != null) {
            grid.paintEdgeLabels(g);
        }
        return complete;
    }
}
