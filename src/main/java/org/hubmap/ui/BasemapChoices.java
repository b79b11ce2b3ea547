package org.hubmap.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hubmap.render.BasemapLayer;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.LabelLanguage;

/**
 * What the user chose the basemap to show: one switch per layer and the label language, which menu items and
 * panel check boxes bind to, combined into the {@link BasemapOptions} the renderer takes; and whether the MGRS
 * grid is drawn over the map.
 */
final class BasemapChoices {
    private final Map<BasemapLayer, BooleanProperty> layers = new EnumMap<>(BasemapLayer.class);
    private final ObjectProperty<LabelLanguage> language;
    private final ReadOnlyObjectWrapper<BasemapOptions> options;
    private final BooleanProperty mgrsGrid = new SimpleBooleanProperty(this, "mgrsGrid", false);

    BasemapChoices(BasemapOptions initial) {
        options = new ReadOnlyObjectWrapper<>(this, "options", initial);
        language = new SimpleObjectProperty<>(this, "language", initial.language());
        InvalidationListener update = o -> options.set(current());
        for (BasemapLayer layer : BasemapLayer.values()) {
            BooleanProperty visible = new SimpleBooleanProperty(this, layer.name(), initial.shows(layer));
            visible.addListener(update);
            layers.put(layer, visible);
        }
        language.addListener(update);
    }

    /** Whether the basemap shows this layer. */
    public BooleanProperty layerVisibleProperty(BasemapLayer layer) {
        return layers.get(layer);
    }

    /** Whether the map draws the MGRS grid with its labelled lines. */
    public BooleanProperty mgrsGridProperty() {
        return mgrsGrid;
    }

    public ObjectProperty<LabelLanguage> languageProperty() {
        return language;
    }

    /** All choices together, as the basemap renderer takes them. */
    public ReadOnlyObjectProperty<BasemapOptions> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    private BasemapOptions current() {
        Set<BasemapLayer> visible = EnumSet.noneOf(BasemapLayer.class);
        layers.forEach((layer, shown) -> {
            if (shown.get()) {
                visible.add(layer);
            }
        });
        return new BasemapOptions(visible, language.get() == null ? LabelLanguage.ENGLISH : language.get());
    }
}
