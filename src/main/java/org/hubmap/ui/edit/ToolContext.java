package org.hubmap.ui.edit;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TextField;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.WebMercator;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.FeatureHit;
import org.hubmap.render.MapViewport;
import org.hubmap.ui.map.MapPane;
import org.locationtech.jts.geom.Coordinate;

/**
 * What every map tool works with: the map and its layouts, the layout edits go to, the pointer's place on the
 * ground (snapped to nearby corners and points when snapping is on), the feature under the pointer, the sketch
 * layer, the status line and the field for typed values; and the way back to the Select tool. One per window.
 */
final class ToolContext {
    /** How near, in screen pixels, the pointer must come to a symbol, line, corner or snap target. */
    static final double PICK_PIXELS = 6;
    static final double SNAP_PIXELS = 10;

    private final MapPane map;
    private final ObservableList<OpenedLayout> layouts;
    private final ObjectProperty<OpenedLayout> active;
    private final Supplier<OpenedLayout> newLayout;
    private final BooleanProperty snapping;
    private final ReadOnlyStringWrapper status;
    private final SketchLayer sketch;
    private final TextField valueField;
    private final ObjectProperty<MapTool> tool;
    private GeoPosition snapTarget;

    ToolContext(MapPane map, ObservableList<OpenedLayout> layouts, ObjectProperty<OpenedLayout> active,
            Supplier<OpenedLayout> newLayout, BooleanProperty snapping, ReadOnlyStringWrapper status,
            SketchLayer sketch, TextField valueField, ObjectProperty<MapTool> tool) {
        this.map = map;
        this.layouts = layouts;
        this.active = active;
        this.newLayout = newLayout;
        this.snapping = snapping;
        this.status = status;
        this.sketch = sketch;
        this.valueField = valueField;
        this.tool = tool;
    }

    MapPane map() {
        return map;
    }

    ObservableList<OpenedLayout> layouts() {
        return layouts;
    }

    /** The layout being edited; null when none is open. */
    OpenedLayout active() {
        return active.get();
    }

    void activate(OpenedLayout layout) {
        active.set(layout);
    }

    /** The active layout, or a new one when none is open, so that drawing on an empty window just works. */
    OpenedLayout layoutToEdit() {
        return active.get() != null ? active.get() : newLayout.get();
    }

    SketchLayer sketch() {
        return sketch;
    }

    /** The field a tool asks for a typed value in, such as a circle's radius. */
    TextField valueField() {
        return valueField;
    }

    void say(String text) {
        status.set(text);
    }

    /** Goes back to the Select tool, as drawing tools do once they have made their feature. */
    void backToSelect() {
        tool.set(MapTool.SELECT);
    }

    /** The ground at a point of the map, in longitude and latitude kept within the Web Mercator map. */
    GeoPosition positionAt(double x, double y) {
        MapViewport view = map.getViewport();
        double lon = Math.max(-180, Math.min(180, view.lonAt(x)));
        double lat = Math.max(-WebMercator.MAX_LATITUDE, Math.min(WebMercator.MAX_LATITUDE, view.latAt(y)));
        return new GeoPosition(lon, lat);
    }

    /**
     * The position at a point of the map, or, with snapping on, the nearest corner or point of another feature
     * within {@link #SNAP_PIXELS}, exactly as that feature stores it; {@link #snapTarget()} says which, if any.
     */
    GeoPosition snapped(double x, double y, Set<LayoutFeature> ignored) {
        GeoPosition at = positionAt(x, y);
        snapTarget = null;
        if (!snapping.get()) {
            return at;
        }
        MapViewport view = map.getViewport();
        double worldPerPixel = 1 / WebMercator.zoomScale(view.zoom());
        Set<LayoutFeature> skip = Collections.newSetFromMap(new IdentityHashMap<>());
        skip.addAll(ignored);
        Optional<Coordinate> target = map.currentMarks().nearestVertex(worldX(at.lonDegrees()),
                worldY(at.latDegrees()), SNAP_PIXELS * worldPerPixel, skip);
        if (target.isPresent()) {
            snapTarget = new GeoPosition(target.get().x, target.get().y);
            return snapTarget;
        }
        return at;
    }

    /** The corner or point the last snapped position took, or null. */
    GeoPosition snapTarget() {
        return snapTarget;
    }

    void forgetSnapTarget() {
        snapTarget = null;
    }

    boolean snapping() {
        return snapping.get();
    }

    /** The feature drawn under a point of the map, if any. */
    Optional<FeatureHit> hitAt(double x, double y) {
        MapViewport view = map.getViewport();
        if (view == null) {
            return Optional.empty();
        }
        return map.currentMarks().hitTest(worldX(view.lonAt(x)), worldY(view.latAt(y)), view.zoom(), PICK_PIXELS);
    }

    static double worldX(double lon) {
        return WebMercator.worldX(lon);
    }

    static double worldY(double lat) {
        return WebMercator.worldY(lat);
    }
}
