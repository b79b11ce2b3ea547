package org.hubmap.check;

import java.util.List;
import java.util.Locale;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.LayoutFeature;

/**
 * How violations name features: by their name, with "Hub" or "Depot" in front unless the name starts with it
 * already ("Depot Pavlohrad", not "Depot Depot Pavlohrad"); monitoring zones by their name alone ("Sector
 * Centre"). A feature without a name is named by its kind and id, or its place in the layout when it has no id.
 */
final class FeatureLabel {
    private FeatureLabel() {
    }

    /** The label of {@code feature}, which is {@code features[index]} of its layout. */
    static String of(LayoutFeature feature, int index) {
        String name = feature.name().strip();
        FeatureKind kind = feature.kind();
        if (name.isEmpty()) {
            Object id = feature.id();
            String unnamed = "unnamed " + kindWord(kind);
            if (id == null) {
                return unnamed + " (feature " + (index + 1) + ")";
            }
            return unnamed + " with id " + (id instanceof String s ? "\"" + s + "\"" : id);
        }
        if (kind == FeatureKind.HUB || kind == FeatureKind.DEPOT) {
            String word = capitalised(kindWord(kind));
            boolean named = name.toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT) + " ");
            return named ? name : word + " " + name;
        }
        return name;
    }

    /** The label of {@code feature} at the start of a sentence. */
    static String sentenceStart(LayoutFeature feature, int index) {
        return capitalised(of(feature, index));
    }

    /** "hub", "depot", "monitoring zone" or "feature". */
    static String kindWord(FeatureKind kind) {
        return switch (kind) {
            case HUB -> "hub";
            case DEPOT -> "depot";
            case MONITORING_ZONE -> "monitoring zone";
            case OTHER -> "feature";
        };
    }

    /** "A", "A and B", "A, B and C". */
    static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
