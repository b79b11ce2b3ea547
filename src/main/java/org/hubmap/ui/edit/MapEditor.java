package org.hubmap.ui.edit;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.hubmap.render.FeatureHit;
import org.hubmap.ui.map.MapPane;

/**
 * The map's tools: hands the map's mouse and key events to the tool in use ({@link MapMode}) before the map pans
 * or zooms on them, picks a tool by its letter, and draws what the tool is doing on the sketch layer. Each
 * finished gesture is one edit of the active layout. Also says what feature is under the pointer.
 *
 * <p>Every position comes from the pointer's place on the map and every measure is geodesic on WGS84.
 */
public final class MapEditor {
    /** How far the feature tip keeps from the pointer, so that the pointer does not hide its first letters. */
    private static final double TIP_OFFSET = 16;

    private final ObjectProperty<MapTool> tool = new SimpleObjectProperty<>(this, "tool", MapTool.SELECT);
    private final BooleanProperty snapping = new SimpleBooleanProperty(this, "snapping", true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", MapTool.SELECT.hint());
    private final ReadOnlyStringWrapper hovered = new ReadOnlyStringWrapper(this, "hovered", "");
    private final ObjectProperty<Destination> marker = new SimpleObjectProperty<>(this, "marker");
    private final TextField valueField = new TextField();
    private final Label tip = new Label();
    private final Pane tipLayer = new Pane(tip);
    private final SketchLayer sketch = new SketchLayer();
    private final ToolContext tools;
    private final Map<MapTool, MapMode> modes = new EnumMap<>(MapTool.class);

    /**
     * @param layouts the open layouts, in the order the map draws them
     * @param active the layout edits go to
     * @param newLayout makes, adds and selects a new layout, for drawing when none is open
     */
    public MapEditor(MapPane map, ObservableList<OpenedLayout> layouts, ObjectProperty<OpenedLayout> active,
            Supplier<OpenedLayout> newLayout) {
        tools = new ToolContext(map, layouts, active, newLayout, snapping, status, sketch, valueField, tool);
        for (MapTool each : MapTool.values()) {
            modes.put(each, each.modeFor(tools));
        }
        map.addEditLayer(sketch);
        sketch.setPainter(layer -> {
            if (marker.get() != null) {
                layer.marker(marker.get().at(), marker.get().title());
            }
            mode().paint(layer);
        });
        marker.addListener((o, before, now) -> sketch.redraw());
        map.viewportProperty().addListener((o, before, now) -> sketch.setView(now));
        sketch.setView(map.getViewport());
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> primary(e, mode()::pressed));
        map.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> mode().dragged(e));
        map.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> primary(e, mode()::released));
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress()) {
                primary(e, mode()::clicked);
            }
        });
        map.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        map.addEventFilter(MouseEvent.MOUSE_EXITED, e -> hovered.set(""));
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> hovered.set(""));
        tip.setId("feature-tip");
        tip.getStyleClass().add("feature-tip");
        tip.setManaged(false);
        tip.visibleProperty().bind(hovered.isNotEmpty());
        tip.textProperty().bind(hovered);
        map.addEditLayer(tipLayer);
        map.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        tool.addListener((o, before, now) -> {
            modes.get(before).cancel();
            restart();
        });
        active.addListener((o, before, now) -> {
            modes.values().forEach(MapMode::activeLayoutChanged);
            mode().cancel();
            restart();
        });
        layouts.addListener((ListChangeListener<OpenedLayout>) change -> {
            status.set(mode().hint());
            sketch.redraw();
        });
        valueField.setId("circle-radius");
        valueField.setPromptText("radius km");
        valueField.setPrefColumnCount(7);
        valueField.setVisible(false);
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

    /** The field in which a tool asks for a typed value, such as a circle's radius; shown when it does. */
    public TextField radiusField() {
        return valueField;
    }

    /**
     * The feature under the pointer, as its tip shows it: name, kind, nation and status; empty when there is none.
     */
    public ReadOnlyStringProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** Puts {@code message} in the status line until the next thing the tool has to say. */
    public void say(String message) {
        status.set(message);
    }

    /** Where Go to Position last took the map, marked there until Escape or the next Go to; null for none. */
    public ObjectProperty<Destination> markerProperty() {
        return marker;
    }

    private MapMode mode() {
        return modes.get(tool.get());
    }

    private void restart() {
        valueField.setVisible(false);
        tools.forgetSnapTarget();
        status.set(mode().hint());
        sketch.redraw();
    }

    private static void primary(MouseEvent event, java.util.function.Consumer<MouseEvent> handler) {
        if (event.getButton() == MouseButton.PRIMARY) {
            handler.accept(event);
        }
    }

    private void moved(MouseEvent event) {
        mode().moved(event);
        Optional<FeatureHit> under = tools.hitAt(event.getX(), event.getY());
        hovered.set(under.map(hit -> FeatureTip.of(hit.feature())).orElse(""));
        if (under.isPresent()) {
            placeTip(event.getX(), event.getY());
        }
    }

    /** Puts the tip below and right of the pointer, or on whichever side keeps it inside the map. */
    private void placeTip(double x, double y) {
        tip.applyCss();
        tip.autosize();
        double left = x + TIP_OFFSET + tip.getWidth() <= tipLayer.getWidth() ? x + TIP_OFFSET
                : x - TIP_OFFSET / 2 - tip.getWidth();
        double top = y + TIP_OFFSET + tip.getHeight() <= tipLayer.getHeight() ? y + TIP_OFFSET
                : y - TIP_OFFSET / 2 - tip.getHeight();
        tip.relocate(Math.max(0, left), Math.max(0, top));
    }

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
        MapMode current = mode();
        if (code == KeyCode.ESCAPE && current.busy()) {
            current.cancel();
            restart();
            event.consume();
            return;
        }
        current.keyPressed(event);
        if (code == KeyCode.ESCAPE && !event.isConsumed() && tool.get() != MapTool.SELECT) {
            tool.set(MapTool.SELECT);
            event.consume();
        } else if (code == KeyCode.ESCAPE && !event.isConsumed() && marker.get() != null) {
            marker.set(null);
            event.consume();
        }
        sketch.redraw();
    }
}
