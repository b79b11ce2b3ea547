package org.hubmap.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * A layout document: the features of one GeoJSON FeatureCollection in file order, the collection's other members
 * (foreign members such as {@code name} or {@code bbox}, in file order), and, for a layout read from a file, the
 * file's text around the features. Immutable: edits return a new layout that shares every feature object they do
 * not change, so an edit costs one copy of the list of features (no feature is copied) and the layouts before
 * and after can both be kept. The list of features holds no null.
 */
public final class Layout {
    private final String title;
    private final List<LayoutFeature> features;
    private final Map<String, Object> collectionMembers;
    private final DocumentText text;
    /**
     * How many features are of each kind, by ordinal, counted when first asked: a window asks on every repaint
     * of its list of layers, which must not read every feature of a large layout each time. Written once;
     * threads that race to count it count the same.
     */
    private volatile int[] kindCounts;
    /** The envelope of every feature's geometry, worked out when first asked, as the counts are. */
    private volatile Envelope extent;
    /** The nations and statuses the features name, gathered when first asked, as the counts are. */
    private volatile NamedValues namedValues;

    /** The distinct values of two properties that lists offer as choices; unmodifiable. */
    private record NamedValues(Set<String> nations, Set<String> statuses) {
    }

    public Layout(String title, List<LayoutFeature> features) {
        this(title, features, Map.of(), null);
    }

    public Layout(String title, List<LayoutFeature> features, Map<String, Object> collectionMembers,
            DocumentText text) {
        this.title = title;
        this.features = List.copyOf(features);
        this.collectionMembers = Collections.unmodifiableMap(new LinkedHashMap<>(collectionMembers));
        this.text = text;
    }

    /**
     * A layout with the title and text of {@code base} that shares {@code features} and {@code collectionMembers}
     * without copying them: both must be unmodifiable, and the features must hold no null.
     */
    private Layout(Layout base, List<LayoutFeature> features, Map<String, Object> collectionMembers) {
        this.title = base.title;
        this.features = features;
        this.collectionMembers = collectionMembers;
        this.text = base.text;
    }

    /** A short name for the layout, usually its file name. */
    public String title() {
        return title;
    }

    public List<LayoutFeature> features() {
        return features;
    }

    /**
     * Members of the FeatureCollection other than {@code type} and {@code features}, in file order, with JSON
     * values as plain Java values.
     */
    public Map<String, Object> collectionMembers() {
        return collectionMembers;
    }

    /** The file's text around the features, when the layout was read from a file. */
    public Optional<DocumentText> text() {
        return Optional.ofNullable(text);
    }

    /** How many features are of this kind. */
    public long count(FeatureKind kind) {
        int[] counts = kindCounts;
        if (counts == null) {
            counts = new int[FeatureKind.values().length];
            for (LayoutFeature feature : features) {
                counts[feature.kind().ordinal()]++;
            }
            kindCounts = counts;
        }
        return counts[kind.ordinal()];
    }

    /**
     * The smallest longitude-latitude box holding every feature's geometry; a null envelope when none has one.
     * Worked out once per layout: exports ask for it on every change of their choices.
     */
    public Envelope extent() {
        Envelope known = extent;
        if (known == null) {
            known = new Envelope();
            for (LayoutFeature feature : features) {
                Envelope around = known;
                feature.geometry().ifPresent(g -> around.expandToInclude(g.getEnvelopeInternal()));
            }
            extent = known;
        }
        return new Envelope(known);
    }

    /**
     * The distinct {@code nation} values of the features, the empty text for a feature without one. Gathered once
     * per layout: a window's feature list offers them as choices whenever it lists the layout.
     */
    public Set<String> nations() {
        return namedValues().nations();
    }

    /** The distinct {@code status} values of the features, as {@link #nations()} gathers nations. */
    public Set<String> statuses() {
        return namedValues().statuses();
    }

    private NamedValues namedValues() {
        NamedValues known = namedValues;
        if (known == null) {
            Set<String> nations = new HashSet<>();
            Set<String> statuses = new HashSet<>();
            for (LayoutFeature feature : features) {
                nations.add(feature.nation());
                statuses.add(feature.status());
            }
            known = new NamedValues(Collections.unmodifiableSet(nations), Collections.unmodifiableSet(statuses));
            namedValues = known;
        }
        return known;
    }

    /** This layout with feature {@code index} replaced. */
    public Layout withFeature(int index, LayoutFeature feature) {
        LayoutFeature[] changed = featureArray();
        changed[index] = Objects.requireNonNull(feature, "feature");
        return withFeatureArray(changed);
    }

    /** This layout with a feature added at the end. */
    public Layout withFeatureAdded(LayoutFeature feature) {
        return withFeaturesAdded(List.of(feature));
    }

