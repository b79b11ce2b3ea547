package org.hubmap.sheet;

import java.util.Collection;
import java.util.List;
import org.hubmap.geo.GeoBounds;
import org.hubmap.geo.GeometryFraming;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** The ground a sheet shows when it is asked for features rather than for a place: them, with room around. */
public final class SheetExtent {
    /** Room left around features on each side, as a share of their extent. */
    static final double MARGIN = 0.08;
    /** The least ground a sheet of features shows, from west to east and south to north: a hub and its town. */
    static final double LEAST_SPAN_METRES = 20_000;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private SheetExtent() {
    }

    /** The ground around every feature of {@code layouts}; all of Ukraine when they hold none. */
    public static GeoBounds aroundAll(List<Layout> layouts) {
        Envelope envelope = new Envelope();
        layouts.forEach(layout -> envelope.expandToInclude(layout.extent()));
        return framed(envelope, MARGIN);
    }

    /** The ground around {@code features}, with a margin; all of Ukraine when none has a geometry. */
    public static GeoBounds around(Collection<LayoutFeature> features) {
        return around(features, MARGIN);
    }

    /**
     * The ground around {@code features}, with {@code margin} of their extent left free on each side; all of
     * Ukraine when none has a geometry.
     */
    static GeoBounds around(Collection<LayoutFeature> features, double margin) {
        Envelope envelope = new Envelope();
        for (LayoutFeature feature : features) {
            feature.geometry().ifPresent(g -> envelope.expandToInclude(g.getEnvelopeInternal()));
        }
        return framed(envelope, margin);
    }

    private static GeoBounds framed(Envelope envelope, double margin) {
        if (envelope.isNull()) {
            return GeoBounds.UKRAINE;
        }
        envelope.expandBy(envelope.getWidth() * margin, envelope.getHeight() * margin);
        return GeometryFraming.bounds(GEOMETRY.toGeometry(envelope), LEAST_SPAN_METRES).orElse(GeoBounds.UKRAINE);
    }
}
