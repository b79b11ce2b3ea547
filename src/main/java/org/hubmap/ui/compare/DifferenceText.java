package org.hubmap.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hubmap.compare.FeatureDifference;
import org.hubmap.compare.PropertyChange;
import org.hubmap.io.JsonValueText;
import org.hubmap.model.LayoutFeature;

/**
 * How the Differences tab and the merge dialog write features, distances and values, in the words the
 * {@code diff} command uses ({@code moved 1.2 km}, {@code status: planned -> active}, {@code (none)}), so that a
 * user who reads both sees the same sentences.
 */
final class DifferenceText {
    /** What is written for a property a feature does not have. */
    static final String NONE = "(none)";

    private DifferenceText() {
    }

    /** The feature's id as the file wrote it, or {@code (no id)}. */
    static String id(LayoutFeature feature) {
        return feature.id() == null ? "(no id)" : value(feature.id());
    }

    /** {@code hub-kyiv "Hub Kyiv"}: the id and, when it has one, the name. */
    static String label(LayoutFeature feature) {
        return id(feature) + (feature.name().isBlank() ? "" : " \"" + feature.name() + "\"");
    }

    /** A distance on the ground: {@code 1.2 km} from a kilometre, {@code 350 m} from 10 m, else {@code 3.42 m}. */
    static String distance(double metres) {
        if (metres >= 1000) {
            return String.format(Locale.ROOT, "%.1f km", metres / 1000);
        }
        return String.format(Locale.ROOT, metres >= 10 ? "%.0f m" : "%.2f m", metres);
    }

    /** A property value: a string as it is, anything else as compact JSON with the file's digits. */
    static String value(Object value) {
        return JsonValueText.text(value);
    }

    /** A property of a feature, or {@link #NONE} when it has not the key. */
    static String property(LayoutFeature feature, String key) {
        Map<String, Object> properties = feature.properties();
        return properties.containsKey(key) ? value(properties.get(key)) : NONE;
    }

    /** What became of the geometry: {@code moved 1.2 km}, {@code reshaped}, both; empty when it is the same. */
    static Optional<String> geometry(FeatureDifference change) {
        if (!change.geometryChanged()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (change.moved()) {
            parts.add("moved " + distance(change.movedMetres()));
        }
        if (change.reshaped()) {
            parts.add("reshaped");
        }
        return Optional.of(parts.isEmpty() ? "geometry nudged (under a metre)" : String.join(", ", parts));
    }

    /** {@code status: planned -> active}, with {@link #NONE} for a side without the key. */
    static String change(PropertyChange property) {
        String before = property.kind() == PropertyChange.Kind.ADDED ? NONE : value(property.before());
        String after = property.kind() == PropertyChange.Kind.REMOVED ? NONE : value(property.after());
        return property.key() + ": " + before + " -> " + after;
    }

    /** Everything that changed, the geometry first: {@code moved 1.2 km; status: planned -> active}. */
    static String changes(FeatureDifference difference) {
        List<String> parts = new ArrayList<>();
        geometry(difference).ifPresent(parts::add);
        difference.properties().forEach(p -> parts.add(change(p)));
        return String.join("; ", parts);
    }
}
