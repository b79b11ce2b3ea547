package org.hubmap.check;

import java.util.ArrayList;
import java.util.List;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The layout being checked, sorted once for all checks: its hubs and depots, its monitoring zones, and an index of
 * the zones' envelopes, built when a check first asks for it.
 */
final class CheckedLayout {
    private final List<LayoutFeature> features;
    private final List<Integer> hubsAndDepots = new ArrayList<>();
    private final List<Zone> zones = new ArrayList<>();
    private STRtree zoneIndex;

    CheckedLayout(Layout layout) {
        this.features = layout.features();
        for (int i = 0; i < features.size(); i++) {
            FeatureKind kind = features.get(i).kind();
            if (kind == FeatureKind.HUB || kind == FeatureKind.DEPOT) {
                hubsAndDepots.add(i);
            } else if (kind == FeatureKind.MONITORING_ZONE) {
                zones.add(new Zone(i, features.get(i)));
            }
        }
    }

    List<LayoutFeature> features() {
        return features;
    }

    LayoutFeature feature(int index) {
        return features.get(index);
    }

    /** Indexes of the hubs and depots, in layout order. */
    List<Integer> hubsAndDepots() {
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
        return new InvolvedFeature(index, features.get(index).id());
    }

    String label(int index) {
        return FeatureLabel.of(features.get(index), index);
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
        return FeatureLabel.sentenceStart(features.get(index), index);
    }
}
