package org.hubmap.ui.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.hubmap.geo.CircleZone;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeodesicArea;
import org.hubmap.geo.GeodesicCircle;
import org.hubmap.geo.GeodesicDistance;
import org.hubmap.geo.GeodesicShift;
import org.hubmap.geo.WebMercator;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.ZoneValidity;
import org.hubmap.render.FeatureHit;
import org.hubmap.render.FeatureMarks;
import org.hubmap.render.MapViewport;
import org.hubmap.ui.map.MapPane;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The map tools: picks features under the pointer, draws new ones and moves or reshapes selected ones, turning each
 * finished gesture into one edit of the active layout. Listens to the map's mouse and key events before the map
 * does and takes only those it acts on, so that dragging empty map still pans it.
 *
 * <p>Every position comes from the pointer's place on the map and every measure is geodesic on WGS84: a drag moves
 * features along the geodesic the pointer travelled, and a circle's radius is the geodesic distance from its centre.
 */
public final class MapEditor {
    /** How near, in screen pixels, the pointer must come to a symbol, line, corner or snap target. */
    static final double PICK_PIXELS = 6;
    static final double SNAP_PIXELS = 10;
    /** A press that moves less than this many pixels before release is a click. */
    private static final double DRAG_THRESHOLD_PIXELS = 3;
    /** Arrow keys move the selection this many screen pixels' worth of ground; with Shift ten times as far. */
    private static final double NUDGE_PIXELS = 1;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final MapPane map;
    private final ObservableList<OpenedLayout> layouts;
    private final ObjectProperty<OpenedLayout> active;
    private final Supplier<OpenedLayout> newLayout;
    private final ObjectProperty<MapTool> tool = new SimpleObjectProperty<>(this, "tool", MapTool.SELECT);
    private final BooleanProperty snapping = new SimpleBooleanProperty(this, "snapping", true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", MapTool.SELECT.hint());
    private final TextField radiusField = new TextField();
    private final SketchLayer sketch = new SketchLayer();

    /** The pointer's last place on the map, snapped when snapping applies; null when it is off the map. */
    private GeoPosition pointer;
    private GeoPosition snapTarget;
    private double pressX;
    private double pressY;
    private GeoPosition pressPosition;
    private Gesture gesture = Gesture.NONE;
    private boolean dragged;
    /** The feature under the press when Shift was held: toggled on release unless dragged. */
    private int toggleOnRelease = -1;
    private final List<GeoPosition> drawn = new ArrayList<>();
    private boolean measureDone;
    private GeoPosition circleCentre;
    /** The corner of the single selected polygon zone that the corner keys act on, or -1; and its ring. */
    private int selectedCorner = -1;
    private int selectedRing;
    private int draggedCorner = -1;
    private int draggedRing;
    private Geometry preview;

    private enum Gesture { NONE, MOVE, BOX, CORNER, INSERT_CORNER, RADIUS, CIRCLE }

    /**
     * @param layouts the open layouts, in the order the map draws them
     * @param active the layout edits go to
     * @param newLayout makes, adds and selects a new layout, for drawing when none is open
     */
    public MapEditor(MapPane map, ObservableList<OpenedLayout> layouts, ObjectProperty<OpenedLayout> active,
            Supplier<OpenedLayout> newLayout) {
        this.map = map;
        this.newLayout = newLayout;
        this.layouts = layouts;
        this.active = active;
        map.addEditLayer(sketch);
        sketch.setPainter(layer -> paint());
        map.viewportProperty().addListener((o, before, now) -> sketch.setView(now));
        sketch.setView(map.getViewport());
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        map.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        map.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        map.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        map.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        tool.addListener((o, before, now) -> {
            cancelSketch();
            showHint();
        });
        active.addListener((o, before, now) -> {
            selectedCorner = -1;
            cancelSketch();
        });
        layouts.addListener((javafx.collections.ListChangeListener<OpenedLayout>) change -> {
            selectedCorner = selectedZone().isPresent() ? selectedCorner : -1;
            showHint();
            sketch.redraw();
        });
        radiusField.setId("circle-radius");
        radiusField.setPromptText("radius km");
        radiusField.setPrefColumnCount(7);
        radiusField.setVisible(false);
        radiusField.setOnAction(e -> finishCircleFromField());
        radiusField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelSketch();
                map.requestFocus();
                e.consume();
            }
        });
    }

    /** The tool in use. */
    public ObjectProperty<MapTool> toolProperty() {
        return tool;
    }

    /** Whether drawn and moved positions snap to nearby corners and points. */
    public BooleanProperty snappingProperty() {
        return snapping;
    }

    /** What the tool expects next, or what it measured, for the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The field in which a circle's radius is typed, shown once its centre is placed. */
    public TextField radiusField() {
        return radiusField;
    }

    // ---- mouse ------------------------------------------------------------------------------------------------

    private void pressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = event.getX();
        pressY = event.getY();
        dragged = false;
        toggleOnRelease = -1;
        pointer = positionAt(event.getX(), event.getY());
        pressPosition = pointer;
        switch (tool.get()) {
            case SELECT -> pressToSelect(event);
            case DRAW_CIRCLE -> {
                if (circleCentre == null) {
                    circleCentre = snapped(event.getX(), event.getY(), Set.of());
                    gesture = Gesture.CIRCLE;
                    event.consume();
                }
            }
            default -> {
                // Other tools act on click; a drag still pans the map.
            }
        }
    }

    private void pressToSelect(MouseEvent event) {
        OpenedLayout layout = active.get();
        Optional<Corner> corner = cornerAt(event.getX(), event.getY());
        if (corner.isPresent()) {
            gesture = corner.get().insert() ? Gesture.INSERT_CORNER : Gesture.CORNER;
            draggedCorner = corner.get().index();
            draggedRing = corner.get().ring();
            selectedCorner = corner.get().insert() ? -1 : corner.get().index();
            selectedRing = corner.get().ring();
            event.consume();
            sketch.redraw();
            return;
        }
        if (radiusHandleAt(event.getX(), event.getY())) {
            gesture = Gesture.RADIUS;
            event.consume();
            return;
        }
        Optional<FeatureHit> hit = hitAt(event.getX(), event.getY());
        if (hit.isPresent()) {
            OpenedLayout owner = layouts.get(hit.get().layoutIndex());
            if (owner != layout) {
                active.set(owner);
                owner.selectionProperty().set(FeatureSelection.of(hit.get().featureIndex()));
            } else if (event.isShiftDown()) {
                toggleOnRelease = hit.get().featureIndex();
            } else if (!layout.selectionProperty().get().contains(hit.get().featureIndex())) {
                layout.selectionProperty().set(FeatureSelection.of(hit.get().featureIndex()));
                selectedCorner = -1;
            }
            gesture = event.isShiftDown() ? Gesture.NONE : Gesture.MOVE;
            event.consume();
        } else if (event.isShiftDown() && layout != null) {
            gesture = Gesture.BOX;
            event.consume();
        }
    }

    private void dragged(MouseEvent event) {
        if (gesture == Gesture.NONE) {
            return;
        }
        event.consume();
        if (!dragged && Math.hypot(event.getX() - pressX, event.getY() - pressY) < DRAG_THRESHOLD_PIXELS) {
            return;
        }
        dragged = true;
        OpenedLayout layout = active.get();
        switch (gesture) {
            case MOVE -> {
                Set<LayoutFeature> moving = layout.selectedFeatureSet();
                pointer = moving.size() == 1 && moving.iterator().next().geometry().orElse(null)
                        instanceof org.locationtech.jts.geom.Point
                        ? snapped(event.getX(), event.getY(), moving) : positionAt(event.getX(), event.getY());
                List<Geometry> ghosts = new ArrayList<>();
                for (LayoutFeature feature : layout.selectedFeatures()) {
                    GeodesicShift.shift(feature, pressPosition, pointer).geometry().ifPresent(ghosts::add);
                }
                preview = GEOMETRY.buildGeometry(ghosts);
            }
            case CORNER, INSERT_CORNER -> {
                pointer = snapped(event.getX(), event.getY(), layout.selectedFeatureSet());
                preview = cornerEdited(pointer, gesture == Gesture.INSERT_CORNER).orElse(null);
            }
            case RADIUS -> {
                pointer = positionAt(event.getX(), event.getY());
                preview = selectedCircle().map(c -> (Geometry) GeodesicCircle.polygon(c.centre(),
                        radiusTo(c.centre(), pointer), GeodesicCircle.DEFAULT_VERTEX_COUNT)).orElse(null);
            }
            case CIRCLE -> pointer = snapped(event.getX(), event.getY(), Set.of());
            case BOX -> pointer = positionAt(event.getX(), event.getY());
            default -> {
            }
        }
        sketch.redraw();
    }

    private void released(MouseEvent event) {
        if (gesture == Gesture.NONE || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        event.consume();
        Gesture finished = gesture;
        gesture = Gesture.NONE;
        preview = null;
        OpenedLayout layout = active.get();
        if (!dragged) {
            if (finished == Gesture.CIRCLE) {
                askForRadius();
            }
            sketch.redraw();
            return;
        }
        try {
            switch (finished) {
                case MOVE -> {
                    if (!pressPosition.equals(pointer)) {
                        FeatureEdits.moveSelection(layout, pressPosition, pointer);
                    }
                }
                case CORNER, INSERT_CORNER -> {
                    Optional<Polygon> edited = cornerEdited(pointer, finished == Gesture.INSERT_CORNER);
                    int index = layout.selectionProperty().get().indexes()[0];
                    if (edited.isPresent()) {
                        FeatureEdits.replace(layout, index,
                                layout.layout().features().get(index).withGeometry(edited.get()),
                                finished == Gesture.CORNER ? "Move corner of" : "Add corner to");
                        selectedCorner = finished == Gesture.CORNER ? draggedCorner : draggedCorner + 1;
                        selectedRing = draggedRing;
                    }
                }
                case RADIUS -> selectedCircle().ifPresent(c -> {
                    int index = layout.selectionProperty().get().indexes()[0];
                    FeatureEdits.replace(layout, index, CircleZone.withCircle(layout.layout().features().get(index),
                            c.centre(), radiusTo(c.centre(), pointer)), "Resize");
                });
                case CIRCLE -> {
                    finishCircle(radiusTo(circleCentre, pointer));
                }
                case BOX -> selectInBox(event.isShiftDown());
                default -> {
                }
            }
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
        }
        sketch.redraw();
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
            return;
        }
        OpenedLayout layout = active.get();
        switch (tool.get()) {
            case SELECT -> {
                if (toggleOnRelease >= 0 && layout != null) {
                    layout.selectionProperty().set(layout.selectionProperty().get().toggled(toggleOnRelease));
                    toggleOnRelease = -1;
                    event.consume();
                } else if (event.getClickCount() == 1 && layout != null && !event.isConsumed()
                        && hitAt(event.getX(), event.getY()).isEmpty() && cornerAt(event.getX(), event.getY()).isEmpty()
                        && !event.isShiftDown()) {
                    layout.selectionProperty().set(FeatureSelection.none());
                    selectedCorner = -1;
                }
            }
            case ADD_HUB, ADD_DEPOT -> {
                event.consume();
                OpenedLayout target = layoutToEdit();
                FeatureEdits.addPoint(target, tool.get() == MapTool.ADD_HUB ? FeatureKind.HUB : FeatureKind.DEPOT,
                        snapped(event.getX(), event.getY(), Set.of()));
            }
            case DRAW_POLYGON -> {
                event.consume();
                if (isSecondClickOnLastPoint(event)) {
                    finishPolygon();
                } else {
                    drawn.add(snapped(event.getX(), event.getY(), Set.of()));
                }
            }
            case MEASURE -> {
                event.consume();
                if (measureDone) {
                    drawn.clear();
                    measureDone = false;
                }
                if (isSecondClickOnLastPoint(event)) {
                    measureDone = true;
                } else {
                    drawn.add(snapped(event.getX(), event.getY(), Set.of()));
                }
                showMeasure();
            }
            case DRAW_CIRCLE -> {
                event.consume();
                if (circleCentre != null && gesture == Gesture.NONE && radiusField.isVisible()
                        && !positionAt(event.getX(), event.getY()).equals(circleCentre)) {
                    finishCircle(radiusTo(circleCentre, positionAt(event.getX(), event.getY())));
                }
            }
            default -> {
            }
        }
        sketch.redraw();
    }

    /**
     * Whether a click finishes a path: the second click of a double-click, on the point the first one placed. Quick
     * clicks at different places each add a point.
     */
    private boolean isSecondClickOnLastPoint(MouseEvent event) {
        if (event.getClickCount() < 2 || drawn.isEmpty()) {
            return false;
        }
        GeoPosition last = drawn.get(drawn.size() - 1);
        return Math.hypot(sketch.x(last) - event.getX(), sketch.y(last) - event.getY()) <= PICK_PIXELS;
    }

    private void moved(MouseEvent event) {
        pointer = usesSnapping() ? snapped(event.getX(), event.getY(), Set.of()) : positionAt(event.getX(),
                event.getY());
        if (tool.get() == MapTool.MEASURE && !measureDone) {
            showMeasure();
        }
        if (tool.get() != MapTool.SELECT || snapTarget != null) {
            sketch.redraw();
        }
    }

    // ---- keys -------------------------------------------------------------------------------------------------

    private void keyPressed(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        KeyCode code = event.getCode();
        for (MapTool each : MapTool.values()) {
            if (each.key() == code && !event.isShiftDown()) {
                tool.set(each);
                event.consume();
                return;
            }
        }
        OpenedLayout layout = active.get();
        switch (code) {
            case ESCAPE -> {
                if (hasSketch()) {
                    cancelSketch();
                } else if (tool.get() != MapTool.SELECT) {
                    tool.set(MapTool.SELECT);
                } else if (layout != null) {
                    layout.selectionProperty().set(FeatureSelection.none());
                    selectedCorner = -1;
                }
                event.consume();
            }
            case ENTER -> {
                if (tool.get() == MapTool.DRAW_POLYGON) {
                    finishPolygon();
                    event.consume();
                } else if (tool.get() == MapTool.MEASURE) {
                    measureDone = true;
                    showMeasure();
                    event.consume();
                }
            }
            case BACK_SPACE, DELETE -> {
                if ((tool.get() == MapTool.DRAW_POLYGON || tool.get() == MapTool.MEASURE) && !drawn.isEmpty()) {
                    drawn.remove(drawn.size() - 1);
                    showMeasureIfMeasuring();
                    event.consume();
                } else if (selectedCorner >= 0 && selectedZone().isPresent()) {
                    deleteSelectedCorner();
                    event.consume();
                }
            }
            case UP, DOWN, LEFT, RIGHT -> {
                if (layout != null && !layout.selectionProperty().get().isEmpty()) {
                    double azimuth = switch (code) {
                        case UP -> 0;
                        case RIGHT -> 90;
                        case DOWN -> 180;
                        default -> 270;
                    };
                    MapViewport view = map.getViewport();
                    double metres = WebMercator.metresPerPixel(view.centerLat(), view.zoom()) * NUDGE_PIXELS
                            * (event.isShiftDown() ? 10 : 1);
                    FeatureEdits.nudgeSelection(layout, azimuth, metres);
                    event.consume();
                }
            }
            default -> {
            }
        }
        sketch.redraw();
    }

    // ---- finishing gestures ------------------------------------------------------------------------------------

    private void finishPolygon() {
        if (drawn.size() >= PolygonVertices.MIN_CORNERS) {
            OpenedLayout target = layoutToEdit();
            FeatureEdits.addPolygonZone(target, List.copyOf(drawn));
            drawn.clear();
            tool.set(MapTool.SELECT);
        } else {
            status.set("A zone needs at least three corners; click " + (3 - drawn.size()) + " more, or Esc");
        }
    }

    private void askForRadius() {
        radiusField.clear();
        radiusField.setVisible(true);
        radiusField.requestFocus();
        status.set("Type the radius in km and press Enter, or click the map at the radius");
    }

    private void finishCircleFromField() {
        String text = radiusField.getText().trim().toLowerCase(Locale.ROOT).replace("km", "").replace(',', '.').trim();
        double km;
        try {
            km = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            status.set("\"" + radiusField.getText() + "\" is not a radius; type kilometres, such as 25 or 7.5");
            return;
        }
        if (!(km > 0 && km * 1000 <= GeodesicCircle.MAX_RADIUS_METRES)) {
            status.set("The radius must be more than 0 and at most 1000 km");
            return;
        }
        finishCircle(km * 1000);
        map.requestFocus();
    }

    private void finishCircle(double radiusMetres) {
        if (circleCentre == null || !(radiusMetres > 0)) {
            return;
        }
        try {
            FeatureEdits.addCircleZone(layoutToEdit(), circleCentre, radiusMetres);
            cancelSketch();
            tool.set(MapTool.SELECT);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
        }
    }

    private void selectInBox(boolean adding) {
        MapViewport view = map.getViewport();
        Envelope box = new Envelope(world(view.lonAt(pressX)), world(pointer.lonDegrees()),
                worldY(view.latAt(pressY)), worldY(pointer.latDegrees()));
        OpenedLayout layout = active.get();
        int layoutIndex = layouts.indexOf(layout);
        List<Integer> inside = new ArrayList<>();
        for (FeatureHit hit : map.currentMarks().within(box, view.zoom())) {
            if (hit.layoutIndex() == layoutIndex) {
                inside.add(hit.featureIndex());
            }
        }
        FeatureSelection found = FeatureSelection.of(inside);
        layout.selectionProperty().set(adding ? layout.selectionProperty().get().union(found) : found);
    }

    /** Deletes the selected corner; a hole's last three go with the hole. */
    private void deleteSelectedCorner() {
        OpenedLayout layout = active.get();
        Polygon zone = selectedZone().orElseThrow();
        boolean lastOfRing = PolygonVertices.corners(zone, selectedRing).size() <= PolygonVertices.MIN_CORNERS;
        if (lastOfRing && selectedRing == 0) {
            status.set("A zone keeps at least three corners; delete the zone instead");
            return;
        }
        int index = layout.selectionProperty().get().indexes()[0];
        FeatureEdits.replace(layout, index, layout.layout().features().get(index)
                .withGeometry(PolygonVertices.removed(zone, selectedRing, selectedCorner)),
                lastOfRing ? "Delete hole of" : "Delete corner of");
        selectedCorner = -1;
    }

    // ---- what is under the pointer ----------------------------------------------------------------------------

    /** A corner handle (or, when {@code insert}, the handle after it halfway along its edge) of a ring. */
    private record Corner(int ring, int index, boolean insert, GeoPosition at) {
    }

    /** The corner handle, or the handle halfway along an edge, of the single selected polygon zone at a point. */
    private Optional<Corner> cornerAt(double x, double y) {
        Optional<Polygon> zone = selectedZone();
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        List<Corner> corners = handles(zone.get());
        for (Corner corner : corners) {
            if (Math.hypot(sketch.x(corner.at()) - x, sketch.y(corner.at()) - y) <= PICK_PIXELS + 2) {
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

    /** The outline of the single selected zone when it is a polygon, not a circle: the one whose corners edit. */
    private Optional<Polygon> selectedZone() {
        OpenedLayout layout = active.get();
        if (layout == null || layout.selectionProperty().get().size() != 1) {
            return Optional.empty();
        }
        List<LayoutFeature> selected = layout.selectedFeatures();
        if (selected.isEmpty() || CircleZone.of(selected.get(0)).isPresent()) {
            return Optional.empty();
        }
        return selected.get(0).geometry().filter(Polygon.class::isInstance).map(Polygon.class::cast);
    }

    private Optional<CircleZone.Circle> selectedCircle() {
        OpenedLayout layout = active.get();
        if (layout == null || layout.selectionProperty().get().size() != 1 || layout.selectedFeatures().isEmpty()) {
            return Optional.empty();
        }
        return CircleZone.of(layout.selectedFeatures().get(0));
    }

    /** The handle on a selected circle's edge due east of its centre, which sets the radius. */
    private Optional<GeoPosition> radiusHandle() {
        return selectedCircle().map(c -> GeodesicShift.moved(c.centre(), 90, c.radiusMetres()));
    }

    private boolean radiusHandleAt(double x, double y) {
        return radiusHandle().map(h -> Math.hypot(sketch.x(h) - x, sketch.y(h) - y) <= PICK_PIXELS + 2)
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

    private Optional<FeatureHit> hitAt(double x, double y) {
        MapViewport view = map.getViewport();
        if (view == null) {
            return Optional.empty();
        }
        return map.currentMarks().hitTest(world(view.lonAt(x)), worldY(view.latAt(y)), view.zoom(), PICK_PIXELS);
    }

    private GeoPosition positionAt(double x, double y) {
        MapViewport view = map.getViewport();
        double lon = Math.max(-180, Math.min(180, view.lonAt(x)));
        double lat = Math.max(-WebMercator.MAX_LATITUDE, Math.min(WebMercator.MAX_LATITUDE, view.latAt(y)));
        return new GeoPosition(lon, lat);
    }

    /**
     * The position at a screen point, or, with snapping on, the nearest corner or point of another feature within
     * {@link #SNAP_PIXELS}, exactly as that feature stores it.
     */
    private GeoPosition snapped(double x, double y, Set<LayoutFeature> ignored) {
        GeoPosition at = positionAt(x, y);
        snapTarget = null;
        if (!snapping.get()) {
            return at;
        }
        MapViewport view = map.getViewport();
        double worldPerPixel = 1 / (WebMercator.worldSizePixels(view.zoom()) / WebMercator.TILE_SIZE);
        Set<LayoutFeature> skip = Collections.newSetFromMap(new IdentityHashMap<>());
        skip.addAll(ignored);
        Optional<Coordinate> target = map.currentMarks().nearestVertex(world(at.lonDegrees()), worldY(at.latDegrees()),
                SNAP_PIXELS * worldPerPixel, skip);
        if (target.isPresent()) {
            snapTarget = new GeoPosition(target.get().x, target.get().y);
            return snapTarget;
        }
        return at;
    }

    private boolean usesSnapping() {
        return tool.get() != MapTool.SELECT && snapping.get();
    }

    private static double world(double lon) {
        return WebMercator.lonToPixelX(lon, 0);
    }

    private static double worldY(double lat) {
        return WebMercator.latToPixelY(lat, 0);
    }

    private static double radiusTo(GeoPosition centre, GeoPosition edge) {
        return GeodesicDistance.metres(centre, edge);
    }

    /** The active layout, or a new one when none is open, so that drawing on an empty window just works. */
    private OpenedLayout layoutToEdit() {
        return active.get() != null ? active.get() : newLayout.get();
    }

    // ---- sketch -----------------------------------------------------------------------------------------------

    private boolean hasSketch() {
        return !drawn.isEmpty() || circleCentre != null || gesture != Gesture.NONE;
    }

    private void cancelSketch() {
        drawn.clear();
        measureDone = false;
        circleCentre = null;
        gesture = Gesture.NONE;
        preview = null;
        radiusField.setVisible(false);
        showHint();
        sketch.redraw();
    }

    private void showHint() {
        Optional<String> invalid = selectedInvalidity();
        status.set(invalid.orElse(tool.get().hint()));
    }

    /** Why the single selected zone's outline is invalid, and where, when it is. */
    private Optional<String> selectedInvalidity() {
        OpenedLayout layout = active.get();
        if (layout == null || layout.selectionProperty().get().size() != 1 || layout.selectedFeatures().isEmpty()) {
            return Optional.empty();
        }
        return ZoneValidity.problemOf(layout.selectedFeatures().get(0))
                .map(p -> "Invalid outline: " + p.describe() + "; drag a corner to fix it");
    }

    private void showMeasureIfMeasuring() {
        if (tool.get() == MapTool.MEASURE) {
            showMeasure();
        }
    }

    private void showMeasure() {
        status.set(measureText().orElse(MapTool.MEASURE.hint()));
    }

    /** The measured path's geodesic length and, for three or more points, the enclosed geodesic area. */
    private Optional<String> measureText() {
        List<GeoPosition> path = measuredPath();
        if (path.size() < 2) {
            return Optional.empty();
        }
        String text = String.format(Locale.ROOT, "Distance %.2f km", GeodesicDistance.pathMetres(path) / 1000);
        if (path.size() >= 3) {
            Coordinate[] ring = new Coordinate[path.size() + 1];
            for (int i = 0; i < path.size(); i++) {
                ring[i] = new Coordinate(path.get(i).lonDegrees(), path.get(i).latDegrees());
            }
            ring[path.size()] = ring[0].copy();
            Polygon area = GEOMETRY.createPolygon(ring);
            if (area.isValid()) {
                text += String.format(Locale.ROOT, " · area %.2f km²", GeodesicArea.squareMetres(area) / 1e6);
            }
        }
        return Optional.of(text);
    }

    private List<GeoPosition> measuredPath() {
        List<GeoPosition> path = new ArrayList<>(drawn);
        if (!measureDone && pointer != null && !path.isEmpty()) {
            path.add(pointer);
        }
        return path;
    }

    private void paint() {
        OpenedLayout layout = active.get();
        if (tool.get() == MapTool.SELECT && layout != null) {
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
        }
        if (preview != null) {
            sketch.outline(preview);
        }
        if (gesture == Gesture.BOX && dragged) {
            sketch.box(pressX, pressY, sketch.x(pointer), sketch.y(pointer));
        }
        if (tool.get() == MapTool.DRAW_POLYGON && !drawn.isEmpty()) {
            List<GeoPosition> path = new ArrayList<>(drawn);
            if (pointer != null) {
                path.add(pointer);
            }
            sketch.path(path, path.size() >= 3, true);
            drawn.forEach(p -> sketch.handle(p, false));
        }
        if (tool.get() == MapTool.DRAW_CIRCLE && circleCentre != null) {
            sketch.handle(circleCentre, true);
            if (pointer != null && !pointer.equals(circleCentre)) {
                double radius = radiusTo(circleCentre, pointer);
                if (radius > 0 && radius <= GeodesicCircle.MAX_RADIUS_METRES) {
                    sketch.outline(GeodesicCircle.polygon(circleCentre, radius, GeodesicCircle.DEFAULT_VERTEX_COUNT));
                    sketch.text(String.format(Locale.ROOT, "%.2f km", radius / 1000), sketch.x(pointer) + 14,
                            sketch.y(pointer));
                }
            }
        }
        if (tool.get() == MapTool.MEASURE) {
            List<GeoPosition> path = measuredPath();
            if (!path.isEmpty()) {
                sketch.path(path, false, false);
                drawn.forEach(p -> sketch.handle(p, false));
                GeoPosition last = path.get(path.size() - 1);
                measureText().ifPresent(text -> sketch.text(text, sketch.x(last) + 14, sketch.y(last)));
            }
        }
        if (snapTarget != null && (tool.get() != MapTool.SELECT || gesture != Gesture.NONE)) {
            sketch.snapTarget(snapTarget);
        }
    }
}
