package org.hubmap.render;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Which country a point of the basemap lies in, from the basemap's own country outlines. The places keep only
 * whether they are in Ukraine; a neighbour's outline is named by the country name whose label point lies inside it.
 * Immutable and thread-safe.
 */
final class PlaceCountries {
    /** Ukraine's name; its outline has no label, since the map leaves Ukraine unnamed. */
    static final String UKRAINE = "Ukraine";
    /** Outlines are read at this zoom's simplification: within about 250 m of the data, and quick to test. */
    private static final int OUTLINE_ZOOM = 8;
    /**
     * How far off its country's outline a place may lie and still be counted in it, in world pixels at zoom 0
     * (about 0.5, 1.5 and 5 km at 48°N), tried in turn so that the nearest country wins: a harbour or river town's
     * point may fall in the sea or river of the 1:10 million outlines, and a lake's label point in a lake.
     */
    private static final double[] TOLERANCES_WORLD_PIXELS = {0.005, 0.015, 0.05};

    private final List<Outline> outlines = new ArrayList<>();

    /** Reads the outlines of {@code basemap}'s countries and names them from {@code places}. */
    PlaceCountries(Basemap basemap, List<MapPlace> places) {
        BasemapLayerData countries = basemap.layer(BasemapLayer.COUNTRIES);
        if (countries.size() == 0) {
            return;
        }
        for (ProjectedShape shape : countries.shapesNear(countries.extent())) {
            Path2D path = shape.path(OUTLINE_ZOOM);
            if (shape.kind() == ShapeKind.UKRAINE_LAND) {
                outlines.add(new Outline(UKRAINE, shape.envelope(), path));
                continue;
            }
            for (MapPlace place : places) {
                if (place.kind() == PlaceKind.COUNTRY && path.contains(place.worldX(), place.worldY())) {
                    outlines.add(new Outline(place.nameEnglish(), shape.envelope(), path));
                    break;
                }
            }
        }
    }

    /**
     * The English name of the country whose outline holds the point, or failing that of the one whose outline
     * comes nearest within the largest of {@link #TOLERANCES_WORLD_PIXELS}; empty if none does.
     *
     * @param worldX x in world pixels at zoom 0
     * @param worldY y in world pixels at zoom 0
     */
    String countryAt(double worldX, double worldY) {
        for (Outline outline : outlines) {
            if (outline.envelope().contains(worldX, worldY) && outline.path().contains(worldX, worldY)) {
                return outline.country();
            }
        }
        for (double r : TOLERANCES_WORLD_PIXELS) {
            Envelope near = new Envelope(worldX - r, worldX + r, worldY - r, worldY + r);
            for (Outline outline : outlines) {
                if (outline.envelope().intersects(near)
                        && outline.path().intersects(worldX - r, worldY - r, 2 * r, 2 * r)) {
                    return outline.country();
                }
            }
        }
        return "";
    }

    private record Outline(String country, Envelope envelope, Path2D path) {
    }
}
