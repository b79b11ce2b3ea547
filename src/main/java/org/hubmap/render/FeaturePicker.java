package org.hubmap.render;

import java.util.BitSet;
import java.util.Optional;
import org.hubmap.geo.WebMercator;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.LinearComponentExtracter;

/**
 * Finds the feature a click on the map means, as the user sees it: first a symbol under the click (the top-most,
 * as {@link FeaturePainter} draws them), then the zone boundary nearest the click within reach, then the smallest
 * zone around the click. Only features drawn at the click's zoom count. Stateless.
 */
final class FeaturePicker {
    private final MarkIndex index;

    FeaturePicker(MarkIndex index) {
        this.index = index;
    }

    /**
     * The feature at ({@code worldX}, {@code worldY}) in world pixels at zoom 0 on a map drawn at {@code zoom}
     * (may be fractional), a symbol's box or a boundary counting as hit within {@code tolerancePixels} screen
     * pixels.
     */
    Optional<FeatureMark> pick(double worldX, double worldY, double zoom, double tolerancePixels) {
        double scale = WebMercator.zoomScale(zoom);
        Envelope click = new Envelope(worldX, worldX, worldY, worldY);
        click.expandBy(tolerancePixels / scale);
        BitSet near = index.near(click, scale, LayoutRenderer.placementZoom(zoom));
        double x = worldX * scale;
        double y = worldY * scale;
        // Symbols are drawn last in label order first, so the first in label order is on top.
        for (int i = near.nextSetBit(0); i >= 0; i = near.nextSetBit(i + 1)) {
            FeatureMark mark = index.marks().get(i);
            if (mark.point().isPresent() && contains(mark.symbolBox().orElseThrow()
                    .shifted(mark.worldX() * scale, mark.worldY() * scale).grown(tolerancePixels), x, y)) {
                return Optional.of(mark);
            }
        }
        return nearestBoundary(near, worldX, worldY, scale, tolerancePixels)
                .or(() -> smallestAround(near, worldX, worldY));
    }

    /** Areas are drawn first in label order first, so of two boundaries equally near the later one is on top. */
    private Optional<FeatureMark> nearestBoundary(BitSet near, double worldX, double worldY, double scale,
            double tolerancePixels) {
        Coordinate click = new Coordinate(worldX, worldY);
        FeatureMark nearest = null;
        double nearestPixels = Double.POSITIVE_INFINITY;
        for (int i = near.nextSetBit(0); i >= 0; i = near.nextSetBit(i + 1)) {
            FeatureMark mark = index.marks().get(i);
            if (mark.area().isEmpty()) {
                continue;
            }
            FeatureMark.AreaShape shape = mark.area().get();
            double pixels = boundaryDistance(shape.world(), click) * scale;
            if (pixels <= tolerancePixels + shape.style().boundary().widthPixels() / 2 && pixels <= nearestPixels) {
                nearest = mark;
                nearestPixels = pixels;
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static double boundaryDistance(Geometry world, Coordinate click) {
        double distance = Double.POSITIVE_INFINITY;
        for (Object line : LinearComponentExtracter.getLines(world)) {
            distance = Math.min(distance, Distance.pointToSegmentString(click, ((LineString) line).getCoordinates()));
        }
        return distance;
    }

    /** The smallest area holding the click; of two as large, the one on top. */
    private Optional<FeatureMark> smallestAround(BitSet near, double worldX, double worldY) {
        Coordinate click = new Coordinate(worldX, worldY);
        FeatureMark smallest = null;
        double smallestArea = Double.POSITIVE_INFINITY;
        for (int i = near.nextSetBit(0); i >= 0; i = near.nextSetBit(i + 1)) {
            FeatureMark mark = index.marks().get(i);
            if (mark.area().isEmpty() || !(mark.area().get().world() instanceof Polygonal)) {
                continue;
            }
            Geometry world = mark.area().get().world();
            if (world.getEnvelopeInternal().covers(click)
                    && SimplePointInAreaLocator.locate(click, world) != Location.EXTERIOR
                    && world.getArea() <= smallestArea) {
                smallest = mark;
                smallestArea = world.getArea();
            }
        }
        return Optional.ofNullable(smallest);
    }

    /** Whether the point lies in the box, edges included. */
    private static boolean contains(PixelBox box, double x, double y) {
        return x >= box.minX() && x <= box.maxX() && y >= box.minY() && y <= box.maxY();
    }
}
