package org.hubmap.ui.edit;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.IntStream;

/**
 * The features selected in one layout, as ascending indexes into its feature list. Immutable.
 */
public final class FeatureSelection {
    private static final FeatureSelection NONE = new FeatureSelection(new int[0]);

    private final int[] indexes;

    private FeatureSelection(int[] indexes) {
        this.indexes = indexes;
    }

    public static FeatureSelection none() {
        return NONE;
    }

    /** The selection of these indexes, in any order, repeats ignored. */
    public static FeatureSelection of(int... indexes) {
        int[] sorted = IntStream.of(indexes).sorted().distinct().toArray();
        return sorted.length == 0 ? NONE : new FeatureSelection(sorted);
    }

    public static FeatureSelection of(Collection<Integer> indexes) {
        return of(indexes.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The selected indexes, ascending. */
    public int[] indexes() {
        return indexes.clone();
    }

    public IntStream stream() {
        return IntStream.of(indexes);
    }

    public boolean contains(int index) {
        return Arrays.binarySearch(indexes, index) >= 0;
    }

    public boolean isEmpty() {
        return indexes.length == 0;
    }

    public int size() {
        return indexes.length;
    }

    /** This selection with {@code index} added, or removed when it was already selected. */
    public FeatureSelection toggled(int index) {
        return contains(index) ? of(stream().filter(i -> i != index).toArray())
                : of(IntStream.concat(stream(), IntStream.of(index)).toArray());
    }

    /** The indexes of both selections. */
    public FeatureSelection union(FeatureSelection other) {
        return of(IntStream.concat(stream(), other.stream()).toArray());
    }

    /** Only the indexes below {@code size}, for a layout that has shrunk. */
    public FeatureSelection within(int size) {
        return indexes.length == 0 || indexes[indexes.length - 1] < size ? this
                : of(stream().filter(i -> i < size).toArray());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureSelection s && Arrays.equals(indexes, s.indexes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indexes);
    }

    @Override
    public String toString() {
        return Arrays.toString(indexes);
    }
}
