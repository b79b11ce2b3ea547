package org.hubmap.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * How a layout changed here and the same layout saved meanwhile by someone else differ, feature by feature, told
 * apart by id against the layout both started from: what they added, removed or changed, what was changed here,
 * and what both changed. The user reads it before choosing between their version and ours; a merge works from the
 * same list. Features without an id are matched by name.
 *
 * @param differences one entry per feature that differs, in the order of the layout here, then of theirs
 */
public record LayoutDifferences(List<Difference> differences) {
    public LayoutDifferences {
        differences = List.copyOf(differences);
    }

    /** Who changed a feature, and how. */
    public enum Change {
        ADDED_THERE("added on disk"),
        REMOVED_THERE("removed on disk"),
        CHANGED_THERE("changed on disk"),
        ADDED_HERE("added here"),
        REMOVED_HERE("removed here"),
        CHANGED_HERE("changed here"),
        CHANGED_BOTH("changed here and on disk");

        private final String text;

        Change(String text) {
            this.text = text;
        }

        /** As users read it, such as "changed on disk". */
        public String text() {
            return text;
        }
    }

    /**
     * One feature that differs.
     *
     * @param key the feature's id, or its name when it has none
     * @param name its name as last seen, here or there
     * @param change who changed it and how
     */
    public record Difference(String key, String name, Change change) {
        /** Such as {@code hub-3 "Hub Kyiv": changed on disk}. */
        public String describe() {
            return key + (name.isBlank() || name.equals(key) ? "" : " \"" + name + "\"") + ": " + change.text();
        }
    }

    /**
     * The differences between {@code mine} and {@code theirs}, both made from {@code base}; with no base, every
     * difference counts as theirs.
     */
    public static LayoutDifferences between(Layout base, Layout mine, Layout theirs) {
        Map<String, LayoutFeature> before = byKey(base);
        Map<String, LayoutFeature> here = byKey(mine);
        Map<String, LayoutFeature> there = byKey(theirs);
        Set<String> keys = new LinkedHashSet<>(here.keySet());
        keys.addAll(there.keySet());
        keys.addAll(before.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String key : keys) {
            LayoutFeature b = before.get(key);
            LayoutFeature h = here.get(key);
            LayoutFeature t = there.get(key);
            if (same(h, t)) {
                continue;
            }
            boolean changedHere = base != null && !same(b, h);
            boolean changedThere = base == null || !same(b, t);
            Change change;
            if (changedHere && changedThere) {
                change = h != null && t != null ? Change.CHANGED_BOTH : h == null ? Change.REMOVED_HERE
                        : Change.REMOVED_THERE;
            } else if (changedHere) {
                change = h == null ? Change.REMOVED_HERE : b == null ? Change.ADDED_HERE : Change.CHANGED_HERE;
            } else {
                change = t == null ? Change.REMOVED_THERE : h == null ? Change.ADDED_THERE : Change.CHANGED_THERE;
            }
            LayoutFeature shown = h != null ? h : t != null ? t : b;
            differences.add(new Difference(key, shown.name(), change));
        }
        return new LayoutDifferences(differences);
    }

    /** Whether nothing differs. */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /** One line per difference, as {@link Difference#describe()} writes it. */
    public List<String> describe() {
        return differences.stream().map(Difference::describe).toList();
    }

    private static Map<String, LayoutFeature> byKey(Layout layout) {
        Map<String, LayoutFeature> features = new LinkedHashMap<>();
        if (layout != null) {
            for (LayoutFeature feature : layout.features()) {
                features.putIfAbsent(feature.id() != null ? String.valueOf(feature.id()) : feature.name(), feature);
            }
        }
        return features;
    }

    /** Whether two features (either possibly absent) have the same properties and geometry. */
    private static boolean same(LayoutFeature a, LayoutFeature b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return Objects.equals(a.properties(), b.properties()) && a.geometry().isPresent() == b.geometry().isPresent()
                && a.geometry().map(g -> g.equalsExact(b.geometry().get())).orElse(true);
    }
}
