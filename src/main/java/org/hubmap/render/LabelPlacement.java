package org.hubmap.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The dots and names chosen for the whole basemap at one zoom, in world pixels at that zoom. No two labels
 * overlap, and no label covers a dot other than its own. Immutable.
 */
final class LabelPlacement {
    private final int zoom;
    private final List<PlacedLabel> labels;
    private final List<PlacedDot> dots;

    LabelPlacement(int zoom, List<PlacedLabel> labels, List<PlacedDot> dots) {
        this.zoom = zoom;
        this.labels = List.copyOf(labels);
        this.dots = List.copyOf(dots);
    }

    int zoom() {
        return zoom;
    }

    /** Every placed label, most important first. */
    List<PlacedLabel> labels() {
        return labels;
    }

    /** Every placed dot. */
    List<PlacedDot> dots() {
        return dots;
    }

    /** The labels whose text, halo included, reaches into {@code area}. */
    List<PlacedLabel> labelsNear(PixelBox area) {
        PixelBox reach = area.grown(BasemapStyle.LABEL_HALO_WIDTH_PIXELS);
        List<PlacedLabel> near = new ArrayList<>();
        for (PlacedLabel label : labels) {
            if (label.box().intersects(reach)) {
                near.add(label);
            }
        }
        return near;
    }

    /** The dots that reach into {@code area}. */
    List<PlacedDot> dotsNear(PixelBox area) {
        List<PlacedDot> near = new ArrayList<>();
        for (PlacedDot dot : dots) {
            if (dot.box().intersects(area)) {
                near.add(dot);
            }
        }
        return near;
    }
}
