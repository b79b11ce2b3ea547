package org.hubmap.cli;

import java.util.Arrays;
import org.hubmap.io.FeatureSink;
import org.hubmap.model.LayoutFeature;

/**
 * The line and column where each feature of a streamed layout starts, by the feature's index, so that a planning
 * check's violation can be placed in the file. Two ints a feature, kept only when a command asks for places.
 */
final class FeaturePlaces {
    private int[] lines = new int[1024];
    private int[] columns = new int[1024];
    private int count;

    /** A sink that keeps the place of each feature and hands the feature on to {@code next}. */
    FeatureSink recording(FeatureSink next) {
        return new FeatureSink() {
            @Override
            public void accept(LayoutFeature feature) {
                accept(feature, 0, 0);
            }

            @Override
            public void accept(LayoutFeature feature, long line, long column) {
                add(line, column);
                next.accept(feature, line, column);
            }
        };
    }

    private void add(long line, long column) {
        if (count == lines.length) {
            lines = Arrays.copyOf(lines, count * 2);
            columns = Arrays.copyOf(columns, count * 2);
        }
        // A line past the range of an int is not placed rather than placed wrongly.
        lines[count] = line > Integer.MAX_VALUE ? 0 : (int) line;
        columns[count] = column > Integer.MAX_VALUE ? 0 : (int) column;
        count++;
    }

    /** The line of the feature at {@code index}, or 0 when it is not known. */
    long line(int index) {
        return index < count ? lines[index] : 0;
    }

    /** The column of the feature at {@code index}, or 0 when it is not known. */
    long column(int index) {
        return index < count ? columns[index] : 0;
    }
}
