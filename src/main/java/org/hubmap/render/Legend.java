package org.hubmap.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hubmap.model.CountryNames;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.FeatureStatus;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Puntal;

/**
 * What a map's legend explains, built from what the layouts actually contain: the kinds and statuses of their
 * features and the nations responsible for them, in a fixed order. The screen's legend panel and every export draw
 * it with {@link LegendPainter}. Immutable.
 *
 * @param sections the legend's parts, top to bottom; empty when the layouts hold nothing to explain
 */
public record Legend(List<Section> sections) {
    private static final List<FeatureStatus> STATUS_ORDER = List.of(FeatureStatus.ACTIVE, FeatureStatus.PLANNED,
            FeatureStatus.DEGRADED, FeatureStatus.CLOSED, FeatureStatus.UNKNOWN);

    public Legend {
        sections = List.copyOf(sections);
    }

    /** A titled group of entries. */
    public record Section(String title, List<Entry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    /** One line of the legend: a sample of a style, or a nation, with its explanation. */
    public sealed interface Entry permits SymbolEntry, AreaEntry, NationEntry {
        String text();
    }

    /** A hub, depot or other point symbol. */
    public record SymbolEntry(PointSymbolStyle style, String text) implements Entry {
    }

    /** A zone, protection ring or other area; circles show their centre mark. */
    public record AreaEntry(AreaStyle style, boolean circle, String text) implements Entry {
    }

    /** A nation's three-letter code as it appears under symbols, and the country's name. */
    public record NationEntry(String code, String text) implements Entry {
    }

    /** The legend of {@code layouts}. */
    public static Legend of(List<Layout> layouts) {
        List<LayoutFeature> features = new ArrayList<>();
        for (Layout layout : layouts) {
            features.addAll(layout.features());
        }
        return ofFeatures(features);
    }

    /** The legend of {@code features}, such as those a map shows. */
    public static Legend ofFeatures(Collection<LayoutFeature> features) {
        Set<FeatureStatus> hubs = EnumSet.noneOf(FeatureStatus.class);
        Set<FeatureStatus> depots = EnumSet.noneOf(FeatureStatus.class);
        Set<FeatureStatus> zones = EnumSet.noneOf(FeatureStatus.class);
        boolean circles = false;
        boolean rings = false;
        boolean others = false;
        Set<String> nations = new TreeSet<>();
        for (LayoutFeature feature : features) {
            if (feature.geometry().isEmpty()) {
                continue;
            }
            // A MultiPoint hub shows hub symbols; a collection may show symbols, lines and areas at once.
            boolean points = holdsPoints(feature.geometry().get());
            boolean linesOrAreas = holdsLinesOrAreas(feature.geometry().get());
            FeatureKind kind = feature.kind();
            if (kind == FeatureKind.HUB && points) {
                hubs.add(feature.featureStatus());
            } else if (kind == FeatureKind.DEPOT && points) {
                depots.add(feature.featureStatus());
            } else if (kind == FeatureKind.MONITORING_ZONE && linesOrAreas) {
                zones.add(feature.featureStatus());
                circles |= FeatureSchema.saysCircle(feature);
            }
            // What a kind has no style of its own for is drawn as other features are.
            others |= switch (kind) {
                case HUB, DEPOT -> linesOrAreas;
                case MONITORING_ZONE -> points;
                case OTHER -> true;
            };
            rings |= feature.properties().get(FeatureSchema.PROTECTION_RADIUS_M) instanceof Number;
            if (!feature.nation().isBlank()) {
                nations.add(feature.nation().trim().toUpperCase(Locale.ROOT));
            }
        }
        List<Section> sections = new ArrayList<>();
        addSymbols(sections, "Hubs", FeatureKind.HUB, hubs);
        addSymbols(sections, "Depots", FeatureKind.DEPOT, depots);
        if (!zones.isEmpty()) {
            List<Entry> entries = new ArrayList<>();
            for (FeatureStatus status : STATUS_ORDER) {
                if (zones.contains(status)) {
                    entries.add(new AreaEntry(Symbology.area(FeatureKind.MONITORING_ZONE, status), false,
                            statusText(status)));
                }
            }
            if (circles) {
                entries.add(new AreaEntry(Symbology.area(FeatureKind.MONITORING_ZONE, FeatureStatus.ACTIVE), true,
                        "Circle zone"));
            }
            sections.add(new Section("Monitoring zones", entries));
        }
        if (rings) {
            sections.add(new Section("Protection rings", List.of(
                    new AreaEntry(Symbology.protectionRing(), true, "Around a hub or depot"))));
        }
        if (others) {
            sections.add(new Section("Other features", List.of(
                    new SymbolEntry(Symbology.point(FeatureKind.OTHER, FeatureStatus.UNKNOWN), "Point"),
                    new AreaEntry(Symbology.area(FeatureKind.OTHER, FeatureStatus.UNKNOWN), false, "Area or line"))));
        }
        if (!nations.isEmpty()) {
            sections.add(new Section("Nations", nations.stream()
                    .map(code -> new NationEntry(code, CountryNames.englishName(code).orElse("unknown code")))
                    .collect(Collectors.toList())));
        }
        return new Legend(sections);
    }

    /** Whether {@code geometry} is or holds points, which are drawn as symbols. */
    private static boolean holdsPoints(Geometry geometry) {
        if (geometry instanceof Puntal) {
            return true;
        }
        if (geometry.getClass() != GeometryCollection.class) {
            return false;
        }
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (holdsPoints(geometry.getGeometryN(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code geometry} is or holds lines or areas, which are drawn in an area's style. */
    private static boolean holdsLinesOrAreas(Geometry geometry) {
        if (geometry.getClass() != GeometryCollection.class) {
            return !(geometry instanceof Puntal);
        }
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (holdsLinesOrAreas(geometry.getGeometryN(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether there is nothing to explain. */
    public boolean isEmpty() {
        return sections.isEmpty();
    }

    private static void addSymbols(List<Section> sections, String title, FeatureKind kind,
            Set<FeatureStatus> statuses) {
        if (statuses.isEmpty()) {
            return;
        }
        List<Entry> entries = new ArrayList<>();
        for (FeatureStatus status : STATUS_ORDER) {
            if (statuses.contains(status)) {
                entries.add(new SymbolEntry(Symbology.point(kind, status), statusText(status)));
            }
        }
        sections.add(new Section(title, entries));
    }

    private static String statusText(FeatureStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case PLANNED -> "Planned";
            case DEGRADED -> "Degraded";
            case CLOSED -> "Closed";
            case UNKNOWN -> "Status not given";
        };
    }
}
