package org.hubmap.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The layout being checked, sorted once for all checks: its hubs and depots, its monitoring zones, and an index of
 * the zones' envelopes, built when a check first asks for it. The features are those of a {@link Layout}, or those
 * of a {@link CompactLayout}, made again each time a check asks for one.
 */
final class CheckedLayout {
    private final int size;
    private final IntFunction<LayoutFeature> features;
    private final IntFunction<FeatureKind> kinds;
    private final IntFunction<String> names;
    private final IntFunction<Object> ids;
    private int[] hubsAndDepots = new int[16];
    private int hubAndDepotCount;
    private final List<Zone> zones = new ArrayList<>();
    private STRtree zoneIndex;

    CheckedLayout(Layout layout) {
        this(layout.features());
    }

    private CheckedLayout(List<LayoutFeature> features) {
        this(features.size(), features::get, i -> features.get(i).kind(), i -> features.get(i).name(),
                i -> features.get(i).id());
    }

    CheckedLayout(CompactLayout layout) {
        this(layout.size(), layout::feature, layout::kind, layout::name, layout::id);
    }

    private CheckedLayout(int size, IntFunction<LayoutFeature> features, IntFunction<FeatureKind> kinds,
            IntFunction<String> names, IntFunction<Object> ids) {
        this.size = size;
        this.features = features;
        this.kinds = kinds;
        this.names = names;
        this.ids = ids;
        for (int i = 0; i < size; i++) {
            FeatureKind kind = kinds.apply(i);
            if (kind == FeatureKind.HUB || kind == FeatureKind.DEPOT) {
                if (hubAndDepotCount == hubsAndDepots.length) {
                    hubsAndDepots = Arrays.copyOf(hubsAndDepots, hubAndDepotCount * 2);
                }
                hubsAndDepots[hubAndDepotCount++] = i;
            } else if (kind == FeatureKind.MONITORING_ZONE) {
                zones.add(new Zone(i, features.apply(i)));
            }
        }
        hubsAndDepots = Arrays.copyOf(hubsAndDepots, hubAndDepotCount);
    }

    /** How many features the layout has. */
    int size() {
        return size;
    }

    LayoutFeature feature(int index) {
        return features.apply(index);
    }

    FeatureKind kind(int index) {
        return kinds.apply(index);
    }

    /** The {@code name} of the feature at {@code index}, or empty. */
    String name(int index) {
        return names.apply(index);
    }

    /** The id of the feature at {@code index}, or null. */
    Object id(int index) {
        return ids.apply(index);
    }

    /** Indexes of the hubs and depots, in layout order. */
    int[] hubsAndDepots() {
        return hubsAndDepots;
    }

    /** The monitoring zones, in layout order. */
    List<Zone> zones() {
        return zones;
    }

    /** The zones that have an area whose envelope meets {@code envelope}, in layout order. */
    List<Zone> zonesNear(Envelope envelope) {
        if (zoneIndex == null) {
            zoneIndex = new STRtree();
            for (Zone zone : zones) {
                if (zone.hasArea()) {
                    zoneIndex.insert(zone.area().getEnvelopeInternal(), zone);
                }
            }
            zoneIndex.build();
        }
        @SuppressWarnings("unchecked")
        List<Zone> near = zoneIndex.query(envelope);
        near.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return near;
    }

    InvolvedFeature involved(int index) {
        return new InvolvedFeature(index, id(index));
    }

    String label(int index) {
        return FeatureLabel.of(feature(index), index);
    }

    /**
     * The labels of the features at {@code indexes}, the first {@code listed} of them named and the rest counted:
     * "Hub A and Depot B", "Hub A, Hub B, Depot C and 2 more features".
     */
    String labels(List<Integer> indexes, int listed) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(indexes.size(), listed); i++) {
            parts.add(label(indexes.get(i)));
        }
        int more = indexes.size() - parts.size();
        if (more > 0) {
            parts.add(more + " more feature" + (more == 1 ? "" : "s"));
        }
        return FeatureLabel.joined(parts);
    }

    String sentenceStart(int index) {
        return FeatureLabel.sentenceStart(feature(index), index);
    }
}
