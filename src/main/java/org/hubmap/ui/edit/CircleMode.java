package org.hubmap.ui.edit;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeodesicCircle;
import org.hubmap.geo.GeodesicDistance;

/**
 * Draw circle: a press places the centre; then a drag, a click at the radius, or a radius typed in km (and Enter)
 * makes a geodesic circle zone. While a radius is typed, the preview shows that radius, not the pointer's.
 */
final class CircleMode implements MapMode {
    private static final String ASK_FOR_RADIUS = "Type the radius in km and press Enter, or click the map at the radius";

    private final ToolContext tools;
    private GeoPosition centre;
    private GeoPosition pointer;
    private boolean dragging;
    /** Whether the click now coming ends the press that placed the centre, and so sets no radius. */
    private boolean placingClick;

    CircleMode(ToolContext tools) {
        this.tools = tools;
        TextField field = tools.valueField();
        field.textProperty().addListener((o, before, now) -> {
            if (centre != null && field.isVisible()) {
                tools.say(typedRadiusMetres().map(r -> "Circle of " + radiusText(r) + ": press Enter to draw it")
                        .orElse(ASK_FOR_RADIUS));
                tools.sketch().redraw();
            }
        });
    }

    @Override
    public String hint() {
        return MapTool.DRAW_CIRCLE.hint();
    }

    @Override
    public boolean busy() {
        return centre != null;
    }

    @Override
    public void cancel() {
        centre = null;
        dragging = false;
        placingClick = false;
        tools.valueField().setVisible(false);
    }

    @Override
    public void pressed(MouseEvent event) {
        if (centre == null) {
            centre = tools.snapped(event.getX(), event.getY(), Set.of());
            pointer = centre;
            dragging = true;
            event.consume();
        }
    }

    @Override
    public void dragged(MouseEvent event) {
        if (dragging) {
            pointer = tools.snapped(event.getX(), event.getY(), Set.of());
            event.consume();
            tools.sketch().redraw();
        }
    }

    @Override
    public void released(MouseEvent event) {
        if (!dragging) {
            return;
        }
        dragging = false;
        event.consume();
        if (event.isStillSincePress() || pointer.equals(centre)) {
            placingClick = event.isStillSincePress();
            askForRadius();
        } else {
            finish(GeodesicDistance.metres(centre, pointer));
        }
        tools.sketch().redraw();
    }

    @Override
    public void clicked(MouseEvent event) {
        event.consume();
        if (placingClick) {
            placingClick = false;
            return;
        }
        GeoPosition at = tools.positionAt(event.getX(), event.getY());
        if (centre != null && !dragging && tools.valueField().isVisible() && !at.equals(centre)) {
            finish(GeodesicDistance.metres(centre, at));
        }
    }

    @Override
    public void moved(MouseEvent event) {
        pointer = tools.snapped(event.getX(), event.getY(), Set.of());
        tools.sketch().redraw();
    }

    private void askForRadius() {
        TextField field = tools.valueField();
        field.clear();
        field.setVisible(true);
        field.setOnAction(e -> finishFromField());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                tools.say(hint());
                tools.sketch().redraw();
                tools.map().requestFocus();
                e.consume();
            }
        });
        field.requestFocus();
        tools.say(ASK_FOR_RADIUS);
    }

    /** The radius typed, in metres, when the field holds one. */
    private Optional<Double> typedRadiusMetres() {
        TextField field = tools.valueField();
        if (!field.isVisible()) {
            return Optional.empty();
        }
        String text = field.getText().trim().toLowerCase(Locale.ROOT).replace("km", "").replace(',', '.').trim();
        try {
            double km = Double.parseDouble(text);
            return km > 0 && km * 1000 <= GeodesicCircle.MAX_RADIUS_METRES ? Optional.of(km * 1000)
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void finishFromField() {
        Optional<Double> radius = typedRadiusMetres();
        if (radius.isEmpty()) {
            tools.say("\"" + tools.valueField().getText() + "\" is not a radius; type kilometres, more than 0 and"
                    + " at most 1000, such as 25 or 7.5");
            return;
        }
        finish(radius.get());
        tools.map().requestFocus();
    }

    private void finish(double radiusMetres) {
        if (centre == null || !(radiusMetres > 0)) {
            return;
        }
        try {
            FeatureEdits.addCircleZone(tools.layoutToEdit(), centre, radiusMetres);
            cancel();
            tools.backToSelect();
        } catch (IllegalArgumentException e) {
            tools.say(e.getMessage());
        }
    }

    @Override
    public void paint(SketchLayer sketch) {
        if (centre == null) {
            if (tools.snapTarget() != null) {
                sketch.snapTarget(tools.snapTarget());
            }
            return;
        }
        sketch.handle(centre, true);
        Optional<Double> typed = typedRadiusMetres();
        double radius = typed.orElseGet(() -> pointer == null ? 0 : GeodesicDistance.metres(centre, pointer));
        if (radius > 0 && radius <= GeodesicCircle.MAX_RADIUS_METRES) {
            sketch.outline(GeodesicCircle.polygon(centre, radius, GeodesicCircle.DEFAULT_VERTEX_COUNT));
            GeoPosition labelAt = typed.isPresent() || pointer == null ? centre : pointer;
            sketch.text(radiusText(radius), sketch.x(labelAt) + 14, sketch.y(labelAt));
        }
        if (tools.snapTarget() != null) {
            sketch.snapTarget(tools.snapTarget());
        }
    }

    /** A radius as the sketch shows it: "25 km", "7.5 km", "34.15 km". */
    static String radiusText(double metres) {
        String km = String.format(Locale.ROOT, "%.2f", metres / 1000).replaceAll("\\.?0+$", "");
        return km + " km";
    }
}
