package org.hubmap.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeodesicDistance;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.LayoutFeature;

/**
 * The pairs of features of two layouts that are the same feature.
 *
 * <p>A feature with an id is paired with the feature of the other layout that has the same id, compared as the
 * file wrote it (the string "7" and the number 7 are different ids, as in GeoJSON, and as the planning checks
 * compare them). An id carried by several features pairs them in order of appearance ({@link DuplicateId}).
 *
 * <p>A feature without an id is paired with a feature of the other layout that has no id either, the same
 * {@code kind} property, the same name (ignoring case and surrounding spaces, as the planning checks compare
 * names) and a position ({@link FeaturePosition}) within {@value #ID_LESS_MATCH_METRES} m on the WGS84 ellipsoid;
 * the features of the second layout, in order, each take the nearest such feature not yet taken. Features without
 * a geometry pair, in order, with features of the same kind and name that have none. A feature with an id never
 * pairs with one without: an id says which feature it is, and a feature that gained or lost one is another.
 *
 * <p>Pairing takes time in proportion to the number of features (hashing by id; features without ids are
 * bucketed by kind and name and searched by latitude).
 */
final class FeatureMatching {
    /** How far apart two features without an id may lie and still be the same feature, in metres. */
    static final double ID_LESS_MATCH_METRES = 50;
    /** A latitude band wider than 50 m anywhere: a degree of latitude is at least 110.5 km. */
    private static final double LATITUDE_BAND_DEGREES = 0.001;

    private final int[] partnerOfFirst;
    private final int[] partnerOfSecond;
    private final Map<Object, Integer> firstIds;
    private final List<DuplicateId> duplicatesInFirst;
    private final List<DuplicateId> duplicatesInSecond;

    private FeatureMatching(int[] partnerOfFirst, int[] partnerOfSecond, Map<Object, Integer> firstIds,
            List<DuplicateId> duplicatesInFirst, List<DuplicateId> duplicatesInSecond) {
        this.partnerOfFirst = partnerOfFirst;
        this.partnerOfSecond = partnerOfSecond;
        this.firstIds = firstIds;
        this.duplicatesInFirst = duplicatesInFirst;
        this.duplicatesInSecond = duplicatesInSecond;
    }

    /** Pairs the features of {@code first} with those of {@code second}, as the class describes. */
    static FeatureMatching of(List<LayoutFeature> first, List<LayoutFeature> second) {
        int[] ofFirst = new int[first.size()];
        int[] ofSecond = new int[second.size()];
        Arrays.fill(ofFirst, -1);
        Arrays.fill(ofSecond, -1);
        IdIndex firstIds = IdIndex.of(first);
        IdIndex secondIds = IdIndex.of(second);
        for (int j = 0; j < second.size(); j++) {
            Object id = second.get(j).id();
            if (id != null) {
                int i = firstIds.occurrence(id, secondIds.occurrenceNumber(j));
                if (i >= 0) {
                    ofFirst[i] = j;
                    ofSecond[j] = i;
                }
            }
        }
        pairWithoutIds(first, second, ofFirst, ofSecond);
        return new FeatureMatching(ofFirst, ofSecond, firstIds.first, firstIds.duplicates(),
                secondIds.duplicates());
    }

    /** The index in the second layout of the partner of feature {@code i} of the first, or -1. */
    int partnerOfFirst(int i) {
        return partnerOfFirst[i];
    }

    /** The index in the first layout of the partner of feature {@code j} of the second, or -1. */
    int partnerOfSecond(int j) {
        return partnerOfSecond[j];
    }

    /** Whether some feature of the first layout has {@code id}. */
    boolean firstHasId(Object id) {
        return firstIds.containsKey(id);
    }

    List<DuplicateId> duplicatesInFirst() {
        return duplicatesInFirst;
    }

    List<DuplicateId> duplicatesInSecond() {
        return duplicatesInSecond;
    }

    private static void pairWithoutIds(List<LayoutFeature> first, List<LayoutFeature> second, int[] ofFirst,
            int[] ofSecond) {
        Map<NameKey, Bucket> buckets = new HashMap<>();
        for (int i = 0; i < first.size(); i++) {
            LayoutFeature feature = first.get(i);
            if (feature.id() == null) {
                buckets.computeIfAbsent(NameKey.of(feature), k -> new Bucket()).add(i, position(feature));
            }
        }
        if (buckets.isEmpty()) {
            return;
        }
        buckets.values().forEach(Bucket::sortByLatitude);
        for (int j = 0; j < second.size(); j++) {
            LayoutFeature feature = second.get(j);
            Bucket bucket = feature.id() == null ? buckets.get(NameKey.of(feature)) : null;
            if (bucket != null) {
                int i = bucket.take(position(feature), ofFirst);
                if (i >= 0) {
                    ofFirst[i] = j;
                    ofSecond[j] = i;
                }
            }
        }
    }

