package org.hubmap.cli;

import java.math.BigDecimal;
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
    private long capacitiesAsText;
    private long capacitiesNotNumbers;
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
        addCapacity(kind, feature.properties().get(FeatureSchema.CAPACITY));
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

    /**
     * A capacity written as text that reads as a number, as a CSV round trip through GDAL leaves it, is counted
     * as the planner meant it, and counted apart so that the user hears of it; any other value that is not a
     * number is left out and counted too.
     */
    private void addCapacity(String kind, Object capacity) {
        if (capacity instanceof Number number) {
            capacityByKind.merge(kind, number.doubleValue(), Double::sum);
        } else if (capacity instanceof String text && numberIn(text) != null) {
            capacityByKind.merge(kind, numberIn(text).doubleValue(), Double::sum);
            capacitiesAsText++;
        } else if (capacity != null) {
            capacitiesNotNumbers++;
        }
    }

    private static BigDecimal numberIn(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
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

    /** How many capacities were written as text that reads as a number, and counted. */
    long capacitiesAsText() {
        return capacitiesAsText;
    }

    /** How many capacities were neither numbers nor text that reads as one, and so not counted. */
    long capacitiesNotNumbers() {
        return capacitiesNotNumbers;
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
