package org.hubmap.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses which dots and names the basemap shows at each zoom, and where, once for the whole map rather than per
 * tile: a name crossing a tile edge is then drawn half by each tile, and never cut off or doubled.
 *
 * <p>Places are taken greedily by importance (capitals, sea names, country names, regional centres, oblast names,
 * towns, lakes; Ukraine before abroad; larger before smaller). A settlement's name tries several spots around its dot
 * and is dropped when each would overlap a name or dot already placed; a settlement whose name finds no room is
 * left off entirely, except that capitals and Ukraine's oblast centres always keep their dots. Thread-safe; placements are
 * remembered per zoom and options.
 */
final class LabelPlacer {
    private static final int REMEMBERED_PLACEMENTS = 64;
    /** Spots for a name around its dot, best first: right, left, above, below, then the diagonals. */
    private static final double[][] SETTLEMENT_SPOTS = {
        {1, 0}, {-1, 0}, {0, -1}, {0, 1}, {0.7, -0.7}, {0.7, 0.7}, {-0.7, -0.7}, {-0.7, 0.7}};
    /** Spots for an area's name, in fractions of the name's own width and height from its label point. */
    private static final double[][] AREA_SPOTS = {
        {0, 0}, {0, -0.8}, {0, 0.8}, {-0.3, 0}, {0.3, 0}, {0, -1.6}, {0, 1.6}, {-0.6, 0}, {0.6, 0}};
    /** An area is named only where its name is at most this many times as wide as the area's room. */
    private static final double AREA_NAME_OVERHANG = 1.6;
    private static final Comparator<MapPlace> IMPORTANCE = Comparator.comparing(MapPlace::kind)
            .thenComparing(p -> !p.inUkraine())
            .thenComparing(Comparator.comparingDouble(MapPlace::population).reversed())
            .thenComparing(MapPlace::nameEnglish);

    private final List<MapPlace> placesByImportance;
    private final BoundedMemo<PlacementKey, LabelPlacement> placements = new BoundedMemo<>(REMEMBERED_PLACEMENTS);
    private final Map<TextKey, LabelText> texts = new ConcurrentHashMap<>();

    LabelPlacer(Basemap basemap) {
        List<MapPlace> sorted = new ArrayList<>(basemap.places());
        sorted.sort(IMPORTANCE);
        placesByImportance = List.copyOf(sorted);
    }

    /** The dots and names shown at {@code zoom} with {@code options}, computed on first use. */
    LabelPlacement placement(int zoom, BasemapOptions options) {
        return placements.get(new PlacementKey(zoom, options), key -> new Placing(zoom, options).place());
    }

    private LabelText text(String name, MapPlace place) {
        Color colour = BasemapStyle.placeStyle(place.kind()).textFor(place);
        return texts.computeIfAbsent(new TextKey(name, place.kind(), colour),
                key -> LabelText.of(name, place.kind(), colour));
    }

    /** Capitals and Ukraine's oblast centres are shown even where their names find no room. */
    private static boolean keepsDot(MapPlace place) {
        return place.kind() == PlaceKind.CAPITAL || place.kind() == PlaceKind.REGIONAL_CENTRE && place.inUkraine();
    }

    private static boolean layerShown(MapPlace place, BasemapOptions options) {
        return switch (place.kind()) {
            case CAPITAL, REGIONAL_CENTRE, TOWN, SMALL_TOWN -> options.shows(BasemapLayer.CITIES);
            case COUNTRY -> options.shows(BasemapLayer.COUNTRIES) && options.shows(BasemapLayer.PLACE_LABELS);
            case OBLAST -> options.shows(BasemapLayer.OBLAST_BOUNDARIES) && options.shows(BasemapLayer.PLACE_LABELS);
            case SEA -> options.shows(BasemapLayer.SEA) && options.shows(BasemapLayer.PLACE_LABELS);
            case LAKE -> options.shows(BasemapLayer.LAKES) && options.shows(BasemapLayer.PLACE_LABELS);
        };
    }

    private record PlacementKey(int zoom, BasemapOptions options) {
    }

    private record TextKey(String name, PlaceKind kind, Color colour) {
    }

