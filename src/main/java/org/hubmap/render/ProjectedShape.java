package org.hubmap.render;

import java.awt.geom.Path2D;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * One basemap area or line in world pixels at zoom 0, with paths simplified in advance for bands of zooms, so that
 * a tile at a low zoom never walks through more vertices than it can show. Immutable and thread-safe.
 */
final class ProjectedShape {
    /**
     * The zooms for which simplified paths are made; a tile uses the first one at or above its own zoom, or the
     * full geometry above the last, where the tolerance would be finer than the 1:10 million source data.
     */
    static final int[] SIMPLIFIED_ZOOMS = {4, 6, 8, 10, 12};
    /** Largest distance, in pixels at the band's zoom, by which a simplified path may stray from the data. */
    static final double SIMPLIFICATION_TOLERANCE_PIXELS = 0.4;

    private final ShapeKind kind;
    private final Envelope envelope;
    private final Path2D[] simplifiedPaths = new Path2D[SIMPLIFIED_ZOOMS.length];
    private final Path2D fullPath;

    /** @param worldGeometry polygons or lines in world pixels at zoom 0 */
    ProjectedShape(ShapeKind kind, Geometry worldGeometry) {
        this.kind = kind;
        this.envelope = worldGeometry.getEnvelopeInternal();
        for (int i = 0; i < SIMPLIFIED_ZOOMS.length; i++) {
            simplifiedPaths[i] = GeometryPaths.toPath(simplified(worldGeometry, SIMPLIFIED_ZOOMS[i]));
        }
        this.fullPath = GeometryPaths.toPath(worldGeometry);
    }

    ShapeKind kind() {
        return kind;
    }

    /** Bounding box in world pixels at zoom 0. */
    Envelope envelope() {
        return envelope;
    }

    /**
     * The shape in world pixels at zoom 0, simplified for drawing at {@code zoom}. Callers must not modify it;
     * it is shared between threads.
     */
    Path2D path(int zoom) {
        for (int i = 0; i < SIMPLIFIED_ZOOMS.length; i++) {
            if (zoom <= SIMPLIFIED_ZOOMS[i]) {
                return simplifiedPaths[i];
            }
        }
        return fullPath;
    }

    private static Geometry simplified(Geometry worldGeometry, int zoom) {
        DouglasPeuckerSimplifier simplifier = new DouglasPeuckerSimplifier(worldGeometry);
        simplifier.setDistanceTolerance(SIMPLIFICATION_TOLERANCE_PIXELS / MercatorGeometry.scale(zoom));
        // Repairing self-touching rings would cost far more than the rare sub-pixel artefact it avoids.
        simplifier.setEnsureValid(false);
        return simplifier.getResultGeometry();
    }
}
