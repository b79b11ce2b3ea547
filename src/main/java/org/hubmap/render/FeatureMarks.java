package org.hubmap.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.ZoneValidity;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * What the open layouts put on the map, feature by feature, in the order labels are offered room: the selection
 * first, then hubs, depots, zones and other features, each in file order. Built once per change of the layouts or
 * the selection and shared by drawing and label placement. Immutable.
 */
public final class FeatureMarks {
    private static final FeatureMarks NONE = new FeatureMarks(List.of());
    /**
     * Projected outlines and label points, kept per feature object: features are immutable, so an edit makes a new
     * object and only that one is projected again.
     */
    private static final Map<LayoutFeature, Projected> PROJECTED = Collections.synchronizedMap(new WeakHashMap<>());

    private final List<FeatureMark> marks;

    private FeatureMarks(List<FeatureMark> marks) {
        this.marks = List.copyOf(marks);
    }

    /** Nothing on the map. */
    public static FeatureMarks none() {
        return NONE;
    }

    /**
     * The marks of {@code layouts}, with the features in {@code selected} (compared by identity) highlighted and
     * named first.
     */
    public static FeatureMarks of(List<Layout> layouts, Set<LayoutFeature> selected) {
        List<FeatureMark> marks = new ArrayList<>();
        for (int l = 0; l < layouts.size(); l++) {
            List<LayoutFeature> features = layouts.get(l).features();
            for (int f = 0; f < features.size(); f++) {
                LayoutFeature feature = features.get(f);
                if (feature.geometry().isPresent() && !feature.geometry().get().isEmpty()) {
                    marks.add(markOf(feature, l, f, selected.contains(feature)));
                }
            }
        }
        marks.sort(Comparator.comparing((FeatureMark m) -> !m.selected())
                .thenComparingInt(m -> m.labelRule().rank()));
        return new FeatureMarks(marks);
    }

    /** Every mark, in label order. */
    List<FeatureMark> marks() {
        return marks;
    }

    /**
     * The top-most feature drawn at {@code zoom} under the point ({@code worldX}, {@code worldY}) in world pixels at
     * zoom 0: a symbol whose box, grown by {@code tolerancePixels}, holds the point, else a zone whose boundary is
     * within the tolerance, else the smallest zone containing the point.
     */
    public java.util.Optional<FeatureHit> hitTest(double worldX, double worldY, int zoom, double tolerancePixels) {
        double scale = MercatorGeometry.scale(zoom);
        double x = worldX * scale;
        double y = worldY * scale;
        for (FeatureMark mark : marks) {
            if (mark.point().isPresent() && mark.minZoom() <= zoom) {
                PixelBox box = mark.symbolBox().orElseThrow().grown(tolerancePixels)
                        .shifted(mark.worldX() * scale, mark.worldY() * scale);
                if (box.minX() <= x && x <= box.maxX() && box.minY() <= y && y <= box.maxY()) {
                    return java.util.Optional.of(hitOf(mark));
                }
            }
        }
        org.locationtech.jts.geom.Point at = new GeometryFactory().createPoint(new Coordinate(worldX, worldY));
        double tolerance = tolerancePixels / scale;
        FeatureMark inside = null;
        for (FeatureMark mark : marks) {
            if (mark.area().isEmpty() || mark.minZoom() > zoom) {
                continue;
            }
            Geometry world = mark.area().get().world();
            if (!world.getEnvelopeInternal().intersects(new Envelope(worldX - tolerance, worldX + tolerance,
                    worldY - tolerance, worldY + tolerance))) {
                continue;
            }
            if (world.getBoundary().isWithinDistance(at, tolerance)) {
                return java.util.Optional.of(hitOf(mark));
            }
            if (world.getDimension() == 2 && world.contains(at)
                    && (inside == null || world.getArea() < inside.area().get().world().getArea())) {
                inside = mark;
            }
        }
        return java.util.Optional.ofNullable(inside).map(FeatureMarks::hitOf);
    }

    /** The features inside a box in world pixels at zoom 0: points by their position, areas entirely. */
    public List<FeatureHit> within(Envelope box) {
        List<FeatureHit> hits = new ArrayList<>();
        for (FeatureMark mark : marks) {
            Envelope extent = mark.area().map(a -> a.world().getEnvelopeInternal())
                    .orElse(new Envelope(mark.worldX(), mark.worldX(), mark.worldY(), mark.worldY()));
            if (box.contains(extent)) {
                hits.add(hitOf(mark));
            }
        }
        return hits;
    }

