package org.hubmap.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.hubmap.document.Selection;
import org.hubmap.geo.CircleZone;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeodesicCircle;
import org.hubmap.geo.GeodesicDistance;
import org.hubmap.geo.GeodesicShift;
import org.hubmap.geo.WebMercator;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.ZoneValidity;
import org.hubmap.render.FeatureHit;
import org.hubmap.render.MapViewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The Select tool: a click selects the feature under the pointer (Shift adds or removes it), Shift and a drag over
 * empty map selects what lies in the box, and a drag that starts on a selected feature moves the selection along
 * the ground; a drag anywhere else pans the map, so a pan never moves a feature by mistake. With one polygon zone
 * selected its corners can be dragged, a corner added by dragging an edge's middle, and the clicked corner deleted
 * with Delete; with one circle selected, the handle on its edge sets its radius. Arrow keys nudge the selection.
 */
final class SelectMode implements MapMode {
    /** A press that moves less than this many pixels before release is a click. */
    private static final double DRAG_THRESHOLD_PIXELS = 3;
    /** Arrow keys move the selection this many screen pixels' worth of ground; with Shift ten times as far. */
    private static final double NUDGE_PIXELS = 1;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final ToolContext tools;
    private Gesture gesture = Gesture.NONE;
    private double pressX;
    private double pressY;
    private GeoPosition pressPosition;
    private GeoPosition pointer;
    private boolean dragged;
    /** The feature a click selects or toggles when the press did not start a gesture. */
    private FeatureHit clickTarget;
    /** The corner of the single selected polygon zone that Delete removes, or -1; and its ring. */
    private int selectedCorner = -1;
    private int selectedRing;
    private int draggedCorner = -1;
    private int draggedRing;
    private Geometry preview;

    private enum Gesture { NONE, MOVE, BOX, CORNER, INSERT_CORNER, RADIUS }

    SelectMode(ToolContext tools) {
        this.tools = tools;
    }

    @Override
    public String hint() {
        return selectedInvalidity().orElse(MapTool.SELECT.hint());
    }

    @Override
    public boolean busy() {
        return gesture != Gesture.NONE;
    }

    @Override
    public void cancel() {
        gesture = Gesture.NONE;
        preview = null;
    }

    @Override
    public void activeLayoutChanged() {
        selectedCorner = -1;
    }

    @Override
    public void pressed(MouseEvent event) {
        pressX = event.getX();
        pressY = event.getY();
        dragged = false;
        clickTarget = null;
        pointer = tools.positionAt(event.getX(), event.getY());
        pressPosition = pointer;
        OpenedLayout layout = tools.active();
        // The selection's shape cannot be dragged when it is not the user's to change: the drag pans instead.
        boolean mayReshape = layout == null || layout.selection().isEmpty() || !(cornerAt(event.getX(),
                event.getY()).isPresent() || radiusHandleAt(event.getX(), event.getY()))
                || layout.mayChange(layout.selectedFeatures());
        Optional<Corner> corner = mayReshape ? cornerAt(event.getX(), event.getY()) : Optional.empty();
        if (corner.isPresent()) {
            gesture = corner.get().insert() ? Gesture.INSERT_CORNER : Gesture.CORNER;
            draggedCorner = corner.get().index();
            draggedRing = corner.get().ring();
            selectedCorner = corner.get().insert() ? -1 : corner.get().index();
            selectedRing = corner.get().ring();
            event.consume();
            tools.sketch().redraw();
            return;
        }
        if (mayReshape && radiusHandleAt(event.getX(), event.getY())) {
            gesture = Gesture.RADIUS;
            event.consume();
            return;
        }
        Optional<FeatureHit> hit = tools.hitAt(event.getX(), event.getY());
        if (hit.isPresent()) {
            OpenedLayout owner = tools.layouts().get(hit.get().layoutIndex());
            boolean selected = owner == layout && layout.selection().contains(hit.get().feature());
            if (selected && !event.isShiftDown() && layout.mayChange(layout.selectedFeatures())) {
                gesture = Gesture.MOVE;
                event.consume();
            } else {
                // A click selects it; a drag from it pans the map, as from anywhere else.
                clickTarget = hit.get();
            }
        } else if (event.isShiftDown() && layout != null) {
            gesture = Gesture.BOX;
            event.consume();
        }
    }

