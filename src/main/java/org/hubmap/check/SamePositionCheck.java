package org.hubmap.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Point;

/**
 * Hubs and depots at the same position: two or more whose points (a Point, each point of a MultiPoint, the points
 * of a GeometryCollection) lie less than {@value #NEAR_METRES} m apart, geodesic on WGS84, as when a depot is
 * placed on a hub or a site is entered twice. Features linked by such pairs, directly or through one another, are
 * one violation that names them all, in layout order, shown at the first one's point nearest another; two points
 * of one feature do not count. A warning, not an error: two sites may share a compound on purpose.
 *
 * <p>Pairs are found in a grid ({@link ClosePoints}), never by measuring every pair, so 100 000 features cost a
 * few tens of milliseconds.
 */
final class SamePositionCheck {
    /**
     * How near two sites may come before they count as one place, in metres. A hub or depot is a compound
     * hundreds of metres across, so two sites planned apart are farther apart than this; yet a site entered on top
     * of another, from a GPS fix good to a few metres or from coordinates written to four decimals (a step of 11 m
     * of latitude, so at most 5.5 m off), falls within it. On the map their symbols, 19 pixels tall or more, cover
     * each other up to zoom 17, where 10 m are some 13 pixels in Ukraine.
     */
    static final double NEAR_METRES = 10;
    /** A group of more features is listed by this many labels and a count of the rest. */
    private static final int LABELS_LISTED = 5;

    private SamePositionCheck() {
    }

    static void run(CheckedLayout layout, Violations violations) {
        SitePoints points = SitePoints.of(layout);
        ClosePoints.Pairs pairs = ClosePoints.find(points.lons, points.lats, points.count, NEAR_METRES);
        if (pairs.size() == 0) {
            return;
        }
        Groups groups = new Groups(layout.size());
        // Nearest first, so that each feature's first pair is its nearest, and the distance that joins two groups
        // is the least that links them.
        for (int k = 0; k < pairs.size(); k++) {
            int a = pairs.firsts()[k];
            int b = pairs.seconds()[k];
            groups.join(points.owners[a], a, points.owners[b], b, pairs.metres()[k]);
        }
        for (List<Integer> group : groups.byFirstFeature().values()) {
            if (violations.full(CheckKind.SAME_POSITION)) {
                return;
            }
            int first = group.get(0);
            int at = groups.nearestPoint(first);
            violations.add(CheckKind.SAME_POSITION, message(layout, group, groups.spread(first)),
                    group.stream().map(layout::involved).toList(),
                    Optional.of(new LonLat(points.lons[at], points.lats[at])));
        }
    }

    /**
     * "Hub Lviv and Depot Lviv are at the same position.", "Hub A and Depot B are 4 m apart (minimum 10 m).",
     * "Hub A, Depot B and Depot C are each within 6 m of another of them (minimum 10 m)."
     */
    private static String message(CheckedLayout layout, List<Integer> group, double spreadMetres) {
        String features = layout.labels(group, LABELS_LISTED);
        String distance = Figures.distanceBelow(spreadMetres, NEAR_METRES);
        String start = Character.toUpperCase(features.charAt(0)) + features.substring(1);
        if (distance.equals("0 m")) {
            return start + " are at the same position.";
        }
        String minimum = " (minimum " + Figures.exactDistance(NEAR_METRES) + ").";
        if (group.size() == 2) {
            return start + " are " + distance + " apart" + minimum;
        }
        return start + " are each within " + distance + " of another of them" + minimum;
    }

    /** The points of the hubs and depots in layout order, each with the index of its feature. */
    private static final class SitePoints {
        private double[] lons;
        private double[] lats;
        private int[] owners;
        private int count;

        /** Room for one point per site from the start, so that millions of sites are not copied as they grow. */
        private SitePoints(int sites) {
            lons = new double[Math.max(16, sites)];
            lats = new double[lons.length];
            owners = new int[lons.length];
        }

