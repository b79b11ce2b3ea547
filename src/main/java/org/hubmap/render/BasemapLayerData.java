package org.hubmap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The areas or lines of one basemap layer behind a spatial index, so that a tile visits only the shapes near it.
 * Immutable and thread-safe.
 */
final class BasemapLayerData {
    private static final Comparator<ProjectedShape> DRAWING_ORDER = Comparator.comparing(ProjectedShape::kind);

    private final STRtree index = new STRtree();
    private final int size;
    private final Envelope extent = new Envelope();

    BasemapLayerData(List<ProjectedShape> shapes) {
        for (ProjectedShape shape : shapes) {
            index.insert(shape.envelope(), shape);
            extent.expandToInclude(shape.envelope());
        }
        // Built now, while only this thread sees the tree, so that later queries only read it.
        index.build();
        size = shapes.size();
    }

    static BasemapLayerData empty() {
        return new BasemapLayerData(List.of());
    }

    /** The box around every shape, in world pixels at zoom 0; null (empty) for an empty layer. */
    Envelope extent() {
        return new Envelope(extent);
    }

    /** Number of shapes in the layer. */
    int size() {
        return size;
    }

    /**
     * The shapes whose bounding boxes meet {@code worldArea} (world pixels at zoom 0), ordered for drawing by
     * their {@link ShapeKind}.
     */
    List<ProjectedShape> shapesNear(Envelope worldArea) {
        List<ProjectedShape> found = new ArrayList<>();
        index.query(worldArea, item -> found.add((ProjectedShape) item));
        found.sort(DRAWING_ORDER);
        return found;
    }
}