    /**
     * The vertex or point of a drawn feature nearest to ({@code worldX}, {@code worldY}) in world pixels at zoom 0
     * and no farther than {@code toleranceWorld}, in longitude/latitude exactly as the feature stores it, so that a
     * snapped vertex is the very same position. Features in {@code ignored} (by identity) are skipped.
     */
    public java.util.Optional<Coordinate> nearestVertex(double worldX, double worldY, double toleranceWorld,
            Set<LayoutFeature> ignored) {
        Envelope near = new Envelope(worldX - toleranceWorld, worldX + toleranceWorld, worldY - toleranceWorld,
                worldY + toleranceWorld);
        Coordinate best = null;
        double bestDistance = toleranceWorld;
        for (FeatureMark mark : marks) {
            Envelope extent = mark.area().map(a -> a.world().getEnvelopeInternal())
                    .orElse(new Envelope(mark.worldX(), mark.worldX(), mark.worldY(), mark.worldY()));
            if (!extent.intersects(near) || ignored.contains(mark.feature())) {
                continue;
            }
            for (Coordinate c : mark.feature().geometry().orElseThrow().getCoordinates()) {
                double d = Math.hypot(MercatorGeometry.worldX(c.x) - worldX, MercatorGeometry.worldY(c.y) - worldY);
                if (d <= bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
        }
        return java.util.Optional.ofNullable(best).map(Coordinate::copy);
    }

    private static FeatureHit hitOf(FeatureMark mark) {
        return new FeatureHit(mark.layoutIndex(), mark.featureIndex(), mark.feature());
    }

    /** How many features are on the map. */
    public int size() {
        return marks.size();
    }

    private static FeatureMark markOf(LayoutFeature feature, int layoutIndex, int featureIndex, boolean selected) {
        Projected projected = PROJECTED.computeIfAbsent(feature, FeatureMarks::project);
        String label = feature.name().isBlank() ? "" : feature.name().trim();
        if (projected.world() instanceof Point) {
            return new FeatureMark(feature, layoutIndex, featureIndex, projected.anchorX(), projected.anchorY(),
                    Optional.empty(), Optional.of(Symbology.pointOf(feature)), projected.ring(), label, selected);
        }
        FeatureMark.AreaShape shape = new FeatureMark.AreaShape(projected.world(), Symbology.areaOf(feature),
                projected.circle(), projected.invalidAt());
        return new FeatureMark(feature, layoutIndex, featureIndex, projected.anchorX(), projected.anchorY(),
                Optional.of(shape), Optional.empty(), Optional.empty(), label, selected);
    }

    /**
     * A feature's geometry in world pixels at zoom 0, the point its name goes, and for a hub or depot its
     * protection ring.
     */
    private record Projected(Geometry world, double anchorX, double anchorY, boolean circle, Optional<Geometry> ring,
            Optional<Coordinate> invalidAt) {
    }

    private static Projected project(LayoutFeature feature) {
        Geometry lonLat = feature.geometry().orElseThrow();
        Geometry world = MercatorGeometry.project(lonLat);
        if (world instanceof Point point) {
            Optional<Geometry> ring = ProtectionRings.ringOf(feature, (Point) lonLat).map(MercatorGeometry::project);
            return new Projected(world, point.getX(), point.getY(), false, ring, Optional.empty());
        }
        Optional<Coordinate> invalidAt = ZoneValidity.problemOf(lonLat)
                .map(p -> new Coordinate(MercatorGeometry.worldX(p.where().x), MercatorGeometry.worldY(p.where().y)));
        Optional<Coordinate> centre = circleCentre(feature);
        if (centre.isPresent()) {
            return new Projected(world, MercatorGeometry.worldX(centre.get().x),
                    MercatorGeometry.worldY(centre.get().y), true, Optional.empty(), invalidAt);
        }
        Coordinate anchor = labelPoint(world);
        return new Projected(world, anchor.x, anchor.y, false, Optional.empty(), invalidAt);
    }

    /** The {@code center} of a zone whose {@code shape} is {@code circle}, when it is a valid position. */
    private static Optional<Coordinate> circleCentre(LayoutFeature feature) {
        if (feature.kind() != FeatureKind.MONITORING_ZONE || !"circle".equals(feature.properties().get("shape"))) {
            return Optional.empty();
        }
        if (feature.properties().get("center") instanceof List<?> centre && centre.size() >= 2
                && centre.get(0) instanceof Number lon && centre.get(1) instanceof Number lat
                && Math.abs(lon.doubleValue()) <= 180 && Math.abs(lat.doubleValue()) <= 85) {
            return Optional.of(new Coordinate(lon.doubleValue(), lat.doubleValue()));
        }
        return Optional.empty();
    }

    /**
     * The centre of the largest circle inside the largest part of an area: the point farthest from its edges, where
     * a name is most clearly inside it. Lines and broken outlines fall back to their envelope's centre.
     */
    private static Coordinate labelPoint(Geometry world) {
        Geometry largest = world;
        if (world instanceof Polygonal && world.getNumGeometries() > 1) {
            for (int i = 0; i < world.getNumGeometries(); i++) {
                if (world.getGeometryN(i).getArea() > largest.getArea() || largest == world) {
                    largest = world.getGeometryN(i);
                }
            }
        }
        Envelope envelope = largest.getEnvelopeInternal();
        if (largest instanceof Polygon) {
            try {
                double tolerance = Math.max(envelope.getWidth(), envelope.getHeight()) / 100;
                if (tolerance <= 0) {
                    return envelope.centre();
                }
                return MaximumInscribedCircle.getCenter(largest, tolerance).getCoordinate();
            } catch (RuntimeException e) {
                // A self-crossing outline can defeat the search; its envelope's centre is still near it.
                return envelope.centre();
            }
        }
        return envelope.centre();
    }
}