    private static Optional<GeoPosition> position(LayoutFeature feature) {
        return FeaturePosition.of(feature.geometry().orElse(null));
    }

    /** What features without an id must share to be paired: the raw {@code kind} value and the folded name. */
    private record NameKey(Object kind, String name) {
        static NameKey of(LayoutFeature feature) {
            return new NameKey(feature.properties().get(FeatureSchema.KIND),
                    feature.name().strip().toLowerCase(Locale.ROOT));
        }
    }

    private record Placed(int index, GeoPosition position) {
    }

    /** The features of the first layout without an id that share a kind and name. */
    private static final class Bucket {
        private final List<Placed> placed = new ArrayList<>();
        private final Deque<Integer> unplaced = new ArrayDeque<>();

        void add(int index, Optional<GeoPosition> position) {
            if (position.isPresent()) {
                placed.add(new Placed(index, position.get()));
            } else {
                unplaced.add(index);
            }
        }

        void sortByLatitude() {
            placed.sort(Comparator.comparingDouble(p -> p.position().latDegrees()));
        }

        /**
         * Takes the nearest feature within the matching distance of {@code position} that {@code partners} (of
         * the first layout) does not pair yet, or, for no position, the first without one; -1 when there is none.
         */
        int take(Optional<GeoPosition> position, int[] partners) {
            if (position.isEmpty()) {
                Integer index = unplaced.poll();
                return index == null ? -1 : index;
            }
            GeoPosition at = position.get();
            int best = -1;
            double bestMetres = ID_LESS_MATCH_METRES;
            for (int k = firstAtOrAbove(at.latDegrees() - LATITUDE_BAND_DEGREES); k < placed.size()
                    && placed.get(k).position().latDegrees() <= at.latDegrees() + LATITUDE_BAND_DEGREES; k++) {
                Placed candidate = placed.get(k);
                if (partners[candidate.index()] < 0) {
                    double metres = GeodesicDistance.metres(candidate.position(), at);
                    if (metres <= bestMetres) {
                        best = candidate.index();
                        bestMetres = metres;
                    }
                }
            }
            return best;
        }

        private int firstAtOrAbove(double latDegrees) {
            int low = 0;
            int high = placed.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (placed.get(middle).position().latDegrees() < latDegrees) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    /**
     * Where each id occurs in one layout: the index of its first feature, and of the others for ids carried by
     * several, with each feature's number among those carrying its id (0 for the first).
     */
    private static final class IdIndex {
        private final Map<Object, Integer> first;
        private final Map<Object, List<Integer>> later = new LinkedHashMap<>();
        private final Map<Integer, Integer> occurrenceNumbers = new HashMap<>();

        private IdIndex(int size) {
            first = new HashMap<>(Math.max(16, size * 4 / 3 + 1));
        }

        static IdIndex of(List<LayoutFeature> features) {
            IdIndex index = new IdIndex(features.size());
            for (int i = 0; i < features.size(); i++) {
                Object id = features.get(i).id();
                if (id != null && index.first.putIfAbsent(id, i) != null) {
                    List<Integer> others = index.later.computeIfAbsent(id, k -> new ArrayList<>());
                    others.add(i);
                    index.occurrenceNumbers.put(i, others.size());
                }
            }
            return index;
        }

        /** Feature {@code i}'s number among the features carrying its id, 0 for the first. */
        int occurrenceNumber(int i) {
            return occurrenceNumbers.getOrDefault(i, 0);
        }

        /** The index of the {@code number}th feature (from 0) carrying {@code id}, or -1. */
        int occurrence(Object id, int number) {
            if (number == 0) {
                Integer index = first.get(id);
                return index == null ? -1 : index;
            }
            List<Integer> others = later.get(id);
            return others == null || others.size() < number ? -1 : others.get(number - 1);
        }

        List<DuplicateId> duplicates() {
            List<DuplicateId> duplicates = new ArrayList<>(later.size());
            later.forEach((id, others) -> duplicates.add(new DuplicateId(id, others.size() + 1)));
            return duplicates;
        }
    }
}
