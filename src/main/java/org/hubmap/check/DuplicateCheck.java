package org.hubmap.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.hubmap.model.FeatureKind;

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
        Map<Integer, List<Integer>> groups = groups(layout.size(), index -> {
            String name = layout.name(index).strip();
            return layout.kind(index) == FeatureKind.OTHER || name.isEmpty() ? null : name.toLowerCase(Locale.ROOT);
        });
        for (List<Integer> group : groups.values()) {
            if (violations.full(CheckKind.DUPLICATE_NAME)) {
                return;
            }
            String name = layout.name(group.get(0)).strip();
            violations.add(CheckKind.DUPLICATE_NAME, "The name \"" + name + "\" is used by " + kindCounts(layout, group)
                    + "; give each its own name.", involved(layout, group), position(layout, group));
        }
    }

    static void ids(CheckedLayout layout, Violations violations) {
        Map<Integer, List<Integer>> groups = groups(layout.size(), layout::id);
        for (List<Integer> group : groups.values()) {
            if (violations.full(CheckKind.DUPLICATE_ID)) {
                return;
            }
            Object id = layout.id(group.get(0));
            String idText = id instanceof String s ? "\"" + s + "\"" : id.toString();
            violations.add(CheckKind.DUPLICATE_ID, "The id " + idText + " is used by "
                    + layout.labels(group, LABELS_LISTED) + "; ids must be unique.", involved(layout, group),
                    position(layout, group));
        }
    }

    /**
     * The features that share a key with an earlier one, grouped with that first one and by its index; features
     * whose key is null are left out. The keys are not kept: each feature's key hash and index are sorted as one
     * number, so that a layout costs eight bytes per feature however long its names, and only features whose
     * hashes meet have their keys made again and compared.
     */
    private static Map<Integer, List<Integer>> groups(int count, IntFunction<Object> key) {
        long[] hashed = new long[count];
        int keyed = 0;
        for (int index = 0; index < count; index++) {
            Violations.stopIfInterrupted();
            Object k = key.apply(index);
            if (k != null) {
                hashed[keyed++] = (long) k.hashCode() << 32 | index;
            }
        }
        Arrays.sort(hashed, 0, keyed);
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int start = 0, end; start < keyed; start = end) {
            end = start + 1;
            while (end < keyed && hashed[end] >>> 32 == hashed[start] >>> 32) {
                end++;
            }
            if (end - start > 1) {
                groupEqualKeys(hashed, start, end, key, groups);
            }
        }
        return groups;
    }

    /** Groups the features of {@code hashed[start..end)}, whose hashes are equal, by their equal keys. */
    private static void groupEqualKeys(long[] hashed, int start, int end, IntFunction<Object> key,
            Map<Integer, List<Integer>> groups) {
        Map<Object, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = start; i < end; i++) {
            int index = (int) hashed[i];
            byKey.computeIfAbsent(key.apply(index), k -> new ArrayList<>()).add(index);
        }
        for (List<Integer> group : byKey.values()) {
            if (group.size() > 1) {
                groups.put(group.get(0), group);
            }
        }
    }

    /** "2 depots", "1 hub and 2 monitoring zones". */
    private static String kindCounts(CheckedLayout layout, List<Integer> group) {
        Map<FeatureKind, Integer> counts = new EnumMap<>(FeatureKind.class);
        for (int index : group) {
            counts.merge(layout.kind(index), 1, Integer::sum);
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
