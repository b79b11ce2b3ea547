package org.hubmap.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Geometry;

/**
 * The merge of one feature that both layouts have, part by part: each property, and the shape (the geometry with a
 * circle zone's {@code shape}, {@code center} and {@code radius_m}, which are one thing with it).
 *
 * <p>For each part: when mine and theirs say the same, it stays. With a base (the version both started from): when
 * mine is as the base was, theirs is taken; when theirs is as the base was, mine stays; otherwise it conflicts.
 * Without a base every part that differs conflicts. A key missing on one side and present on the other differs;
 * so, with a base, a property one side removed and the other left alone is removed.
 */
final class FeatureMerge {
    /** What the merge of a feature comes to. */
    enum Outcome {
        /** Mine and theirs say the same: nothing to do. */
        IDENTICAL,
        /** Only my side changed what differs: mine stays as it is. */
        KEEP_MINE,
        /** Theirs changed parts mine did not: those are taken, without conflict. */
        TAKE_THEIRS,
        /** Both changed a part differently: settled by a choice. */
        CONFLICT
    }

    private enum Part {
        MINE, THEIRS, CONFLICT
    }

    /** The value of a property a feature does not have, told apart from JSON null. */
    private static final Object ABSENT = new Object();

    private final LayoutFeature mine;
    private final LayoutFeature theirs;
    private final Map<String, Part> notMine;
    private final Part shape;
    private final Outcome outcome;
    private final MergeConflict conflict;

    private FeatureMerge(LayoutFeature base, LayoutFeature mine, LayoutFeature theirs, Map<String, Part> notMine,
            Part shape, Outcome outcome) {
        this.mine = mine;
        this.theirs = theirs;
        this.notMine = notMine;
        this.shape = shape;
        this.outcome = outcome;
        this.conflict = outcome == Outcome.CONFLICT ? new MergeConflict(mine, theirs, Optional.ofNullable(base),
                keysWith(Part.CONFLICT), shape == Part.CONFLICT) : null;
    }

    /** Merges {@code theirs} into {@code mine}, against {@code base} when it is not null. */
    static FeatureMerge of(LayoutFeature base, LayoutFeature mine, LayoutFeature theirs) {
        if (sameContent(mine, theirs)) {
            return new FeatureMerge(base, mine, theirs, Map.of(), Part.MINE, Outcome.IDENTICAL);
        }
        Map<String, Part> notMine = new LinkedHashMap<>();
        for (String key : keys(mine, theirs)) {
            if (!FeatureSchema.CIRCLE_KEYS.contains(key)) {
                Part part = decide(sameValue(mine, theirs, key),
                        base != null && sameValue(mine, base, key), base != null && sameValue(theirs, base, key));
                if (part != Part.MINE) {
                    notMine.put(key, part);
                }
            }
        }
        Part shape = decide(sameShape(mine, theirs), base != null && sameShape(mine, base),
                base != null && sameShape(theirs, base));
        Outcome outcome = shape == Part.CONFLICT || notMine.containsValue(Part.CONFLICT) ? Outcome.CONFLICT
                : shape == Part.THEIRS || notMine.containsValue(Part.THEIRS) ? Outcome.TAKE_THEIRS
                : Outcome.KEEP_MINE;
        return new FeatureMerge(base, mine, theirs, notMine, shape, outcome);
    }

    /** Whether two features have the same properties (as JSON values) and the same geometry. */
    static boolean sameContent(LayoutFeature a, LayoutFeature b) {
        return JsonValueEquality.same(a.properties(), b.properties())
                && GeometryComparison.same(a.geometry().orElse(null), b.geometry().orElse(null));
    }

    Outcome outcome() {
        return outcome;
    }

    LayoutFeature mine() {
        return mine;
    }

    /** The conflict, for {@link Outcome#CONFLICT}; null otherwise. */
    MergeConflict conflict() {
        return conflict;
    }

    /**
     * The merged feature, with what conflicts settled by {@code choice} (ignored without a conflict): {@code mine}
     * itself when nothing of theirs is taken, {@code theirs} itself when everything is, and otherwise mine with
     * the merged properties (mine's order, then keys only theirs has) and, when taken, their geometry.
     */
    LayoutFeature resolved(MergeChoice choice) {
        boolean theirsWin = choice == MergeChoice.THEIRS;
        Part shapeFrom = shape == Part.CONFLICT ? (theirsWin ? Part.THEIRS : Part.MINE) : shape;
        if (shapeFrom == Part.MINE && !notMine.containsValue(Part.THEIRS) && (outcome != Outcome.CONFLICT
                || !theirsWin)) {
            return mine;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String key : keys(mine, theirs)) {
            Part part = FeatureSchema.CIRCLE_KEYS.contains(key) ? shapeFrom : notMine.getOrDefault(key, Part.MINE);
            if (part == Part.CONFLICT) {
                part = theirsWin ? Part.THEIRS : Part.MINE;
            }
            Object value = value(part == Part.THEIRS ? theirs : mine, key);
            if (value != ABSENT) {
                properties.put(key, value);
            }
        }
        Geometry geometry = (shapeFrom == Part.THEIRS ? theirs : mine).geometry().orElse(null);
        if (JsonValueEquality.same(properties, theirs.properties())
                && GeometryComparison.same(geometry, theirs.geometry().orElse(null))) {
            return theirs;
        }
        LayoutFeature merged = JsonValueEquality.same(properties, mine.properties()) ? mine
                : mine.withProperties(properties);
        return shapeFrom == Part.THEIRS ? merged.withGeometry(geometry) : merged;
    }

    private List<String> keysWith(Part part) {
        List<String> keys = new ArrayList<>();
        notMine.forEach((key, p) -> {
            if (p == part) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** A part as the class describes, from whether mine and theirs, mine and base, theirs and base are the same. */
    private static Part decide(boolean mineIsTheirs, boolean mineIsBase, boolean theirsIsBase) {
        if (mineIsTheirs || theirsIsBase) {
            return Part.MINE;
        }
        return mineIsBase ? Part.THEIRS : Part.CONFLICT;
    }

    private static boolean sameShape(LayoutFeature a, LayoutFeature b) {
        if (!GeometryComparison.same(a.geometry().orElse(null), b.geometry().orElse(null))) {
            return false;
        }
        for (String key : FeatureSchema.CIRCLE_KEYS) {
            if (!sameValue(a, b, key)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValue(LayoutFeature a, LayoutFeature b, String key) {
        return JsonValueEquality.same(value(a, key), value(b, key));
    }

    private static Object value(LayoutFeature feature, String key) {
        Map<String, Object> properties = feature.properties();
        Object value = properties.get(key);
        return value != null || properties.containsKey(key) ? value : ABSENT;
    }

    /** The keys of mine in order, then those only theirs has in order. */
    private static Set<String> keys(LayoutFeature mine, LayoutFeature theirs) {
        Set<String> keys = new LinkedHashSet<>(mine.properties().keySet());
        keys.addAll(theirs.properties().keySet());
        return keys;
    }
}
