package org.hubmap.cli;

import java.util.Locale;
import org.hubmap.io.JsonValueText;
import org.hubmap.model.LayoutFeature;

/** How the diff and merge reports name a feature and a distance. */
final class FeatureText {
    private FeatureText() {
    }

    /** {@code hub-kyiv "Hub Kyiv" (hub)}: the id ({@code (no id)} without one), the name when it has one, the kind. */
    static String label(LayoutFeature feature) {
        String id = feature.id() == null ? "(no id)" : JsonValueText.text(feature.id());
        String name = feature.name().isBlank() ? "" : " \"" + feature.name() + "\"";
        return id + name + " (" + feature.kind().noun() + ")";
    }

    /** A distance on the ground: {@code 1.2 km} from a kilometre, {@code 350 m} from 10 m, else {@code 3.42 m}. */
    static String distance(double metres) {
        if (metres >= 1000) {
            return String.format(Locale.ROOT, "%.1f km", metres / 1000);
        }
        return String.format(Locale.ROOT, metres >= 10 ? "%.0f m" : "%.2f m", metres);
    }
}
