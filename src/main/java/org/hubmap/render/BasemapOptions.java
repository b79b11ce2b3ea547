package org.hubmap.render;

import java.util.EnumSet;
import java.util.Set;

/** What the basemap shows: which layers and in which language. Immutable. */
public record BasemapOptions(Set<BasemapLayer> visibleLayers, LabelLanguage language) {
    public BasemapOptions {
        visibleLayers = visibleLayers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(visibleLayers));
    }

    /** Every layer on, English names. */
    public static BasemapOptions defaults() {
        return new BasemapOptions(EnumSet.allOf(BasemapLayer.class), LabelLanguage.ENGLISH);
    }

    public boolean shows(BasemapLayer layer) {
        return visibleLayers.contains(layer);
    }

    /** These options with one layer switched on or off. */
    public BasemapOptions withLayer(BasemapLayer layer, boolean visible) {
        EnumSet<BasemapLayer> layers = EnumSet.noneOf(BasemapLayer.class);
        layers.addAll(visibleLayers);
        if (visible) {
            layers.add(layer);
        } else {
            layers.remove(layer);
        }
        return new BasemapOptions(layers, language);
    }

    public BasemapOptions withLanguage(LabelLanguage newLanguage) {
        return new BasemapOptions(visibleLayers, newLanguage);
    }
}
