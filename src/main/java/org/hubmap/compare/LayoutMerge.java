package org.hubmap.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * Merges a colleague's layout ("theirs") into mine, feature by feature, and says how in a {@link MergeResult}.
 *
 * <p>Features are paired as {@link FeatureMatching} pairs them: by id, and without an id by kind, name and a
 * position within 50 m. A feature only theirs has is added; one only I have is kept: a merge never deletes. A
 * feature both have is merged as {@link FeatureMerge} describes: skipped when both say the same, and otherwise,
 * without a base, a conflict the whole feature over.
 *
 * <p>With a base, the version my layout was loaded from and theirs started from, the merge is three-way: a part
 * (a property, or the geometry) only one side changed is taken from that side, so that my edit and the colleague's
 * edit of different properties of one feature both survive; a part both changed differently conflicts. Features
 * the base pairs with one side but not the other were deleted on the other side: my deletions stand unless the
 * colleague changed the feature since, and theirs are not made ({@link MergeNote}). Features of the two layouts
 * that each pair with the same base feature are paired even when they no longer pair with each other (features
 * without an id that moved more than 50 m).
 *
 * <p>Collection members (the layout's name, the planning checks' thresholds) are not merged: mine stay.
 */
public final class LayoutMerge {
    private LayoutMerge() {
    }

    /** Merges {@code theirs} into {@code mine} without a common base: every difference is a conflict. */
    public static MergeResult twoWay(Layout mine, Layout theirs) {
        return merge(null, mine, theirs);
    }

    /** Merges {@code theirs} into {@code mine}, both edited from {@code base}. */
    public static MergeResult threeWay(Layout base, Layout mine, Layout theirs) {
        return merge(base, mine, theirs);
    }

    private static MergeResult merge(Layout base, Layout mine, Layout theirs) {
        List<LayoutFeature> my = mine.features();
        List<LayoutFeature> their = theirs.features();
        FeatureMatching pairs = FeatureMatching.of(my, their);
        FeatureMatching baseMine = base == null ? null : FeatureMatching.of(base.features(), my);
        FeatureMatching baseTheirs = base == null ? null : FeatureMatching.of(base.features(), their);
        int[] theirsOfMine = new int[my.size()];
        int[] mineOfTheirs = new int[their.size()];
        Arrays.fill(mineOfTheirs, -1);
        for (int i = 0; i < my.size(); i++) {
            theirsOfMine[i] = pairs.partnerOfFirst(i);
            if (theirsOfMine[i] >= 0) {
                mineOfTheirs[theirsOfMine[i]] = i;
            }
        }
        if (base != null) {
            pairThroughBase(baseMine, baseTheirs, theirsOfMine, mineOfTheirs);
        }

        Map<Integer, FeatureMerge> merges = new LinkedHashMap<>();
        List<MergeNote> notes = new ArrayList<>();
        int identical = 0;
        int keptMine = 0;
        for (int i = 0; i < my.size(); i++) {
            int j = theirsOfMine[i];
            if (j < 0) {
                boolean baseHadIt = base != null && baseMine.partnerOfSecond(i) >= 0;
                notes.add(new MergeNote(baseHadIt ? MergeNote.Reason.REMOVED_IN_THEIRS : MergeNote.Reason.ONLY_MINE,
                        my.get(i)));
                continue;
            }
            LayoutFeature common = base == null ? null : commonBase(base, baseMine, baseTheirs, i, j);
            FeatureMerge merge = FeatureMerge.of(common, my.get(i), their.get(j));
            switch (merge.outcome()) {
                case IDENTICAL -> identical++;
                case KEEP_MINE -> keptMine++;
                default -> merges.put(i, merge);
            }
        }

        List<LayoutFeature> added = new ArrayList<>();
        for (int j = 0; j < their.size(); j++) {
            if (mineOfTheirs[j] >= 0) {
                continue;
            }
            LayoutFeature feature = their.get(j);
            int b = base == null ? -1 : baseTheirs.partnerOfSecond(j);
            if (b >= 0 && baseMine.partnerOfFirst(b) < 0) {
                boolean unchanged = FeatureMerge.sameContent(base.features().get(b), feature);
                notes.add(new MergeNote(unchanged ? MergeNote.Reason.REMOVED_IN_MINE : MergeNote.Reason.RESTORED,
                        feature));
                if (!unchanged) {
                    added.add(feature);
                }
            } else if (feature.id() != null && pairs.firstHasId(feature.id())) {
                notes.add(new MergeNote(MergeNote.Reason.ID_ALREADY_IN_MINE, feature));
            } else {
                added.add(feature);
            }
        }
        return new MergeResult(mine, theirs, added, merges, identical, keptMine, notes, pairs.duplicatesInFirst(),
                pairs.duplicatesInSecond());
    }

    /** Pairs features of mine and theirs left unpaired that the base pairs with the same feature of its own. */
    private static void pairThroughBase(FeatureMatching baseMine, FeatureMatching baseTheirs, int[] theirsOfMine,
            int[] mineOfTheirs) {
        for (int j = 0; j < mineOfTheirs.length; j++) {
            int b = baseTheirs.partnerOfSecond(j);
            int i = b < 0 ? -1 : baseMine.partnerOfFirst(b);
            if (mineOfTheirs[j] < 0 && i >= 0 && theirsOfMine[i] < 0) {
                theirsOfMine[i] = j;
                mineOfTheirs[j] = i;
            }
        }
    }

    /** The base's version of mine {@code i} and theirs {@code j}, when both pair with the same one; else null. */
    private static LayoutFeature commonBase(Layout base, FeatureMatching baseMine, FeatureMatching baseTheirs,
            int i, int j) {
        int b = baseMine.partnerOfSecond(i);
        return b >= 0 && b == baseTheirs.partnerOfSecond(j) ? base.features().get(b) : null;
    }
}