    /** One run of the greedy placement. */
    private final class Placing {
        private final int zoom;
        private final BasemapOptions options;
        private final double scale;
        private final boolean names;
        private final OccupiedSpace space = new OccupiedSpace();
        private final List<PlacedLabel> labels = new ArrayList<>();
        private final List<PlacedDot> dots = new ArrayList<>();
        private final Map<MapPlace, PlacedDot> keptDots = new IdentityHashMap<>();

        Placing(int zoom, BasemapOptions options) {
            this.zoom = zoom;
            this.options = options;
            this.scale = MercatorGeometry.scale(zoom);
            this.names = options.shows(BasemapLayer.PLACE_LABELS);
        }

        LabelPlacement place() {
            List<MapPlace> shown = new ArrayList<>();
            for (MapPlace place : placesByImportance) {
                if (BasemapStyle.placeStyle(place.kind()).isShownAt(zoom) && layerShown(place, options)) {
                    shown.add(place);
                }
            }
            for (MapPlace place : shown) {
                if (keepsDot(place)) {
                    PlacedDot dot = dotOf(place);
                    keptDots.put(place, dot);
                    addDot(dot);
                }
            }
            for (MapPlace place : shown) {
                if (place.kind().isSettlement()) {
                    placeSettlement(place);
                } else if (names) {
                    placeArea(place);
                }
            }
            return new LabelPlacement(zoom, labels, dots);
        }

        private void placeSettlement(MapPlace place) {
            PlacedDot kept = keptDots.get(place);
            PlacedDot dot = kept != null ? kept : dotOf(place);
            if (kept == null && !space.isFree(dot.box(), null)) {
                return;
            }
            PlacedLabel label = names ? settlementLabel(place, dot) : null;
            if (kept == null && names && label == null) {
                return;
            }
            if (kept == null) {
                addDot(dot);
            }
            if (label != null) {
                addLabel(label);
            }
        }

        private PlacedLabel settlementLabel(MapPlace place, PlacedDot dot) {
            String name = place.name(options.language());
            if (name.isBlank()) {
                return null;
            }
            LabelText text = text(name, place);
            PixelBox b = text.bounds();
            double gap = dot.style().radiusPixels() + BasemapStyle.LABEL_GAP_PIXELS;
            for (double[] spot : SETTLEMENT_SPOTS) {
                double x = dot.x() + spot[0] * gap;
                double y = dot.y() + spot[1] * gap;
                double originX = spot[0] > 0 ? x - b.minX() : spot[0] < 0 ? x - b.maxX() : x - b.centerX();
                double originY = spot[1] < 0 ? y - b.maxY() : spot[1] > 0 ? y - b.minY() : y - text.capMiddleY();
                PlacedLabel label = new PlacedLabel(place, text, Math.round(originX), Math.round(originY));
                if (space.isFree(label.box().grown(BasemapStyle.LABEL_PADDING_PIXELS), dot.box())) {
                    return label;
                }
            }
            return null;
        }

        private void placeArea(MapPlace place) {
            String name = place.name(options.language());
            if (name.isBlank()) {
                return;
            }
            LabelText text = text(name, place);
            PixelBox b = text.bounds();
            if (b.width() > AREA_NAME_OVERHANG * place.roomWorldPixels() * scale) {
                return;
            }
            for (double[] spot : AREA_SPOTS) {
                double originX = place.worldX() * scale + spot[0] * b.width() - b.centerX();
                double originY = place.worldY() * scale + spot[1] * b.height() - b.centerY();
                PlacedLabel label = new PlacedLabel(place, text, Math.round(originX), Math.round(originY));
                if (space.isFree(label.box().grown(BasemapStyle.LABEL_PADDING_PIXELS), null)) {
                    addLabel(label);
                    return;
                }
            }
        }

        private PlacedDot dotOf(MapPlace place) {
            return new PlacedDot(place, place.worldX() * scale, place.worldY() * scale,
                    BasemapStyle.placeStyle(place.kind()).dot());
        }

        private void addDot(PlacedDot dot) {
            space.occupy(dot.box());
            dots.add(dot);
        }

        private void addLabel(PlacedLabel label) {
            space.occupy(label.box());
            labels.add(label);
        }
    }
}
