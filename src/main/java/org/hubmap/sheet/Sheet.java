package org.hubmap.sheet;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.hubmap.geo.GeoBounds;
import org.hubmap.geo.WebMercator;
import org.hubmap.render.Legend;
import org.hubmap.render.MapViewport;

/**
 * A sheet worked out from its {@link SheetSpec}: where its parts go, the map's viewport (the asked-for ground
 * fitted into the map frame at the largest round scale that shows all of it) and the legend of what that map
 * shows. Immutable.
 *
 * @param spec what was asked for
 * @param content what it draws from
 * @param layout where its parts go
 * @param view the map's viewport, as large as the map frame, at the sheet's resolution
 * @param legend the kinds, statuses and nations the map shows
 * @param index on an atlas's index page, the atlas's sheets, outlined on the map and listed beside it in place of
 *     the legend; empty on every other sheet
 */
public record Sheet(SheetSpec spec, SheetContent content, SheetLayout layout, MapViewport view, Legend legend,
        List<IndexEntry> index) {
    /** The deepest zoom a sheet's map is drawn at: streets, and no more detail than the basemap has. */
    static final double MOST_ZOOM = 16;
    private static final double[] ROUND_SCALES = {1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 10};

    public Sheet {
        index = List.copyOf(index);
    }

    /** One sheet of an atlas as its index page lists it: its number, its name and the ground it shows. */
    public record IndexEntry(int number, String name, GeoBounds ground) {
    }

    /** The sheet {@code spec} asks for, drawn from {@code content}. */
    public static Sheet of(SheetSpec spec, SheetContent content) {
        return index(spec, content, List.of());
    }

    /** An atlas's index page: the sheet {@code spec} asks for, listing and outlining {@code entries}. */
    static Sheet index(SheetSpec spec, SheetContent content, List<IndexEntry> entries) {
        SheetLayout layout = SheetLayout.of(spec.size());
        MapViewport view = viewOf(spec.extent(), layout.map(), spec.size().dotsPerInch(),
                content.painter().dataBounds());
        return new Sheet(spec, content, layout, view, Legend.ofFeatures(content.marks().featuresShown(view)),
                entries);
    }

    /**
     * The view of {@code extent} in {@code frame} at the largest round scale (1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6 or
     * 7.5 times a power of ten) that still shows all of it, as paper maps are drawn; no deeper than
     * {@link #MOST_ZOOM}.
     */
    static MapViewport viewOf(GeoBounds extent, Rectangle2D frame, double dotsPerInch, GeoBounds data) {
        MapViewport fitted = MapViewport.fitting(extent, frame.getWidth(), frame.getHeight(), dotsPerInch, 0);
        MapViewport view = fitted.withZoom(Math.min(fitted.zoom(), MOST_ZOOM));
        // The scale is true at the centre's latitude, which moving the view changes: round it again after.
        for (int pass = 0; pass < 3; pass++) {
            view = withinData(atRoundScale(view), extent, data);
        }
        return atRoundScale(view);
    }

    /** {@code view} zoomed out to the nearest round scale, about the same centre. */
    private static MapViewport atRoundScale(MapViewport view) {
        double denominator = view.scaleDenominator();
        return view.withZoom(view.zoom() - Math.log(roundUp(denominator) / denominator) / Math.log(2));
    }

    /**
     * {@code view} moved, as far as it can while still showing all of {@code extent}, so that it shows no ground
     * beyond {@code data}, where the basemap would leave a blank edge.
     */
    static MapViewport withinData(MapViewport view, GeoBounds extent, GeoBounds data) {
        double zoom = view.zoom();
        double left = WebMercator.lonToPixelX(view.centerLon(), zoom) - view.widthPixels() / 2;
        double top = WebMercator.latToPixelY(view.centerLat(), zoom) - view.heightPixels() / 2;
        double dx = shift(left, view.widthPixels(), WebMercator.lonToPixelX(data.westLon(), zoom),
                WebMercator.lonToPixelX(data.eastLon(), zoom), WebMercator.lonToPixelX(extent.westLon(), zoom),
                WebMercator.lonToPixelX(extent.eastLon(), zoom));
        double dy = shift(top, view.heightPixels(), WebMercator.latToPixelY(data.northLat(), zoom),
                WebMercator.latToPixelY(data.southLat(), zoom), WebMercator.latToPixelY(extent.northLat(), zoom),
                WebMercator.latToPixelY(extent.southLat(), zoom));
        return new MapViewport(WebMercator.pixelXToLon(left + dx + view.widthPixels() / 2, zoom),
                WebMercator.pixelYToLat(top + dy + view.heightPixels() / 2, zoom), zoom, view.widthPixels(),
                view.heightPixels(), view.dotsPerInch());
    }

    /**
     * How far to move a span starting at {@code start}, {@code length} long, to lie within [{@code dataMin},
     * {@code dataMax}], without uncovering any of [{@code keepMin}, {@code keepMax}]; 0 when it needs no move or
     * is longer than the data.
     */
    private static double shift(double start, double length, double dataMin, double dataMax, double keepMin,
            double keepMax) {
        double wanted = start < dataMin ? dataMin - start : start + length > dataMax ? dataMax - start - length : 0;
        if (length > dataMax - dataMin) {
            return 0;
        }
        return Math.max(keepMax - start - length, Math.min(keepMin - start, wanted));
    }

    /** The smallest round scale denominator at or above {@code denominator}. */
    static double roundUp(double denominator) {
        double power = Math.pow(10, Math.floor(Math.log10(denominator)));
        for (double step : ROUND_SCALES) {
            if (step * power >= denominator * (1 - 1e-9)) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** The scale as printed: "1:2 500 000", digits grouped in threes. */
    public String scaleText() {
        return "1:" + String.format(java.util.Locale.ROOT, "%,d", Math.round(view.scaleDenominator()))
                .replace(',', ' ');
    }
}
