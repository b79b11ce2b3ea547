package org.hubmap.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hubmap.compare.FeatureDifference;
import org.hubmap.compare.MergeChoice;
import org.hubmap.compare.MergeConflict;
import org.hubmap.compare.PropertyChange;
import org.hubmap.geo.GeometryFraming;
import org.hubmap.geo.PositionFormat;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.LayoutFeature;

/**
 * One line of the merge dialog's side-by-side table: a property, or the geometry, of a conflicting feature as
 * mine, theirs and the base have it, and what the merge makes of it. Only what differs between mine and theirs is
 * listed: the parts that conflict, and (three-way) those only one side changed, which the merge takes whatever
 * the choice.
 *
 * @param part the property's key, or {@link #GEOMETRY}
 * @param mine the part in my version
 * @param theirs the part in the colleague's version
 * @param base the part in the base; empty without a base, or when the base had not the feature
 * @param conflicting whether the choice decides this part
 * @param result what the merged feature will have, given the choice; {@code ?} while there is none
 */
record ConflictRow(String part, String mine, String theirs, String base, boolean conflicting, String result) {
    static final String GEOMETRY = "geometry";
    static final String UNDECIDED = "?";

    /** The rows of {@code conflict}, with the results {@code choice} gives (none yet when empty). */
    static List<ConflictRow> of(MergeConflict conflict, Optional<MergeChoice> choice) {
        LayoutFeature mine = conflict.mine();
        LayoutFeature theirs = conflict.theirs();
        Optional<LayoutFeature> base = conflict.base();
        FeatureDifference difference = FeatureDifference.between(mine, theirs);
        Set<String> changedByMe = base.map(b -> keys(FeatureDifference.between(b, mine))).orElse(Set.of());
        List<ConflictRow> rows = new ArrayList<>();
        if (difference.geometryChanged() || conflict.geometry()) {
            boolean decided = conflict.geometry() || base.isEmpty();
            String mineText = position(mine);
            String theirsText = DifferenceText.geometry(difference).map(what -> what + " from mine")
                    .orElse("circle's centre or radius differs");
            boolean mineChangedIt = base.map(b -> FeatureDifference.between(b, mine).geometryChanged())
                    .orElse(false);
            rows.add(new ConflictRow(GEOMETRY, mineText, theirsText, base.map(b -> baseGeometry(b, mine, theirs))
                    .orElse(""),
                    decided, result(decided, choice, mineChangedIt, mineText, theirsText)));
        }
        for (PropertyChange property : difference.properties()) {
            String key = property.key();
            if (FeatureSchema.CIRCLE_KEYS.contains(key)) {
                continue;
            }
            boolean decided = conflict.properties().contains(key) || base.isEmpty();
            String mineText = DifferenceText.property(mine, key);
            String theirsText = DifferenceText.property(theirs, key);
            rows.add(new ConflictRow(key, mineText, theirsText,
                    base.map(b -> DifferenceText.property(b, key)).orElse(""), decided,
                    result(decided, choice, changedByMe.contains(key), mineText, theirsText)));
        }
        return rows;
    }

    /**
     * What the merge makes of a part: the chosen side's where the choice decides it, else the side that changed
     * it since the base (mine when both changed it alike).
     */
    private static String result(boolean decided, Optional<MergeChoice> choice, boolean mineChangedIt,
            String mine, String theirs) {
        if (!decided) {
            return mineChangedIt ? mine : theirs;
        }
        return choice.map(c -> c == MergeChoice.MINE ? mine : theirs).orElse(UNDECIDED);
    }

    private static Set<String> keys(FeatureDifference difference) {
        Set<String> keys = new LinkedHashSet<>();
        difference.properties().forEach(p -> keys.add(p.key()));
        return keys;
    }

    /** The base's geometry as the side it matches, else where it stands. */
    private static String baseGeometry(LayoutFeature base, LayoutFeature mine, LayoutFeature theirs) {
        if (!FeatureDifference.between(base, mine).geometryChanged()) {
            return "as mine";
        }
        return FeatureDifference.between(base, theirs).geometryChanged() ? position(base) : "as theirs";
    }

    /** Where a feature stands: a point's position, a zone's centre, in degrees. */
    private static String position(LayoutFeature feature) {
        return feature.geometry().flatMap(g -> GeometryFraming.centre(g).map(centre ->
                (g.getDimension() == 0 ? "at " : g.getGeometryType().toLowerCase(Locale.ROOT)
                        + " centred at ") + PositionFormat.DECIMAL_DEGREES.format(centre)))
                .orElse("no geometry");
    }
}
