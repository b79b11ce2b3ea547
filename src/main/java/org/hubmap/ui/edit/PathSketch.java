package org.hubmap.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.hubmap.geo.GeoPosition;

/**
 * The points a path-drawing tool has been given by clicks, and the pointer's place after them: Draw zone and
 * Measure both build a path this way, and finish it with a double-click on the last point.
 */
final class PathSketch {
    private final ToolContext tools;
    private final List<GeoPosition> points = new ArrayList<>();
    private GeoPosition pointer;

    PathSketch(ToolContext tools) {
        this.tools = tools;
    }

    List<GeoPosition> points() {
        return points;
    }

    boolean isEmpty() {
        return points.isEmpty();
    }

    void clear() {
        points.clear();
    }

    /** Takes a click: a new point, or false when it is the second click of a double-click on the last point. */
    boolean click(MouseEvent event) {
        if (isSecondClickOnLastPoint(event)) {
            return false;
        }
        points.add(tools.snapped(event.getX(), event.getY(), Set.of()));
        return true;
    }

    /**
     * Takes the keys of path drawing: Enter runs {@code finish}, Backspace or Delete takes the last point back.
     * Consumes the event it acts on and says whether it did.
     */
    boolean keyPressed(KeyEvent event, Runnable finish) {
        switch (event.getCode()) {
            case ENTER -> finish.run();
            case BACK_SPACE, DELETE -> {
                if (points.isEmpty()) {
                    return false;
                }
                removeLast();
            }
            default -> {
                return false;
            }
        }
        event.consume();
        return true;
    }

    void removeLast() {
        if (!points.isEmpty()) {
            points.remove(points.size() - 1);
        }
    }

    /** Follows the pointer (snapped when snapping is on). */
    void moved(MouseEvent event) {
        pointer = tools.snapped(event.getX(), event.getY(), Set.of());
    }

    /** The points and, unless {@code closed}, the pointer after them. */
    List<GeoPosition> withPointer(boolean closed) {
        List<GeoPosition> path = new ArrayList<>(points);
        if (!closed && pointer != null && !path.isEmpty()) {
            path.add(pointer);
        }
        return path;
    }

    /**
     * Whether a click finishes a path: the second click of a double-click, on the point the first one placed.
     * Quick clicks at different places each add a point.
     */
    private boolean isSecondClickOnLastPoint(MouseEvent event) {
        if (event.getClickCount() < 2 || points.isEmpty()) {
            return false;
        }
        GeoPosition last = points.get(points.size() - 1);
        SketchLayer sketch = tools.sketch();
        return Math.hypot(sketch.x(last) - event.getX(), sketch.y(last) - event.getY()) <= ToolContext.PICK_PIXELS;
    }
}
