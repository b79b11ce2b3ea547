package org.hubmap.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Where each position of a geometry goes, as in a projection or a move: {@link #appliedTo} gives a copy of a
 * geometry with every coordinate mapped and leaves the geometry itself as it was. Only x and y are mapped; a z or
 * m ordinate is kept.
 */
@FunctionalInterface
public interface CoordinateMap {
    /** Where the position ({@code x}, {@code y}) goes; only the returned coordinate's x and y are taken. */
    Coordinate map(double x, double y);

    /** A copy of {@code geometry} with every coordinate mapped. */
    default Geometry appliedTo(Geometry geometry) {
        Geometry mapped = geometry.copy();
        mapped.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                Coordinate to = map(sequence.getX(i), sequence.getY(i));
                sequence.setOrdinate(i, CoordinateSequence.X, to.x);
                sequence.setOrdinate(i, CoordinateSequence.Y, to.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return mapped;
    }
}