    @Override
    public void dragged(MouseEvent event) {
        if (gesture == Gesture.NONE) {
            return;
        }
        event.consume();
        if (!dragged && Math.hypot(event.getX() - pressX, event.getY() - pressY) < DRAG_THRESHOLD_PIXELS) {
            return;
        }
        dragged = true;
        OpenedLayout layout = tools.active();
        switch (gesture) {
            case MOVE -> {
                Set<LayoutFeature> moving = layout.selectedFeatureSet();
                pointer = moving.size() == 1 && moving.iterator().next().geometry().orElse(null) instanceof Point
                        ? tools.snapped(event.getX(), event.getY(), moving)
                        : tools.positionAt(event.getX(), event.getY());
                List<Geometry> ghosts = new ArrayList<>();
                for (LayoutFeature feature : layout.selectedFeatures()) {
                    GeodesicShift.shift(feature, pressPosition, pointer).geometry().ifPresent(ghosts::add);
                }
                preview = GEOMETRY.buildGeometry(ghosts);
            }
            case CORNER, INSERT_CORNER -> {
                pointer = tools.snapped(event.getX(), event.getY(), layout.selectedFeatureSet());
                preview = cornerEdited(pointer, gesture == Gesture.INSERT_CORNER).orElse(null);
            }
            case RADIUS -> {
                pointer = tools.positionAt(event.getX(), event.getY());
                preview = selectedCircle().map(c -> (Geometry) GeodesicCircle.polygon(c.centre(),
                        GeodesicDistance.metres(c.centre(), pointer), GeodesicCircle.DEFAULT_VERTEX_COUNT))
                        .orElse(null);
            }
            case BOX -> pointer = tools.positionAt(event.getX(), event.getY());
            default -> {
            }
        }
        tools.sketch().redraw();
    }

    @Override
    public void released(MouseEvent event) {
        if (gesture == Gesture.NONE) {
            return;
        }
        event.consume();
        Gesture finished = gesture;
        gesture = Gesture.NONE;
        preview = null;
        if (dragged) {
            finish(finished, event.isShiftDown());
        }
        tools.forgetSnapTarget();
        tools.sketch().redraw();
    }

    private void finish(Gesture finished, boolean shift) {
        OpenedLayout layout = tools.active();
        try {
            switch (finished) {
                case MOVE -> {
                    if (!pressPosition.equals(pointer)) {
                        FeatureEdits.moveSelection(layout, pressPosition, pointer);
                    }
                }
                case CORNER, INSERT_CORNER -> {
                    Optional<Polygon> edited = cornerEdited(pointer, finished == Gesture.INSERT_CORNER);
                    if (edited.isPresent()) {
                        LayoutFeature zone = layout.selectedFeatures().get(0);
                        FeatureEdits.replace(layout, zone, zone.withGeometry(edited.get()),
                                finished == Gesture.CORNER ? "Move corner of" : "Add corner to");
                        selectedCorner = finished == Gesture.CORNER ? draggedCorner : draggedCorner + 1;
                        selectedRing = draggedRing;
                    }
                }
                case RADIUS -> selectedCircle().ifPresent(c -> {
                    LayoutFeature circle = layout.selectedFeatures().get(0);
                    FeatureEdits.replace(layout, circle, CircleZone.withCircle(circle, c.centre(),
                            GeodesicDistance.metres(c.centre(), pointer)), "Resize");
                });
                case BOX -> selectInBox(shift);
                default -> {
                }
            }
        } catch (IllegalArgumentException e) {
            tools.say(e.getMessage());
        }
    }