        static SitePoints of(CheckedLayout layout) {
            SitePoints points = new SitePoints(layout.hubsAndDepots().length);
            for (int index : layout.hubsAndDepots()) {
                LayoutFeature feature = layout.feature(index);
                feature.geometry().ifPresent(geometry -> points.addPoints(geometry, index));
            }
            return points;
        }

        /** Adds the points a hub or depot is drawn at: a Point, a MultiPoint's, a collection's. */
        private void addPoints(Geometry geometry, int owner) {
            if (geometry instanceof Point point) {
                if (!point.isEmpty() && Double.isFinite(point.getX()) && Math.abs(point.getY()) <= 90) {
                    add(point.getX(), point.getY(), owner);
                }
                return;
            }
            // Lines and areas have no point a site stands on.
            if (geometry instanceof GeometryCollection) {
                for (int i = 0; i < geometry.getNumGeometries(); i++) {
                    addPoints(geometry.getGeometryN(i), owner);
                }
            }
        }

        private void add(double lon, double lat, int owner) {
            if (count == owners.length) {
                lons = Arrays.copyOf(lons, 2 * count);
                lats = Arrays.copyOf(lats, 2 * count);
                owners = Arrays.copyOf(owners, 2 * count);
            }
            lons[count] = lon;
            lats[count] = lat;
            owners[count++] = owner;
        }
    }

    /**
     * Features joined into groups by pairs of their points, nearest pairs first (union-find over feature indexes):
     * for each group the greatest distance that joined it, and for each feature its point nearest another.
     */
    private static final class Groups {
        private final int[] parent;
        /** Per group root: the greatest distance joining its features, in metres. */
        private final double[] spreads;
        /** Per feature: its point in its nearest pair, or -1 before it has one. */
        private final int[] nearestPoints;
        private final List<Integer> joined = new ArrayList<>();

        Groups(int features) {
            parent = new int[features];
            spreads = new double[features];
            nearestPoints = new int[features];
            Arrays.setAll(parent, i -> i);
            Arrays.fill(nearestPoints, -1);
        }

        /** Joins feature {@code a}, at its point {@code pointA}, with {@code b} at {@code pointB}. */
        void join(int a, int pointA, int b, int pointB, double metres) {
            if (a == b) {
                return;
            }
            noteNearest(a, pointA);
            noteNearest(b, pointB);
            int rootA = root(a);
            int rootB = root(b);
            if (rootA != rootB) {
                parent[rootB] = rootA;
                spreads[rootA] = Math.max(metres, Math.max(spreads[rootA], spreads[rootB]));
            }
        }

        /** Keeps {@code point} as the point of {@code feature} nearest another, unless it has one already. */
        private void noteNearest(int feature, int point) {
            if (nearestPoints[feature] < 0) {
                nearestPoints[feature] = point;
                joined.add(feature);
            }
        }

        /** The groups by their first feature's index, each feature in layout order. */
        TreeMap<Integer, List<Integer>> byFirstFeature() {
            TreeMap<Integer, List<Integer>> byRoot = new TreeMap<>();
            for (int feature : joined) {
                byRoot.computeIfAbsent(root(feature), r -> new ArrayList<>()).add(feature);
            }
            TreeMap<Integer, List<Integer>> byFirst = new TreeMap<>();
            for (List<Integer> group : byRoot.values()) {
                group.sort(null);
                byFirst.put(group.get(0), group);
            }
            return byFirst;
        }

        /** The greatest distance that joined the group of {@code feature}, in metres. */
        double spread(int feature) {
            return spreads[root(feature)];
        }

        int nearestPoint(int feature) {
            return nearestPoints[feature];
        }

        private int root(int feature) {
            int root = feature;
            while (parent[root] != root) {
                root = parent[root];
            }
            // Halves the paths walked later.
            for (int f = feature; parent[f] != root; ) {
                int next = parent[f];
                parent[f] = root;
                f = next;
            }
            return root;
        }
    }
}
