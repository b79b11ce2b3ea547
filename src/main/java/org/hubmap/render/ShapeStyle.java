package org.hubmap.render;

import java.awt.Color;
import java.util.List;
import java.util.Optional;

/**
 * How an area or line is drawn: an optional fill, then each line pass in order over its outline.
 *
 * @param fill the fill colour, empty for lines and for areas drawn only as outlines
 * @param lines the passes of the pen, bottom first; empty for areas drawn only as fills
 */
record ShapeStyle(Optional<Color> fill, List<LineStyle> lines) {
    ShapeStyle {
        lines = List.copyOf(lines);
    }

    static ShapeStyle filled(Color fill, LineStyle... lines) {
        return new ShapeStyle(Optional.of(fill), List.of(lines));
    }

    static ShapeStyle stroked(LineStyle... lines) {
        return new ShapeStyle(Optional.empty(), List.of(lines));
    }

    /** A style that draws nothing, for shapes hidden at some zooms. */
    static ShapeStyle hidden() {
        return new ShapeStyle(Optional.empty(), List.of());
    }
}