    @Override
    public void clicked(MouseEvent event) {
        OpenedLayout layout = tools.active();
        if (clickTarget != null) {
            FeatureHit hit = clickTarget;
            clickTarget = null;
            OpenedLayout owner = tools.layouts().get(hit.layoutIndex());
            if (owner != layout) {
                tools.activate(owner);
                owner.select(Selection.of(hit.feature()));
            } else if (event.isShiftDown()) {
                layout.select(layout.selection().toggled(hit.feature()));
            } else {
                layout.select(Selection.of(hit.feature()));
                selectedCorner = -1;
            }
            event.consume();
        } else if (event.getClickCount() == 1 && layout != null && !event.isConsumed() && !event.isShiftDown()
                && tools.hitAt(event.getX(), event.getY()).isEmpty()
                && cornerAt(event.getX(), event.getY()).isEmpty()) {
            layout.select(Selection.none());
            selectedCorner = -1;
        }
        tools.sketch().redraw();
    }

    @Override
    public void keyPressed(KeyEvent event) {
        OpenedLayout layout = tools.active();
        switch (event.getCode()) {
            case ESCAPE -> {
                if (layout != null && !layout.selection().isEmpty()) {
                    layout.select(Selection.none());
                    selectedCorner = -1;
                    event.consume();
                }
            }
            case BACK_SPACE, DELETE -> {
                if (selectedCorner >= 0 && selectedZone().isPresent()) {
                    deleteSelectedCorner();
                    event.consume();
                }
            }
            case UP, DOWN, LEFT, RIGHT -> {
                if (layout != null && !layout.selection().isEmpty()) {
                    nudge(layout, event.getCode(), event.isShiftDown());
                    event.consume();
                }
            }
            default -> {
            }
        }
    }

    private void nudge(OpenedLayout layout, KeyCode code, boolean far) {
        double azimuth = switch (code) {
            case UP -> 0;
            case RIGHT -> 90;
            case DOWN -> 180;
            default -> 270;
        };
        MapViewport view = tools.map().getViewport();
        double metres = WebMercator.metresPerPixel(view.centerLat(), view.zoom()) * NUDGE_PIXELS * (far ? 10 : 1);
        FeatureEdits.nudgeSelection(layout, azimuth, metres);
    }

    private void selectInBox(boolean adding) {
        MapViewport view = tools.map().getViewport();
        Envelope box = new Envelope(ToolContext.worldX(view.lonAt(pressX)), ToolContext.worldX(pointer.lonDegrees()),
                ToolContext.worldY(view.latAt(pressY)), ToolContext.worldY(pointer.latDegrees()));
        OpenedLayout layout = tools.active();
        int layoutIndex = tools.layouts().indexOf(layout);
        List<LayoutFeature> inside = new ArrayList<>();
        for (FeatureHit hit : tools.map().currentMarks().within(box, view.zoom())) {
            if (hit.layoutIndex() == layoutIndex) {
                inside.add(hit.feature());
            }
        }
        Selection found = Selection.of(inside);
        layout.select(adding ? layout.selection().union(found) : found);
    }

    /** Deletes the selected corner; a hole's last three go with the hole. */
    private void deleteSelectedCorner() {
        OpenedLayout layout = tools.active();
        Polygon zone = selectedZone().orElseThrow();
        boolean lastOfRing = PolygonVertices.corners(zone, selectedRing).size() <= PolygonVertices.MIN_CORNERS;
        if (lastOfRing && selectedRing == 0) {
            tools.say("A zone keeps at least three corners; delete the zone instead");
            return;
        }
        LayoutFeature feature = layout.selectedFeatures().get(0);
        FeatureEdits.replace(layout, feature, feature.withGeometry(PolygonVertices.removed(zone, selectedRing,
                selectedCorner)), lastOfRing ? "Delete hole of" : "Delete corner of");
        selectedCorner = -1;
    }

    /** A corner handle (or, when {@code insert}, the handle after it halfway along its edge) of a ring. */
    private record Corner(int ring, int index, boolean insert, GeoPosition at) {
    }

    /** The corner handle, or the handle halfway along an edge, of the single selected polygon zone at a point. */
    private Optional<Corner> cornerAt(double x, double y) {
        Optional<Polygon> zone = selectedZone();
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        SketchLayer sketch = tools.sketch();
        for (Corner corner : handles(zone.get())) {
            if (Math.hypot(sketch.x(corner.at()) - x, sketch.y(corner.at()) - y) <= ToolContext.PICK_PIXELS + 2) {
                return Optional.of(corner);
            }
        }
        return Optional.empty();
    }

