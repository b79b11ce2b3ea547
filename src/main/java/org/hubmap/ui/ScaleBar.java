package org.hubmap.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.hubmap.geo.ScaleBarSpec;

/**
 * A map scale bar: a bracket as wide on screen as the round ground length written beside it. The bracket gets a
 * slot as wide as the longest bar, so the status bar does not shift as the map zooms.
 */
final class ScaleBar extends HBox {
    private final Label label = new Label();
    private final Region bar = new Region();

    ScaleBar(ObservableValue<ScaleBarSpec> spec, double maxBarPixels) {
        getStyleClass().add("scale-bar");
        setAlignment(Pos.CENTER_LEFT);
        label.getStyleClass().add("scale-bar-label");
        bar.getStyleClass().add("scale-bar-line");
        HBox slot = new HBox(bar);
        slot.setAlignment(Pos.CENTER_LEFT);
        slot.setMinWidth(maxBarPixels);
        slot.setPrefWidth(maxBarPixels);
        getChildren().addAll(label, slot);
        setMinWidth(USE_PREF_SIZE);
        show(spec.getValue());
        spec.addListener((o, before, now) -> show(now));
    }

    private void show(ScaleBarSpec spec) {
        setVisible(spec != null);
        if (spec == null) {
            return;
        }
        label.setText(spec.label());
        double width = Math.round(spec.lengthPixels());
        bar.setMinWidth(width);
        bar.setPrefWidth(width);
        bar.setMaxWidth(width);
    }
}
