package org.hubmap.compare;

import org.hubmap.model.LayoutFeature;

/**
 * A feature a merge could not pair with one of the other layout, and what it did with it. A merge never deletes a
 * feature, so a feature only one side has is kept or added, except where my own deletion stands.
 *
 * @param reason why the feature has no partner and what the merge did
 * @param feature the feature: from my layout for {@link Reason#ONLY_MINE} and {@link Reason#REMOVED_IN_THEIRS},
 *     from theirs otherwise
 */
public record MergeNote(Reason reason, LayoutFeature feature) {
    /** Why a feature has no partner, and what the merge did with it. */
    public enum Reason {
        /** Only my layout has it (and the base, when known, had not): kept. */
        ONLY_MINE,
        /** The base and my layout have it, theirs has not: kept, since a merge never deletes. */
        REMOVED_IN_THEIRS,
        /** The base and theirs have it, unchanged, and I deleted it: my deletion stands, it is not added. */
        REMOVED_IN_MINE,
        /** I deleted it and the colleague changed it: their version is added back, so their work is not lost. */
        RESTORED,
        /**
         * Theirs uses an id more often than my layout does, and this is one of the features left over: not added,
         * since my layout would then carry the id twice.
         */
        ID_ALREADY_IN_MINE
    }
}
