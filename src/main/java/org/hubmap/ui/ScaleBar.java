package org.hubmap.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.hubmap.geo.ScaleBarSpec;

/** A map scale bar: a bracket as wide on screen as the round ground length written beside it. */
final class ScaleBar extends HBox {
    private final Label label = new Label();
    private final Region bar = new Region();

    ScaleBar(ObservableValue<ScaleBarSpec> spec) {
        getStyleClass().add("scale-bar");
        setAlignment(Pos.CENTER_LEFT);
        label.getStyleClass().add("scale-bar-label");
        bar.getStyleClass().add("scale-bar-line");
        getChildren().addAll(label, bar);
        show(spec.getValue());
        spec.addListener((o, before, now) -> show(now));
        setMinWidth(USE_PREF_SIZE);
        setPrefWidth(Region.USE_COMPUTED_SIZE);
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
