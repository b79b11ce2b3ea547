package org.hubmap.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.AddFeatures;
import org.hubmap.model.edit.CompoundCommand;
import org.hubmap.model.edit.EditCommand;
import org.hubmap.model.edit.FeatureChanges;
import org.hubmap.model.edit.ReplaceFeatures;

/**
 * A merge of a colleague's layout into mine, worked out but not yet made: what it adds, what it takes without
 * conflict, the conflicts to settle, and the features it could not pair. {@link #command} makes it as one
 * {@link EditCommand} for my layout's undo stack, once every conflict has a {@link MergeChoice}. Immutable.
 */
public final class MergeResult {
    private final Layout mine;
    private final String description;
    private final List<LayoutFeature> added;
    /** The merged versions of the features that take changes without conflict, by their index in mine. */
    private final Map<Integer, LayoutFeature> takenByIndex = new LinkedHashMap<>();
    /** The merges of the features that conflict, by their index in mine, in that order. */
    private final Map<Integer, FeatureMerge> conflicting = new LinkedHashMap<>();
    private final List<MergeConflict> conflicts;
    private final List<FeatureChanges.Replacement> taken;
    private final int identical;
    private final int keptMine;
    private final List<MergeNote> notes;
    private final List<DuplicateId> duplicateIdsInMine;
    private final List<DuplicateId> duplicateIdsInTheirs;

    /**
     * A result for {@code mine}; {@code merges} holds the features both have that take changes or conflict, by
     * their index in mine, in ascending order.
     */
    MergeResult(Layout mine, Layout theirs, List<LayoutFeature> added, Map<Integer, FeatureMerge> merges,
            int identical, int keptMine, List<MergeNote> notes, List<DuplicateId> duplicateIdsInMine,
            List<DuplicateId> duplicateIdsInTheirs) {
        this.mine = mine;
        this.description = "Merge " + (theirs.title() == null || theirs.title().isBlank() ? "layout"
                : theirs.title());
        this.added = List.copyOf(added);
        this.identical = identical;
        this.keptMine = keptMine;
        this.notes = List.copyOf(notes);
        this.duplicateIdsInMine = List.copyOf(duplicateIdsInMine);
        this.duplicateIdsInTheirs = List.copyOf(duplicateIdsInTheirs);
        List<MergeConflict> found = new ArrayList<>();
        List<FeatureChanges.Replacement> changes = new ArrayList<>();
        merges.forEach((index, merge) -> {
            if (merge.outcome() == FeatureMerge.Outcome.CONFLICT) {
                conflicting.put(index, merge);
                found.add(merge.conflict());
            } else {
                LayoutFeature merged = merge.resolved(MergeChoice.MINE);
                takenByIndex.put(index, merged);
                changes.add(new FeatureChanges.Replacement(merge.mine(), merged));
            }
        });
        this.conflicts = List.copyOf(found);
        this.taken = List.copyOf(changes);
    }

    /** My layout, the one the merge is made for. */
    public Layout mine() {
        return mine;
    }

    /**
     * The features the merge adds after my last one, in the colleague's order: those mine has not, and those
     * {@link MergeNote.Reason#RESTORED}.
     */
    public List<LayoutFeature> added() {
        return added;
    }

    /** The features both have where the merge takes the colleague's changes without conflict, in my order. */
    public List<FeatureChanges.Replacement> taken() {
        return taken;
    }

    /** The features both changed in ways that conflict, in my order. */
    public List<MergeConflict> conflicts() {
        return conflicts;
    }

    /** How many features both layouts have saying the same: skipped. */
    public int identical() {
        return identical;
    }

    /** How many features only I changed since the base, the colleague leaving them as they were: kept as mine. */
    public int keptMine() {
        return keptMine;
    }

    /** The features that have no partner on the other side, and what the merge did with each. */
    public List<MergeNote> notes() {
        return notes;
    }

    public List<DuplicateId> duplicateIdsInMine() {
        return duplicateIdsInMine;
    }

    public List<DuplicateId> duplicateIdsInTheirs() {
        return duplicateIdsInTheirs;
    }

    /** The conflicts {@code decisions} leave unsettled, in my order. */
    public List<MergeConflict> undecided(MergeDecisions decisions) {
        return conflicts.stream().filter(c -> decisions.choiceFor(c).isEmpty()).toList();
    }

    /**
     * The merge as one undoable command for {@link #mine()}: the features both have replaced by their merged
     * versions in place (conflicts settled by {@code decisions}), then the added features appended. Its {@link
     * EditCommand#changes()} are those replacements and additions. Empty when the merge changes nothing.
     *
     * @throws IllegalArgumentException if a conflict has no choice in {@code decisions}
     */
    public Optional<EditCommand> command(MergeDecisions decisions) {
        Map<Integer, LayoutFeature> replacements = new HashMap<>(takenByIndex);
        conflicting.forEach((index, merge) -> {
            MergeChoice choice = decisions.choiceFor(merge.conflict()).orElseThrow(() -> new IllegalArgumentException(
                    "the conflict over feature " + index + " has no choice; settle every conflict first"));
            LayoutFeature merged = merge.resolved(choice);
            if (merged != merge.mine()) {
                replacements.put(index, merged);
            }
        });
        if (replacements.isEmpty() && added.isEmpty()) {
            return Optional.empty();
        }
        CompoundCommand.Builder steps = CompoundCommand.startingFrom(mine);
        if (!replacements.isEmpty()) {
            steps.then(layout -> ReplaceFeatures.of("Merge", layout, replacements));
        }
        if (!added.isEmpty()) {
            steps.then(layout -> AddFeatures.of("Merge", layout, added));
        }
        return Optional.of(steps.build(description));
    }

    /** My layout with the merge made, conflicts settled by {@code decisions}. */
    public Layout merged(MergeDecisions decisions) {
        return command(decisions).map(c -> c.apply(mine)).orElse(mine);
    }
}
