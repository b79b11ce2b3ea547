package org.hubmap.ui.compare;

import java.util.ArrayList;
import java.util.List;
import org.hubmap.compare.MergeNote;
import org.hubmap.compare.MergeResult;

/** What a merge did, in lines for the summary shown after it: the counts, then each feature it could not pair. */
final class MergeSummary {
    private MergeSummary() {
    }

    /** The heading: whether the merge changed the layout, and how to take it back. */
    static String heading(boolean changed, String mine, String theirs) {
        return changed ? "Merged " + theirs + " into " + mine + " as one step; Edit > Undo takes it back."
                : "Nothing to merge: " + mine + " already has everything " + theirs + " holds.";
    }

    /** One line per count, then a line per feature that could not be paired. */
    static List<String> lines(MergeResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("Added: " + result.added().size());
        lines.add("Identical, skipped: " + result.identical());
        lines.add("Changed only by me, kept: " + result.keptMine());
        lines.add("Taken from theirs: " + result.taken().size());
        lines.add("Not paired: " + result.notes().size());
        for (MergeNote note : result.notes()) {
            lines.add("  " + DifferenceText.label(note.feature()) + " (" + note.feature().kind().noun() + "): "
                    + Comparison.reason(note.reason()));
        }
        return lines;
    }
}
