package org.hubmap.ui.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hubmap.check.SitesNearby;
import org.hubmap.document.Selection;
import org.hubmap.geo.CircleZone;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeodesicShift;
import org.hubmap.geo.Rings;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.AddFeatures;
import org.hubmap.model.edit.RemoveFeatures;
import org.hubmap.model.edit.ReplaceFeatures;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The edits the map tools and the Edit menu make, each applied to an {@link OpenedLayout} as one undoable command
 * that leaves the edited features selected. New features are planned until the user says otherwise, and get a
 * name no other feature of the layout has, such as {@code Hub 3}.
 */
final class FeatureEdits {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private FeatureEdits() {
    }

    /** Adds a hub or depot at {@code position}. */
    static LayoutFeature addPoint(OpenedLayout target, FeatureKind kind, GeoPosition position) {
        LayoutFeature point = LayoutFeature.create(newProperties(target.layout(), kind),
                GEOMETRY.createPoint(new Coordinate(position.lonDegrees(), position.latDegrees())));
        add(target, "Add", List.of(point));
        return point;
    }

    /**
     * A warning when the hub or depot {@code placed} at {@code position} stands on another, as the planning checks
     * will also say: "Depot 3 is at the same position as Hub Kyiv North".
     */
    static Optional<String> samePositionWarning(OpenedLayout target, LayoutFeature placed, GeoPosition position) {
        List<LayoutFeature> near = SitesNearby.at(target.layout(), position, placed);
        if (near.isEmpty()) {
            return Optional.empty();
        }
        String others = near.size() == 1 ? near.get(0).name() : near.get(0).name() + " and " + (near.size() - 1)
                + " more";
        return Optional.of("⚠ " + placed.name() + " is at the same position as " + others + " (within "
                + (int) SitesNearby.nearMetres() + " m); the planning checks list it");
    }

    /** Adds a polygon zone with these vertices (at least three, not closed). */
    static void addPolygonZone(OpenedLayout target, List<GeoPosition> vertices) {
        Map<String, Object> properties = newProperties(target.layout(), FeatureKind.MONITORING_ZONE);
        properties.put(FeatureSchema.SHAPE, FeatureSchema.POLYGON);
        Polygon zone = counterClockwise(GEOMETRY.createPolygon(Rings.closed(vertices)));
        add(target, "Draw", List.of(LayoutFeature.create(properties, zone)));
    }

    /** Adds a circle zone of {@code radiusMetres} round {@code centre}. */
    static void addCircleZone(OpenedLayout target, GeoPosition centre, double radiusMetres) {
        LayoutFeature blank = LayoutFeature.create(newProperties(target.layout(), FeatureKind.MONITORING_ZONE), null);
        add(target, "Draw", List.of(CircleZone.withCircle(blank, centre, radiusMetres)));
    }

    /** Moves the selected features along the geodesic from {@code from} to {@code to}. */
    static void moveSelection(OpenedLayout target, GeoPosition from, GeoPosition to) {
        replaceSelection(target, "Move", feature -> GeodesicShift.shift(feature, from, to));
    }

    /** Moves the selected features {@code metres} towards {@code azimuthDegrees}, as the arrow keys do. */
    static void nudgeSelection(OpenedLayout target, double azimuthDegrees, double metres) {
        replaceSelection(target, "Move", feature -> GeodesicShift.shift(feature, azimuthDegrees, metres));
    }

    /** Replaces {@code before}, a feature of the layout, by an edited version of it, and selects that. */
    static void replace(OpenedLayout target, LayoutFeature before, LayoutFeature edited, String action) {
        int index = target.layout().features().indexOf(before);
        if (index < 0 || target.layout().features().get(index) != before) {
            index = indexOf(target.layout().features(), before);
        }
        target.execute(ReplaceFeatures.of(action, target.layout(), Map.of(index, edited)), Selection.of(edited));
    }

