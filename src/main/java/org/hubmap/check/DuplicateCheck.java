package org.hubmap.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.LayoutFeature;

/**
 * Names and ids used by more than one feature, one violation per name or id, listing every feature that uses it.
 * Names are those of hubs, depots and monitoring zones, compared without case and surrounding spaces ("Hub Lviv"
 * and "hub lviv " are the same name); ids are those of every feature, compared as written (the string "7" and the
 * number 7 are different ids, as in GeoJSON).
 */
final class DuplicateCheck {
    /** Ids used more often are listed by this many labels and a count of the rest. */
    private static final int LABELS_LISTED = 3;

    private DuplicateCheck() {
    }

    static void names(CheckedLayout layout, Violations violations) {
        Map<Integer, List<Integer>> groups = groups(layout.features().size(), index -> {
            LayoutFeature feature = layout.feature(index);
            String name = feature.name().strip();
            return feature.kind() == FeatureKind.OTHER || name.isEmpty() ? null : name.toLowerCase(Locale.ROOT);
        });
        for (List<Integer> group : groups.values()) {
            if (violations.full(CheckKind.DUPLICATE_NAME)) {
                return;
            }
            String name = layout.feature(group.get(0)).name().strip();
            violations.add(CheckKind.DUPLICATE_NAME, "The name \"" + name + "\" is used by " + kindCounts(layout, group)
                    + "; give each its own name.", involved(layout, group), position(layout, group));
        }
    }

    static void ids(CheckedLayout layout, Violations violations) {
        Map<Integer, List<Integer>> groups = groups(layout.features().size(), index -> layout.feature(index).id());
        for (List<Integer> group : groups.values()) {
            if (violations.full(CheckKind.DUPLICATE_ID)) {
                return;
            }
            Object id = layout.feature(group.get(0)).id();
            String idText = id instanceof String s ? "\"" + s + "\"" : id.toString();
            violations.add(CheckKind.DUPLICATE_ID, "The id " + idText + " is used by "
                    + layout.labels(group, LABELS_LISTED) + "; ids must be unique.", involved(layout, group),
                    position(layout, group));
        }
    }

    /**
     * The features that share a key with an earlier one, grouped with that first one and by its index; features
     * whose key is null are left out. Only first uses are remembered, so a layout with no duplicates costs one
     * map entry per feature.
     */
    private static Map<Integer, List<Integer>> groups(int count, IntFunction<Object> key) {
        Map<Object, Integer> firstUse = new HashMap<>();
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int index = 0; index < count; index++) {
            Violations.stopIfInterrupted();
            Object k = key.apply(index);
            if (k != null) {
                Integer first = firstUse.putIfAbsent(k, index);
                if (first != null) {
                    groups.computeIfAbsent(first, f -> new ArrayList<>(List.of(f))).add(index);
                }
            }
        }
        return groups;
    }

    /** "2 depots", "1 hub and 2 monitoring zones". */
    private static String kindCounts(CheckedLayout layout, List<Integer> group) {
        Map<FeatureKind, Integer> counts = new EnumMap<>(FeatureKind.class);
        for (int index : group) {
            counts.merge(layout.feature(index).kind(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(n + " " + FeatureLabel.kindWord(kind) + (n == 1 ? "" : "s")));
        return FeatureLabel.joined(parts);
    }

    private static List<InvolvedFeature> involved(CheckedLayout layout, List<Integer> group) {
        return group.stream().map(layout::involved).toList();
    }

    /** Where the first feature of the group that has a geometry lies. */
    private static Optional<LonLat> position(CheckedLayout layout, List<Integer> group) {
        for (int index : group) {
            Optional<LonLat> position = Positions.of(layout.feature(index));
            if (position.isPresent()) {
                return position;
            }
        }
        return Optional.empty();
    }
}
