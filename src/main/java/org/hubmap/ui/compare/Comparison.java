package org.hubmap.ui.compare;

import java.util.ArrayList;
import java.util.List;
import org.hubmap.compare.FeatureDifference;
import org.hubmap.compare.LayoutDiff;
import org.hubmap.compare.MergeNote;
import org.hubmap.model.LayoutFeature;

/**
 * What the Differences tab and the map show: a diff from one layout to another, and, after a merge, the features
 * it could not pair. A snapshot: later edits of either layout do not change it.
 *
 * @param before the name of the layout compared from: the active layout, or the layout before a merge
 * @param after the name of the layout compared with, or of the colleague's layout that was merged
 * @param diff what changed from the layout before to the layout after
 * @param merged whether the diff is what a merge of {@code after} did to {@code before}
 * @param notes the features a merge could not pair and what it did with each; empty for a plain comparison
 */
record Comparison(String before, String after, LayoutDiff diff, boolean merged, List<MergeNote> notes) {
    Comparison {
        notes = List.copyOf(notes);
    }

    /** A comparison of the layout named {@code before} with the one named {@code after}. */
    static Comparison of(LayoutDiff diff, String before, String after) {
        return new Comparison(before, after, diff, false, List.of());
    }

    /** What a merge of the layout named {@code theirs} did to the one named {@code mine}, with what it left out. */
    static Comparison ofMerge(LayoutDiff diff, List<MergeNote> notes, String mine, String theirs) {
        return new Comparison(mine, theirs, diff, true, notes);
    }

    /** One line: which layouts, and the counts. */
    String heading() {
        if (merged) {
            return "Merged " + after + " into " + before + ": " + diff.added().size() + " added, "
                    + diff.changed().size() + " changed, " + notes.size() + " not paired";
        }
        return before + " → " + after + ": " + (diff.isEmpty() ? "no differences, " + diff.unchanged()
                + " features alike" : diff.added().size() + " added, " + diff.removed().size() + " removed, "
                + diff.changed().size() + " changed, " + diff.unchanged() + " unchanged");
    }

    /** One row per added, removed and changed feature, then one per feature not paired. */
    List<DifferenceRow> rows() {
        List<DifferenceRow> rows = new ArrayList<>();
        for (LayoutFeature feature : diff.added()) {
            rows.add(new DifferenceRow(DifferenceRow.Category.ADDED, feature,
                    merged ? "added from " + after : "only in " + after));
        }
        for (LayoutFeature feature : diff.removed()) {
            rows.add(new DifferenceRow(DifferenceRow.Category.REMOVED, feature,
                    "only in " + before));
        }
        for (FeatureDifference change : diff.changed()) {
            rows.add(new DifferenceRow(DifferenceRow.Category.CHANGED, change.after(),
                    DifferenceText.changes(change)));
        }
        for (MergeNote note : notes) {
            rows.add(new DifferenceRow(DifferenceRow.Category.NOT_PAIRED, note.feature(),
                    reason(note.reason())));
        }
        return rows;
    }

    /** How many features differ or could not be paired: the count the tab's title shows. */
    int count() {
        return diff.added().size() + diff.removed().size() + diff.changed().size() + notes.size();
    }

    /** What a merge did with a feature it could not pair, in the window's words. */
    static String reason(MergeNote.Reason reason) {
        return switch (reason) {
            case ONLY_MINE -> "kept: only mine has it";
            case REMOVED_IN_THEIRS -> "kept: theirs removed it, and a merge never deletes";
            case REMOVED_IN_MINE -> "not added: I removed it and theirs left it as it was";
            case RESTORED -> "added back: I removed it, but theirs changed it";
            case ID_ALREADY_IN_MINE -> "not added: theirs uses its id more often than mine";
        };
    }
}