    /** This layout without feature {@code index}. */
    public Layout withFeatureRemoved(int index) {
        return withFeaturesRemoved(new int[] {Objects.checkIndex(index, features.size())});
    }

    /** This layout with {@code added} appended after its last feature, in their order. */
    public Layout withFeaturesAdded(List<LayoutFeature> added) {
        LayoutFeature[] changed = features.toArray(new LayoutFeature[features.size() + added.size()]);
        int index = features.size();
        for (LayoutFeature feature : added) {
            changed[index++] = Objects.requireNonNull(feature, "added feature");
        }
        return withFeatureArray(changed);
    }

    /**
     * This layout without the features at {@code indexes}, which must be strictly ascending and in range; the
     * other features keep their order. Takes time in proportion to the number of features, however many go.
     */
    public Layout withFeaturesRemoved(int[] indexes) {
        checkAscending(indexes, features.size());
        LayoutFeature[] source = featureArray();
        LayoutFeature[] changed = new LayoutFeature[source.length - indexes.length];
        int from = 0;
        int to = 0;
        for (int index : indexes) {
            int run = index - from;
            System.arraycopy(source, from, changed, to, run);
            to += run;
            from = index + 1;
        }
        System.arraycopy(source, from, changed, to, source.length - from);
        return withFeatureArray(changed);
    }

    /**
     * This layout with {@code inserted.get(i)} at index {@code indexes[i]} of the new layout, the features it had
     * filling the other indexes in their order: the inverse of {@link #withFeaturesRemoved}. The indexes must be
     * strictly ascending and below the new layout's size. Takes time in proportion to the number of features.
     */
    public Layout withFeaturesInserted(int[] indexes, List<LayoutFeature> inserted) {
        checkSameLength(indexes, inserted);
        LayoutFeature[] source = featureArray();
        LayoutFeature[] changed = new LayoutFeature[source.length + indexes.length];
        checkAscending(indexes, changed.length);
        int from = 0;
        int to = 0;
        for (int i = 0; i < indexes.length; i++) {
            int run = indexes[i] - to;
            System.arraycopy(source, from, changed, to, run);
            from += run;
            changed[indexes[i]] = Objects.requireNonNull(inserted.get(i), "inserted feature");
            to = indexes[i] + 1;
        }
        System.arraycopy(source, from, changed, to, source.length - from);
        return withFeatureArray(changed);
    }

    /**
     * This layout with feature {@code indexes[i]} replaced by {@code replacements.get(i)}; the indexes must be
     * strictly ascending and in range. Takes time in proportion to the number of features, however many change.
     */
    public Layout withFeaturesReplaced(int[] indexes, List<LayoutFeature> replacements) {
        checkSameLength(indexes, replacements);
        checkAscending(indexes, features.size());
        LayoutFeature[] changed = featureArray();
        for (int i = 0; i < indexes.length; i++) {
            changed[indexes[i]] = Objects.requireNonNull(replacements.get(i), "replacement feature");
        }
        return withFeatureArray(changed);
    }

    /**
     * This layout with collection member {@code key} set to {@code value}: in place when the member exists, at the
     * end otherwise. A null value removes the member; {@link #withCollectionMembers} can set a JSON null.
     * {@code type} and {@code features} are not members here.
     */
    public Layout withCollectionMember(String key, Object value) {
        if (key.equals("type") || key.equals("features")) {
            throw new IllegalArgumentException("\"" + key + "\" is not a foreign member of a FeatureCollection");
        }
        Map<String, Object> changed = new LinkedHashMap<>(collectionMembers);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return withCollectionMembers(changed);
    }

    /** This layout with other collection members, in the given map's order; the features stay the same objects. */
    public Layout withCollectionMembers(Map<String, Object> members) {
        return new Layout(this, features, Collections.unmodifiableMap(new LinkedHashMap<>(members)));
    }

    private LayoutFeature[] featureArray() {
        return features.toArray(new LayoutFeature[0]);
    }

    /** A layout like this one over {@code array}, which no one else may hold and which holds no null. */
    private Layout withFeatureArray(LayoutFeature[] array) {
        return new Layout(this, Collections.unmodifiableList(Arrays.asList(array)), collectionMembers);
    }

    private static void checkSameLength(int[] indexes, List<LayoutFeature> features) {
        if (indexes.length != features.size()) {
            throw new IllegalArgumentException(
                    indexes.length + " indexes for " + features.size() + " features; they must pair up");
        }
    }

    private static void checkAscending(int[] indexes, int size) {
        int previous = -1;
        for (int index : indexes) {
            if (index <= previous || index >= size) {
                throw new IllegalArgumentException("feature index " + index + " after " + previous
                        + ": indexes must be strictly ascending and below " + size);
            }
            previous = index;
        }
    }
}
