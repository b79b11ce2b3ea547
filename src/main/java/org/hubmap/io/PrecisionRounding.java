package org.hubmap.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * Coordinates rounded to a number of decimals, as {@code --precision} writes them, and whether a geometry survives
 * it: rounding can fold a small zone's ring onto itself, make it cross itself or collapse it to a line, or
 * merge a short line's ends. Such a geometry is written at full precision instead, and said so.
 */
final class PrecisionRounding {
    private final int decimals;

    PrecisionRounding(int decimals) {
        this.decimals = decimals;
    }

    /** {@code value} rounded half to even to the decimals, as written. */
    double round(double value) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** {@code geometry} with every coordinate rounded. */
    Geometry rounded(Geometry geometry) {
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(CoordinateSequence coordinates, Geometry parent) {
                CoordinateSequence copy = coordinates.copy();
                for (int i = 0; i < copy.size(); i++) {
                    copy.setOrdinate(i, CoordinateSequence.X, round(copy.getX(i)));
                    copy.setOrdinate(i, CoordinateSequence.Y, round(copy.getY(i)));
                }
                return copy;
            }
        }.transform(geometry);
    }

    /**
     * Whether {@code rounded}, made of {@code original}, is as sound as it: an area valid where it was valid, each
     * line still two distinct positions or more.
     */
    static boolean keepsShape(Geometry original, Geometry rounded) {
        if (rounded.getNumGeometries() != original.getNumGeometries()) {
            return false;
        }
        if (original instanceof Polygonal) {
            return !original.isValid() || rounded.isValid();
        }
        for (int i = 0; i < original.getNumGeometries(); i++) {
            Geometry part = original.getGeometryN(i);
            Geometry after = rounded.getGeometryN(i);
            if (part != original && !keepsShape(part, after)) {
                return false;
            }
            if (part instanceof LineString line && distinct(line) >= 2 && distinct((LineString) after) < 2) {
                return false;
            }
        }
        return true;
    }

    private static int distinct(LineString line) {
        Envelope extent = line.getEnvelopeInternal();
        return extent.getWidth() > 0 || extent.getHeight() > 0 ? 2 : 1;
    }
}
