package org.hubmap.check;

/**
 * A feature that a violation is about.
 *
 * @param index the feature's position in {@code Layout.features()}, from 0
 * @param id the feature's {@code id} as the layout has it (a String or a number), or null when it has none
 */
public record InvolvedFeature(int index, Object id) {
}