    /** Deletes the selected features. */
    static void deleteSelection(OpenedLayout target) {
        Set<Integer> indexes = new HashSet<>();
        for (int index : target.selection().indexesIn(target.layout())) {
            indexes.add(index);
        }
        if (!indexes.isEmpty()) {
            target.execute(RemoveFeatures.of("Delete", target.layout(), indexes), Selection.none());
        }
    }

    /** Where {@code feature} itself (not one equal to it) stands in {@code features}. */
    private static int indexOf(List<LayoutFeature> features, LayoutFeature feature) {
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i) == feature) {
                return i;
            }
        }
        throw new IllegalArgumentException("the feature is not in the layout");
    }

    /** Adds copies of the selected features, with new ids and names, a little south-east of them. */
    static void duplicateSelection(OpenedLayout target, double offsetMetres) {
        List<LayoutFeature> copies = new ArrayList<>();
        Set<String> names = names(target.layout());
        for (LayoutFeature feature : target.selectedFeatures()) {
            LayoutFeature moved = GeodesicShift.shift(feature, 135, offsetMetres);
            copies.add(copyOf(moved, names));
        }
        if (!copies.isEmpty()) {
            add(target, "Duplicate", copies);
        }
    }

    /** Adds {@code features}, copied from another layout or the clipboard, with new ids. */
    static void paste(OpenedLayout target, List<LayoutFeature> features) {
        Set<String> names = names(target.layout());
        List<LayoutFeature> copies = new ArrayList<>();
        for (LayoutFeature feature : features) {
            copies.add(copyOf(feature, names));
        }
        if (!copies.isEmpty()) {
            add(target, "Paste", copies);
        }
    }

    private static void add(OpenedLayout target, String action, List<LayoutFeature> added) {
        target.execute(AddFeatures.of(action, target.layout(), added), Selection.of(added));
    }

    private interface FeatureChange {
        LayoutFeature apply(LayoutFeature feature);
    }

    private static void replaceSelection(OpenedLayout target, String action, FeatureChange change) {
        Map<Integer, LayoutFeature> after = new LinkedHashMap<>();
        for (int index : target.selection().indexesIn(target.layout())) {
            after.put(index, change.apply(target.layout().features().get(index)));
        }
        if (!after.isEmpty()) {
            // ReplaceFeatures describes the features itself: "Move hub", never "Move hub hub".
            ReplaceFeatures edit = ReplaceFeatures.of(action, target.layout(), after);
            target.execute(edit, target.selection().following(edit.changes()));
        }
    }

    /** A copy with a new id and, where its name is taken, the name with a number after it. */
    private static LayoutFeature copyOf(LayoutFeature feature, Set<String> names) {
        Map<String, Object> properties = new LinkedHashMap<>(feature.properties());
        if (!feature.name().isBlank()) {
            String name = freeName(feature.name().replaceAll(" \\(\\d+\\)$", ""), names, true);
            names.add(name.toLowerCase(Locale.ROOT));
            properties.put(FeatureSchema.NAME, name);
        }
        return LayoutFeature.create(properties, feature.geometry().orElse(null));
    }

    private static Map<String, Object> newProperties(Layout layout, FeatureKind kind) {
        return FeatureSchema.newFeature(kind, freeName(FeatureSchema.baseName(kind), names(layout), false));
    }

    private static Set<String> names(Layout layout) {
        Set<String> names = new HashSet<>();
        for (LayoutFeature feature : layout.features()) {
            names.add(feature.name().trim().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** {@code base} itself when free and {@code keepBase}, else {@code base 1}, {@code base 2}, ... */
    private static String freeName(String base, Set<String> taken, boolean keepBase) {
        if (keepBase && !taken.contains(base.toLowerCase(Locale.ROOT))) {
            return base;
        }
        for (int n = keepBase ? 2 : 1;; n++) {
            String name = keepBase ? base + " (" + n + ")" : base + " " + n;
            if (!taken.contains(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
    }

    /** RFC 7946 asks exterior rings to run counter-clockwise. */
    private static Polygon counterClockwise(Polygon polygon) {
        return org.locationtech.jts.algorithm.Orientation.isCCW(polygon.getExteriorRing().getCoordinates())
                ? polygon : polygon.reverse();
    }
}
