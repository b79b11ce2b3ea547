package org.hubmap.compare;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the conflicts of a merge are to be settled: a choice for all of them, a choice per conflict, or both (a
 * conflict's own choice wins). Immutable; each {@code with} gives new decisions.
 */
public final class MergeDecisions {
    private static final MergeDecisions NONE = new MergeDecisions(null, Map.of());

    private final MergeChoice forAll;
    private final Map<MergeConflict, MergeChoice> perConflict;

    private MergeDecisions(MergeChoice forAll, Map<MergeConflict, MergeChoice> perConflict) {
        this.forAll = forAll;
        this.perConflict = perConflict;
    }

    /** No conflict settled yet. */
    public static MergeDecisions none() {
        return NONE;
    }

    /** Every conflict settled by {@code choice}. */
    public static MergeDecisions all(MergeChoice choice) {
        return NONE.withAll(choice);
    }

    /** These decisions with {@code choice} for every conflict that has no choice of its own. */
    public MergeDecisions withAll(MergeChoice choice) {
        return new MergeDecisions(choice, perConflict);
    }

    /** These decisions with {@code conflict} settled by {@code choice}. */
    public MergeDecisions with(MergeConflict conflict, MergeChoice choice) {
        Map<MergeConflict, MergeChoice> changed = new HashMap<>(perConflict);
        changed.put(conflict, choice);
        return new MergeDecisions(forAll, Map.copyOf(changed));
    }

    /** The choice that settles {@code conflict}: its own, else the one for all, else none yet. */
    public Optional<MergeChoice> choiceFor(MergeConflict conflict) {
        return Optional.ofNullable(perConflict.getOrDefault(conflict, forAll));
    }
}
