package org.hubmap.geo;

import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Where a geometry in longitude/latitude degrees lies, for moving a map to it: the centre of its envelope, and
 * bounds that frame it with at least a given span, so that a point is shown with its surroundings rather than at
 * the largest zoom. Framing needs no geodesic precision: metres become degrees by the length of a degree on a
 * sphere of the Earth's mean radius, within 0.5 % of the ellipsoid's.
 */
public final class GeometryFraming {
    /** Metres in one degree of latitude, and of longitude on the equator. */
    private static final double METRES_PER_DEGREE = 111_195;
    /** The latitude where Web Mercator maps end. */
    private static final double MERCATOR_LIMIT_LAT = 85.0511;

    private GeometryFraming() {
    }

    /** The centre of the geometry's envelope; empty for an empty geometry. */
    public static Optional<GeoPosition> centre(Geometry geometry) {
        if (geometry.isEmpty()) {
            return Optional.empty();
        }
        Envelope envelope = geometry.getEnvelopeInternal();
        return Optional.of(new GeoPosition(envelope.centre().x, envelope.centre().y));
    }

    /**
     * The geometry's envelope, widened about its centre to at least {@code minimumSpanMetres} from west to east and
     * from south to north and kept within the Web Mercator map; empty for an empty geometry.
     */
    public static Optional<GeoBounds> bounds(Geometry geometry, double minimumSpanMetres) {
        if (geometry.isEmpty()) {
            return Optional.empty();
        }
        Envelope envelope = new Envelope(geometry.getEnvelopeInternal());
        double latSpan = minimumSpanMetres / METRES_PER_DEGREE;
        // Near the poles a degree of longitude shrinks to nothing; the floor keeps the span finite there.
        double lonSpan = latSpan / Math.max(Math.cos(Math.toRadians(envelope.centre().y)), 0.01);
        if (envelope.getWidth() < lonSpan) {
            envelope.expandBy((lonSpan - envelope.getWidth()) / 2, 0);
        }
        if (envelope.getHeight() < latSpan) {
            envelope.expandBy(0, (latSpan - envelope.getHeight()) / 2);
        }
        return Optional.of(new GeoBounds(Math.max(-180, envelope.getMinX()),
                Math.max(-MERCATOR_LIMIT_LAT, envelope.getMinY()), Math.min(180, envelope.getMaxX()),
                Math.min(MERCATOR_LIMIT_LAT, envelope.getMaxY())));
    }
}
