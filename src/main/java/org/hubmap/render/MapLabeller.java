package org.hubmap.render;

import java.util.Optional;

/**
 * Places the names of the basemap and of the open layouts together, once per zoom for the whole map, so that no
 * two names overlap, no name covers a symbol, and the selection and hubs are named first. Screen and export use
 * the same placement. Thread-safe; placements are remembered per zoom, options and set of features.
 */
public final class MapLabeller {
    private final LabelPlacer placer;

    public MapLabeller(Basemap basemap) {
        this.placer = new LabelPlacer(basemap);
    }

    /** A placement to draw at once, as {@link LabelPlacer#placedWithoutWaiting}. */
    Optional<LabelPlacer.Placed> placedWithoutWaiting(int zoom, BasemapOptions options,
            FeatureMarks features) {
        return placer.placedWithoutWaiting(zoom, options, features);
    }

    /** The placement at whole zoom {@code zoom}. */
    LabelPlacement placement(int zoom, BasemapOptions options, FeatureMarks features) {
        return placer.placement(zoom, options, features);
    }
}
