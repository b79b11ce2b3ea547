package org.hubmap.cli;

import java.util.Map;
import java.util.Optional;
import org.hubmap.compare.FeatureDifference;
import org.hubmap.compare.MergeChoice;
import org.hubmap.compare.MergeConflict;
import org.hubmap.compare.MergeNote;
import org.hubmap.compare.MergeResult;
import org.hubmap.io.JsonValueText;
import org.hubmap.model.LayoutFeature;

/**
 * A {@link MergeResult} as the {@code merge} command prints it: a summary of what was done and a line per feature
 * that could not be paired, or the conflicts that stop it. Layouts are called {@code a} (mine), {@code b} (theirs)
 * and {@code base} in the lines, after a heading that names their files.
 */
final class MergeReport {
    private MergeReport() {
    }

    /**
     * {@code added n, skipped n, changed n, conflicts n resolved as a|b}, then a line per feature that could not be
     * paired and what became of it.
     */
    static String summary(MergeResult result, Optional<MergeChoice> prefer, String mine, String theirs) {
        StringBuilder text = new StringBuilder();
        text.append("merged b (").append(theirs).append(") into a (").append(mine).append("): added ")
                .append(result.added().size()).append(", skipped ").append(result.identical() + result.keptMine())
                .append(", changed ").append(result.taken().size()).append(", conflicts ")
                .append(result.conflicts().size());
        if (!result.conflicts().isEmpty()) {
            text.append(" resolved as ").append(prefer.orElseThrow() == MergeChoice.MINE ? "a" : "b");
        }
        text.append('\n');
        for (MergeNote note : result.notes()) {
            text.append(noteText(note.reason())).append(": ").append(FeatureText.label(note.feature())).append('\n');
        }
        return text.toString();
    }

    private static String noteText(MergeNote.Reason reason) {
        return switch (reason) {
            case ONLY_MINE -> "kept, only a has it";
            case REMOVED_IN_THEIRS -> "kept, b removed it";
            case REMOVED_IN_MINE -> "not added, a removed it and b left it as it was";
            case RESTORED -> "added back, a removed it but b changed it";
            case ID_ALREADY_IN_MINE -> "not added, b uses its id more often than a";
        };
    }

    /** The conflicts: per feature, each property as {@code key: a X, b Y, base Z} and how the geometries differ. */
    static String conflicts(MergeResult result, String mine, String theirs, Optional<String> base) {
        StringBuilder text = new StringBuilder();
        text.append(conflicts(result.conflicts().size())).append(" between a (").append(mine).append(") and b (")
                .append(theirs).append(')').append(base.map(b -> ", base (" + b + ")").orElse("")).append('\n');
        for (MergeConflict conflict : result.conflicts()) {
            text.append("conflict ").append(FeatureText.label(conflict.mine())).append('\n');
            for (String key : conflict.properties()) {
                text.append("    ").append(key).append(": a ").append(value(conflict.mine(), key)).append(", b ")
                        .append(value(conflict.theirs(), key));
                conflict.base().ifPresent(b -> text.append(", base ").append(value(b, key)));
                text.append('\n');
            }
            if (conflict.geometry()) {
                FeatureDifference difference = FeatureDifference.between(conflict.mine(), conflict.theirs());
                text.append("    geometry: ").append(DiffReport.geometry(difference)
                        .map(what -> "b's " + what + " from a's").orElse("a circle's centre or radius differs"))
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** {@code 1 conflict}, {@code 2 conflicts}. */
    static String conflicts(int count) {
        return count + (count == 1 ? " conflict" : " conflicts");
    }

    private static String value(LayoutFeature feature, String key) {
        Map<String, Object> properties = feature.properties();
        return properties.containsKey(key) ? JsonValueText.text(properties.get(key)) : DiffReport.NONE;
    }
}
