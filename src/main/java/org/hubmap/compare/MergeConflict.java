package org.hubmap.compare;

import java.util.List;
import java.util.Optional;
import org.hubmap.model.LayoutFeature;

/**
 * One feature that both layouts changed in ways a merge cannot combine, to be settled by a {@link MergeChoice}.
 * Without a common base every difference between mine and theirs conflicts; with one, only a property both changed
 * to different values, or a geometry both changed differently, does, and the choice decides only those: what one
 * side alone changed is taken either way.
 *
 * <p>A circle zone's {@code shape}, {@code center} and {@code radius_m} are one thing with its polygon: they
 * conflict, and are settled, together with the geometry, and are not listed among the properties.
 *
 * @param mine the feature in my layout (the one the merge changes)
 * @param theirs the feature in the colleague's layout
 * @param base the feature in the version both started from, when known and it had the feature
 * @param properties the keys of the properties that conflict, in the order of mine then theirs
 * @param geometry whether the geometry (with a circle's centre and radius) conflicts
 */
public record MergeConflict(LayoutFeature mine, LayoutFeature theirs, Optional<LayoutFeature> base,
        List<String> properties, boolean geometry) {
    public MergeConflict {
        properties = List.copyOf(properties);
    }
}
