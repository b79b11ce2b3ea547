package org.hubmap.cli;

import java.util.Map;
import java.util.TreeMap;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Counts and figures of a layout, gathered one feature at a time so that a file of any size can be measured
 * without holding it. Features with no kind count as "other"; missing nations and statuses as "(none)". Not safe
 * for use by several threads.
 */
final class LayoutStatistics {
    static final String NONE = "(none)";

    private long features;
    private final Map<String, Long> byKind = new TreeMap<>();
    private final Map<String, Long> byGeometry = new TreeMap<>();
    private final Map<String, Long> byNation = new TreeMap<>();
    private final Map<String, Long> byStatus = new TreeMap<>();
    private final Map<String, Double> capacityByKind = new TreeMap<>();
    private final Envelope bounds = new Envelope();
    private long positions;
    private long zones;
    private long zonesWithHoles;
    private long holes;
    private long circles;
    private final ZoneAreaSum zoneAreas;

    /** Zone areas are measured by {@code zoneAreas}, which the caller closes when done. */
    LayoutStatistics(ZoneAreaSum zoneAreas) {
        this.zoneAreas = zoneAreas;
    }

    void add(LayoutFeature feature) {
        features++;
        String kind = kindName(feature.kind());
        byKind.merge(kind, 1L, Long::sum);
        byNation.merge(feature.nation().isEmpty() ? NONE : feature.nation(), 1L, Long::sum);
        byStatus.merge(feature.status().isEmpty() ? NONE : feature.status(), 1L, Long::sum);
        FeatureSchema.capacity(feature).ifPresent(capacity ->
                capacityByKind.merge(kind, capacity.doubleValue(), Double::sum));
        Geometry geometry = feature.geometry().orElse(null);
        byGeometry.merge(geometry == null ? "null" : geometry.getGeometryType(), 1L, Long::sum);
        if (geometry != null) {
            bounds.expandToInclude(geometry.getEnvelopeInternal());
            positions += geometry.getNumPoints();
        }
        if (feature.kind() == FeatureKind.MONITORING_ZONE) {
            addZone(feature, geometry);
        }
    }

    private void addZone(LayoutFeature feature, Geometry geometry) {
        zones++;
        if (FeatureSchema.saysCircle(feature)) {
            circles++;
        }
        if (geometry == null) {
            return;
        }
        int zoneHoles = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                zoneHoles += polygon.getNumInteriorRing();
            }
        }
        holes += zoneHoles;
        if (zoneHoles > 0) {
            zonesWithHoles++;
        }
        zoneAreas.add(geometry);
    }

    static String kindName(FeatureKind kind) {
        return kind == FeatureKind.OTHER ? "other" : kind.code();
    }

    long features() {
        return features;
    }

    Map<String, Long> byKind() {
        return byKind;
    }

    Map<String, Long> byGeometry() {
        return byGeometry;
    }

    Map<String, Long> byNation() {
        return byNation;
    }

    Map<String, Long> byStatus() {
        return byStatus;
    }

    Map<String, Double> capacityByKind() {
        return capacityByKind;
    }

    /** [minLon, minLat, maxLon, maxLat], or null with no geometry at all. */
    double[] bbox() {
        return bounds.isNull() ? null
                : new double[] {bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY()};
    }

    long positions() {
        return positions;
    }

    long zones() {
        return zones;
    }

    long zonesWithHoles() {
        return zonesWithHoles;
    }

    long holes() {
        return holes;
    }

    long circles() {
        return circles;
    }

    /** Waits, the first time, until every zone is measured. */
    double zoneAreaSquareKm() {
        return zoneAreas.squareMetres() / 1e6;
    }
}