    /** The handles of every ring of a zone, outline and holes: corners first, then edges' midpoints. */
    private static List<Corner> handles(Polygon zone) {
        List<Corner> handles = new ArrayList<>();
        for (int ring = 0; ring < PolygonVertices.rings(zone); ring++) {
            List<Coordinate> corners = PolygonVertices.corners(zone, ring);
            for (int i = 0; i < corners.size(); i++) {
                Coordinate c = corners.get(i);
                handles.add(new Corner(ring, i, false, new GeoPosition(c.x, c.y)));
            }
        }
        for (int ring = 0; ring < PolygonVertices.rings(zone); ring++) {
            List<Coordinate> corners = PolygonVertices.corners(zone, ring);
            for (int i = 0; i < corners.size(); i++) {
                Coordinate a = corners.get(i);
                Coordinate b = corners.get((i + 1) % corners.size());
                handles.add(new Corner(ring, i, true, new GeoPosition((a.x + b.x) / 2, (a.y + b.y) / 2)));
            }
        }
        return handles;
    }

    /** The single selected feature, when one is. */
    private Optional<LayoutFeature> soleSelected() {
        OpenedLayout layout = tools.active();
        if (layout == null || layout.selection().size() != 1 || layout.selectedFeatures().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(layout.selectedFeatures().get(0));
    }

    /** The outline of the single selected zone when it is a polygon, not a circle: the one whose corners edit. */
    private Optional<Polygon> selectedZone() {
        return soleSelected().filter(f -> CircleZone.of(f).isEmpty())
                .flatMap(f -> f.geometry().filter(Polygon.class::isInstance).map(Polygon.class::cast));
    }

    private Optional<CircleZone.Circle> selectedCircle() {
        return soleSelected().flatMap(CircleZone::of);
    }

    /** The handle on a selected circle's edge due east of its centre, which sets the radius. */
    private Optional<GeoPosition> radiusHandle() {
        return selectedCircle().map(c -> GeodesicShift.moved(c.centre(), 90, c.radiusMetres()));
    }

    private boolean radiusHandleAt(double x, double y) {
        SketchLayer sketch = tools.sketch();
        return radiusHandle().map(h -> Math.hypot(sketch.x(h) - x, sketch.y(h) - y) <= ToolContext.PICK_PIXELS + 2)
                .orElse(false);
    }

    /** The selected zone with the dragged corner at {@code to}, or a new corner there when inserting. */
    private Optional<Polygon> cornerEdited(GeoPosition to, boolean insert) {
        Optional<Polygon> zone = selectedZone();
        if (zone.isEmpty() || to == null) {
            return Optional.empty();
        }
        Coordinate at = new Coordinate(to.lonDegrees(), to.latDegrees());
        return Optional.of(insert ? PolygonVertices.inserted(zone.get(), draggedRing, draggedCorner, at)
                : PolygonVertices.moved(zone.get(), draggedRing, draggedCorner, at));
    }

    /** Why the single selected zone's outline is invalid, and where, when it is. */
    private Optional<String> selectedInvalidity() {
        return soleSelected().flatMap(ZoneValidity::problemOf)
                .map(p -> "Invalid outline: " + p.describe() + "; drag a corner to fix it");
    }

    @Override
    public void paint(SketchLayer sketch) {
        selectedZone().ifPresent(zone -> {
            for (Corner handle : handles(zone)) {
                if (handle.insert()) {
                    sketch.midpoint(handle.at());
                } else {
                    sketch.handle(handle.at(), handle.ring() == selectedRing && handle.index() == selectedCorner);
                }
            }
        });
        radiusHandle().ifPresent(h -> sketch.handle(h, false));
        if (preview != null) {
            sketch.outline(preview);
        }
        if (gesture == Gesture.BOX && dragged) {
            sketch.box(pressX, pressY, sketch.x(pointer), sketch.y(pointer));
        }
        if (gesture != Gesture.NONE && tools.snapTarget() != null) {
            sketch.snapTarget(tools.snapTarget());
        }
    }
}
