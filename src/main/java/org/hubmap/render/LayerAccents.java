package org.hubmap.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The accent each layout drawn is marked with, by its position among the layouts drawn, or none: the same for the
 * screen and for every export of the same view. Immutable.
 */
public final class LayerAccents {
    /** No layout is marked, as when one layout alone is drawn and needs no telling apart. */
    public static final LayerAccents NONE = new LayerAccents(List.of());

    private final List<LayerAccent> byLayout;

    private LayerAccents(List<LayerAccent> byLayout) {
        this.byLayout = Collections.unmodifiableList(new ArrayList<>(byLayout));
    }

    /** The accents of the layouts at each position; a null entry marks that layout with none. */
    public static LayerAccents of(List<LayerAccent> byLayout) {
        return byLayout.stream().allMatch(accent -> accent == null) ? NONE : new LayerAccents(byLayout);
    }

    /** The accent of the layout at {@code layoutIndex}, if it has one. */
    public Optional<LayerAccent> of(int layoutIndex) {
        return layoutIndex < byLayout.size() ? Optional.ofNullable(byLayout.get(layoutIndex)) : Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LayerAccents accents && accents.byLayout.equals(byLayout);
    }

    @Override
    public int hashCode() {
        return byLayout.hashCode();
    }

    @Override
    public String toString() {
        return "LayerAccents" + byLayout;
    }
}
