package org.hubmap.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Envelope;

/**
 * Chooses which dots and names the basemap shows at each zoom, and where, once for the whole map rather than per
 * tile: a name crossing a tile edge is then drawn half by each tile, and never cut off or doubled.
 *
 * <p>Places are taken greedily by importance (capitals, sea names, country names, regional centres, oblast names,
 * towns, lakes; Ukraine before abroad; larger before smaller); capitals and Ukraine's oblast centres are named
 * after the selected features and before the other features, every other place after them. A settlement's name
 * tries several spots around its dot and is dropped when each would overlap a name or dot already placed; a
 * settlement whose name finds no room is left off entirely, except that capitals and Ukraine's oblast centres
 * always keep their dots. Thread-safe; placements are remembered per zoom and options.
 *
 * <p>After an edit, a placement starts from the last one at its zoom and options ({@link PlacementTrace}): it
 * decides again only the names whose room the edit may have changed, and comes out as one made from scratch.
 * Until it is made, {@link #placedWithoutWaiting} offers the last one less the names the edit may have made wrong.
 */
final class LabelPlacer {
    private static final int REMEMBERED_PLACEMENTS = 64;
    /**
     * Zooms and options whose last placement is traced, so that a placement after an edit starts from it: some
     * 5 MB each for 100 000 features.
     */
    private static final int REMEMBERED_TRACES = 8;
    /** Spots for a name around its dot, best first: right, left, above, below, then the diagonals. */
    private static final double[][] SETTLEMENT_SPOTS = {
        {1, 0}, {-1, 0}, {0, -1}, {0, 1}, {0.7, -0.7}, {0.7, 0.7}, {-0.7, -0.7}, {-0.7, 0.7}};
    /** Spots for an area's name, in fractions of the name's own width and height from its label point. */
    private static final double[][] AREA_SPOTS = {
        {0, 0}, {0, -0.8}, {0, 0.8}, {-0.3, 0}, {0.3, 0}, {0, -1.6}, {0, 1.6}, {-0.6, 0}, {0.6, 0}};
    /**
     * Spots for a zone's name, like {@link #AREA_SPOTS} but reaching further: a zone is usually large enough to hold
     * its name somewhere clear of the symbols inside it.
     */
    private static final double[][] ZONE_SPOTS = {
        {0, 0}, {0, -0.8}, {0, 0.8}, {-0.3, 0}, {0.3, 0}, {0, -1.6}, {0, 1.6}, {-0.6, 0}, {0.6, 0},
        {-0.6, -1.2}, {0.6, -1.2}, {-0.6, 1.2}, {0.6, 1.2}, {0, -2.4}, {0, 2.4}, {-1, 0}, {1, 0},
        {-1, -2}, {1, -2}, {-1, 2}, {1, 2}, {0, -3.2}, {0, 3.2}};
    /** Rings of spots farther out that capitals and oblast centres try, and how far apart the rings are. */
    private static final int FARTHER_RINGS = 2;
    private static final double RING_STEP_PIXELS = 9;
    /** How far rounding a label's origin to whole pixels may move it along either axis, in pixels. */
    private static final double ROUNDING_PIXELS = 0.5;
    /**
     * Names of layout features remembered between placements: enough for every name of a layout of 100 000
     * features, so that after an edit only the names it changed are measured again.
     */
    private static final int REMEMBERED_FEATURE_NAMES = 150_000;
    /** An area is named only where its name is at most this many times as wide as the area's room. */
    private static final double AREA_NAME_OVERHANG = 1.6;
    private static final Comparator<MapPlace> IMPORTANCE = Comparator.comparing(MapPlace::kind)
            .thenComparing(p -> !p.inUkraine())
            .thenComparing(Comparator.comparingDouble(MapPlace::population).reversed())
            .thenComparing(MapPlace::nameEnglish);

    private final List<MapPlace> placesByImportance;
    private final BoundedMemo<PlacementKey, LabelPlacement> placements = new BoundedMemo<>(REMEMBERED_PLACEMENTS);
    private final Map<TextKey, LabelText> texts = new ConcurrentHashMap<>();
    private final BoundedMemo<FeatureTextKey, LabelText> featureTexts = new BoundedMemo<>(REMEMBERED_FEATURE_NAMES);
    /** The trace of the last placement made at each zoom and options, the fewest recently used forgotten. */
    private final Map<TraceKey, PlacementTrace> traces = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<TraceKey, PlacementTrace> eldest) {
            return size() > REMEMBERED_TRACES;
        }
    };

    LabelPlacer(Basemap basemap) {
        List<MapPlace> sorted = new ArrayList<>(basemap.places());
        sorted.sort(IMPORTANCE);
        placesByImportance = List.copyOf(sorted);
    }

    /**
     * The dots and names shown at {@code zoom} with {@code options} around the symbols of {@code features},
     * computed on first use.
     */
    LabelPlacement placement(int zoom, BasemapOptions options, FeatureMarks features) {
        return placements.get(new PlacementKey(zoom, options, features), key -> {
            TraceKey traceKey = new TraceKey(zoom, options);
            PlacementTrace previous;
            synchronized (traces) {
                previous = traces.get(traceKey);
            }
            Placing placing = new Placing(zoom, options, features, previous);
            LabelPlacement placement = placing.place();
            synchronized (traces) {
                traces.put(traceKey, placing.trace(placement));
            }
            return placement;
        });
    }

    /**
     * A placement to draw at once, without placing names: the placement at {@code zoom} with {@code options} around
     * {@code features} when it has been made; else, when these marks follow by a few edits from those of the last
     * placement at that zoom and options, that placement less the names the edits may have made wrong
     * ({@link InterimPlacement}); else empty.
     */
    Optional<Placed> placedWithoutWaiting(int zoom, BasemapOptions options, FeatureMarks features) {
        Optional<LabelPlacement> made = placements.ready(new PlacementKey(zoom, options, features));
        if (made.isPresent()) {
            return Optional.of(new Placed(made.get(), true));
        }
        PlacementTrace last;
        synchronized (traces) {
            last = traces.get(new TraceKey(zoom, options));
        }
        if (last == null) {
            return Optional.empty();
        }
        if (last.marks() == features) {
            return Optional.of(new Placed(last.placement(), true));
        }
        return features.changesSince(last.marks())
                .map(difference -> new Placed(InterimPlacement.of(last.placement(), difference), false));
    }

    /**
     * A placement and whether it is final.
     *
     * @param placement the dots and names
     * @param complete whether it is the placement for the marks asked about, rather than an interim one
     */
    record Placed(LabelPlacement placement, boolean complete) {
    }

    /** The dots and names of the basemap alone. */
    LabelPlacement placement(int zoom, BasemapOptions options) {
        return placement(zoom, options, FeatureMarks.none());
    }

    private LabelText text(String name, MapPlace place) {
        Color colour = BasemapStyle.placeStyle(place.kind()).textFor(place);
        return texts.computeIfAbsent(new TextKey(name, place.kind(), colour),
                key -> LabelText.of(name, place.kind(), colour));
    }

    /** Capitals and Ukraine's oblast centres are shown even where their names find no room. */
    static boolean keepsDot(MapPlace place) {
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

    /** Features compare by identity: a new set of marks is a new placement. */
    private record PlacementKey(int zoom, BasemapOptions options, FeatureMarks features) {
    }

    private record TraceKey(int zoom, BasemapOptions options) {
    }

    private record FeatureTextKey(String name, LabelRule rule, boolean centred) {
    }

    private record TextKey(String name, PlaceKind kind, Color colour) {
    }

    /**
     * One run of the greedy placement. Given the trace of an earlier one at the same zoom and options, it keeps each
     * earlier decision whose space meets no box that differs between the two runs so far: the boxes of marks
     * added, removed, changed or moved in the order, and the names decided differently. Such a decision would read
     * the same room and come out the same, so the result is the one from scratch.
     */
    private final class Placing {
        private final int zoom;
        private final BasemapOptions options;
        private final FeatureMarks features;
        private final PlacementTrace previous;
        private final double scale;
        private final boolean names;
        private final OccupiedSpace space = new OccupiedSpace();
        private final SymbolClearance symbols = new SymbolClearance();
        /** Boxes that may differ between this run and the previous one: taken here or there, not both. */
        private final OccupiedSpace changed = new OccupiedSpace();
        private final List<PlacedLabel> labels = new ArrayList<>();
        private final List<PlacedDot> dots = new ArrayList<>();
        private final Map<MapPlace, PlacedDot> keptDots = new IdentityHashMap<>();
        private final PixelBox[] markSpaces;
        private final PlacedLabel[] markLabels;
        private PixelBox[] placeSpaces = new PixelBox[0];
        private PlacedDot[] placeDots = new PlacedDot[0];
        private PlacedLabel[] placeLabels = new PlacedLabel[0];
        /** The bounds of the boxes tested for the decision being made; NaN before the first. */
        private double readMinX;
        private double readMinY;
        private double readMaxX;
        private double readMaxY;

        Placing(int zoom, BasemapOptions options, FeatureMarks features, PlacementTrace previous) {
            this.zoom = zoom;
            this.options = options;
            this.features = features;
            // After nothing, every mark is new: starting afresh is quicker than tracing what changed.
            this.previous = previous == null || previous.marks() == features || previous.marks().size() == 0 ? null
                    : previous;
            this.scale = MercatorGeometry.scale(zoom);
            this.names = options.shows(BasemapLayer.PLACE_LABELS);
            this.markSpaces = new PixelBox[features.size()];
            this.markLabels = new PlacedLabel[features.size()];
        }

        LabelPlacement place() {
            List<MapPlace> shown = new ArrayList<>();
            for (MapPlace place : placesByImportance) {
                if (BasemapStyle.placeStyle(place.kind()).isShownAt(zoom) && layerShown(place, options)) {
                    shown.add(place);
                }
            }
            List<FeatureMark> marks = features.marks();
            for (int i = 0; i < marks.size(); i++) {
                FeatureMark mark = marks.get(i);
                if (mark.minZoom() <= zoom && mark.symbolBox().isPresent()) {
                    PixelBox box = mark.symbolBox().get().shifted(anchorX(mark), anchorY(mark));
                    space.occupy(box);
                    symbols.add(box, anchorX(mark), anchorY(mark), i);
                }
            }
            int[] earlier = previous == null ? null : earlierPositions();
            for (MapPlace place : shown) {
                if (keepsDot(place)) {
                    PlacedDot dot = dotOf(place);
                    keptDots.put(place, dot);
                    addDot(dot);
                }
            }
            placeSpaces = new PixelBox[shown.size()];
            placeDots = new PlacedDot[shown.size()];
            placeLabels = new PlacedLabel[shown.size()];
            // The selection first, which comes first among the marks; then capitals and Ukraine's oblast centres,
            // before any other feature: a map without Kyiv's name on it is hard to read, whatever stands beside it.
            int unselected = 0;
            while (unselected < marks.size() && marks.get(unselected).selected()) {
                unselected++;
            }
            for (int i = 0; i < unselected; i++) {
                nameFeatureIfShown(i, marks.get(i), earlier);
            }
            for (int k = 0; k < shown.size(); k++) {
                if (keepsDot(shown.get(k))) {
                    namePlace(k, shown.get(k));
                }
            }
            for (int i = unselected; i < marks.size(); i++) {
                nameFeatureIfShown(i, marks.get(i), earlier);
            }
            for (int k = 0; k < shown.size(); k++) {
                MapPlace place = shown.get(k);
                if (!keepsDot(place) && (place.kind().isSettlement() || names)) {
                    namePlace(k, place);
                }
            }
            return new LabelPlacement(zoom, labels, dots);
        }

        private void nameFeatureIfShown(int position, FeatureMark mark, int[] earlier) {
            if (mark.minZoom() <= zoom && !mark.label().isEmpty()
                    && (mark.selected() || mark.labelRule().minZoom() <= zoom)) {
                nameFeature(position, mark, earlier == null ? -1 : earlier[position]);
            }
        }

        /** What this run decided, with its result {@code placement}, for the next one. */
        PlacementTrace trace(LabelPlacement placement) {
            return new PlacementTrace(features, placement, markSpaces, markLabels, placeSpaces, placeDots, placeLabels);
        }

        /**
         * For each mark, its position in the previous run when it is the same feature, equally selected, and in
         * the same order relative to the others kept; else -1. Marks not kept there and here have their boxes
         * counted as changed.
         */
        private int[] earlierPositions() {
            Map<LayoutFeature, Integer> positions = previous.positions();
            List<FeatureMark> before = previous.marks().marks();
            List<FeatureMark> now = features.marks();
            int[] earlier = new int[now.size()];
            boolean[] kept = new boolean[before.size()];
            int last = -1;
            for (int i = 0; i < now.size(); i++) {
                FeatureMark mark = now.get(i);
                Integer position = positions.get(mark.feature());
                if (position != null && position > last && before.get(position).selected() == mark.selected()) {
                    earlier[i] = position;
                    kept[position] = true;
                    last = position;
                } else {
                    earlier[i] = -1;
                    markChanged(mark);
                }
            }
            for (int i = 0; i < before.size(); i++) {
                if (!kept[i]) {
                    markChanged(before.get(i));
                    PlacedLabel label = previous.markLabel(i);
                    if (label != null) {
                        changed.occupy(label.box());
                    }
                }
            }
            return earlier;
        }

        private void markChanged(FeatureMark mark) {
            if (mark.minZoom() <= zoom && mark.symbolBox().isPresent()) {
                changed.occupy(mark.symbolBox().get().shifted(anchorX(mark), anchorY(mark)));
            }
        }

        /** Names the mark at {@code position}, which was at {@code earlier} in the previous run (-1 for none). */
        private void nameFeature(int position, FeatureMark mark, int earlier) {
            PlacedLabel label;
            PixelBox read = earlier < 0 ? null : previous.markSpace(earlier);
            if (read != null && unchanged(read)) {
                PlacedLabel before = previous.markLabel(earlier);
                label = before == null ? null : new PlacedLabel(mark, before.text(), before.originX(),
                        before.originY());
            } else {
                startReading();
                label = placeFeatureName(position, mark);
                read = endReading();
                if (previous != null) {
                    noteDifference(earlier < 0 ? null : previous.markLabel(earlier), label, earlier < 0);
                }
            }
            markSpaces[position] = read;
            markLabels[position] = label;
            if (label != null) {
                addLabel(label);
            }
        }

        /** Names the basemap place offered room {@code index}th, keeping the previous run's decision when it may. */
        private void namePlace(int index, MapPlace place) {
            PixelBox read = previous == null ? null : previous.placeSpace(index);
            PlacedDot dot;
            PlacedLabel label;
            if (read != null && unchanged(read)) {
                dot = previous.placeDot(index);
                label = previous.placeLabel(index);
            } else {
                startReading();
                PlacedLabel[] named = new PlacedLabel[1];
                dot = place.kind().isSettlement() ? placeSettlement(place, named) : null;
                label = place.kind().isSettlement() ? named[0] : placeArea(place);
                read = endReading();
                if (previous != null) {
                    noteDifference(previous.placeLabel(index), label, false);
                    PlacedDot before = previous.placeDot(index);
                    if (before == null ? dot != null : dot == null || !before.box().equals(dot.box())) {
                        occupyIfPresent(before == null ? null : before.box());
                        occupyIfPresent(dot == null ? null : dot.box());
                    }
                }
            }
            placeSpaces[index] = read;
            placeDots[index] = dot;
            placeLabels[index] = label;
            if (dot != null) {
                addDot(dot);
            }
            if (label != null) {
                addLabel(label);
            }
        }

        /** Whether no box that differs between the runs so far meets {@code read}. */
        private boolean unchanged(PixelBox read) {
            return read == PlacementTrace.READ_NOTHING || changed.isFree(read, null);
        }

        /**
         * Counts as changed the boxes of a name decided anew: both when it differs from the previous run's,
         * and always the new one's for a subject the previous run did not have ({@code added}).
         */
        private void noteDifference(PlacedLabel before, PlacedLabel now, boolean added) {
            PixelBox was = before == null ? null : before.box();
            PixelBox is = now == null ? null : now.box();
            boolean differs = was == null ? is != null : !was.equals(is);
            if (differs || added) {
                occupyIfPresent(was);
                occupyIfPresent(is);
            }
        }

        private void occupyIfPresent(PixelBox box) {
            if (box != null) {
                changed.occupy(box);
            }
        }

        private void startReading() {
            readMinX = Double.NaN;
            readMinY = Double.NaN;
            readMaxX = Double.NaN;
            readMaxY = Double.NaN;
        }

        private PixelBox endReading() {
            return Double.isNaN(readMinX) ? PlacementTrace.READ_NOTHING
                    : new PixelBox(readMinX, readMinY, readMaxX, readMaxY);
        }

        /** Whether {@code box} is free, as {@link OccupiedSpace#isFree}; the box counts as read. */
        private boolean isFree(PixelBox box, PixelBox ignored) {
            noteRead(box);
            return space.isFree(box, ignored);
        }

        private void noteRead(PixelBox box) {
            readMinX = Double.isNaN(readMinX) ? box.minX() : Math.min(readMinX, box.minX());
            readMinY = Double.isNaN(readMinY) ? box.minY() : Math.min(readMinY, box.minY());
            readMaxX = Double.isNaN(readMaxX) ? box.maxX() : Math.max(readMaxX, box.maxX());
            readMaxY = Double.isNaN(readMaxY) ? box.maxY() : Math.max(readMaxY, box.maxY());
        }

        /**
         * Whether {@code label}, the name of the mark at {@code position}, names nothing else: every other symbol
         * stays clear of it as {@link SymbolClearance} says, until the next whole zoom. The space looked at counts
         * as read.
         */
        private boolean namesOnlyItsOwn(PlacedLabel label, FeatureMark mark, int position) {
            PixelBox name = label.box();
            double x = anchorX(mark);
            double y = anchorY(mark);
            double own = mark.symbolBox().map(box -> name.distanceTo(box.shifted(x, y))).orElse(0.0);
            double distance = own + SymbolClearance.CLEARANCE_PIXELS;
            noteRead(symbols.searchArea(name, distance, x, y));
            return symbols.othersStayClear(name, distance, x, y, position);
        }

        /**
         * The dot to add for a settlement (null when it is kept anyway, or left off); its name, if any, goes into
         * {@code named[0]}.
         */
        private PlacedDot placeSettlement(MapPlace place, PlacedLabel[] named) {
            PlacedDot kept = keptDots.get(place);
            PlacedDot dot = kept != null ? kept : dotOf(place);
            if (kept == null && !isFree(dot.box(), null)) {
                return null;
            }
            PlacedLabel label = names ? settlementLabel(place, dot) : null;
            if (kept == null && names && label == null) {
                return null;
            }
            named[0] = label;
            return kept == null ? dot : null;
        }

        /**
         * The name beside a settlement's dot, at the first free spot; capitals and Ukraine's oblast centres, which
         * keep their dots, also try spots farther out, where a symbol stands close beside the dot.
         */
        private PlacedLabel settlementLabel(MapPlace place, PlacedDot dot) {
            String name = place.name(options.language());
            if (name.isBlank()) {
                return null;
            }
            LabelText text = text(name, place);
            PixelBox b = text.bounds();
            double nearest = dot.style().radiusPixels() + BasemapStyle.LABEL_GAP_PIXELS;
            int rings = keepsDot(place) ? FARTHER_RINGS + 1 : 1;
            for (int ring = 0; ring < rings; ring++) {
                double gap = nearest + ring * RING_STEP_PIXELS;
                for (double[] spot : SETTLEMENT_SPOTS) {
                    double x = dot.x() + spot[0] * gap;
                    double y = dot.y() + spot[1] * gap;
                    double originX = spot[0] > 0 ? x - b.minX() : spot[0] < 0 ? x - b.maxX() : x - b.centerX();
                    double originY = spot[1] < 0 ? y - b.maxY() : spot[1] > 0 ? y - b.minY() : y - text.capMiddleY();
                    PlacedLabel label = new PlacedLabel(place, text, Math.round(originX), Math.round(originY));
                    if (isFree(label.box().grown(BasemapStyle.LABEL_PADDING_PIXELS), dot.box())) {
                        return label;
                    }
                }
            }
            return null;
        }

        /** The name of an area of the basemap, or null where it finds no room or the area is too small for it. */
        private PlacedLabel placeArea(MapPlace place) {
            String name = place.name(options.language());
            if (name.isBlank()) {
                return null;
            }
            LabelText text = text(name, place);
            PixelBox b = text.bounds();
            if (b.width() > AREA_NAME_OVERHANG * place.roomWorldPixels() * scale) {
                return null;
            }
            for (double[] spot : AREA_SPOTS) {
                double originX = place.worldX() * scale + spot[0] * b.width() - b.centerX();
                double originY = place.worldY() * scale + spot[1] * b.height() - b.centerY();
                PlacedLabel label = new PlacedLabel(place, text, Math.round(originX), Math.round(originY));
                if (isFree(label.box().grown(BasemapStyle.LABEL_PADDING_PIXELS), null)) {
                    return label;
                }
            }
            return null;
        }

        private double anchorX(LabelSubject subject) {
            return subject.worldX() * scale;
        }

        private double anchorY(LabelSubject subject) {
            return subject.worldY() * scale;
        }

        /**
         * Beside a symbol, like a settlement's name beside its dot; over a zone, like an area's name; where no other
         * symbol could be taken for the one named. Null where it finds no room.
         */
        private PlacedLabel placeFeatureName(int position, FeatureMark mark) {
            LabelRule rule = mark.labelRule();
            boolean centred = mark.centredLabel();
            if (!centred && everySpotTaken(mark, rule)) {
                return null;
            }
            LabelText text = featureTexts.get(new FeatureTextKey(mark.label(), rule, centred),
                    key -> centred ? LabelText.centred(key.name(), rule.font(), rule.colour())
                            : LabelText.beside(key.name(), rule.font(), rule.colour()));
            PixelBox b = text.bounds();
            double x = anchorX(mark);
            double y = anchorY(mark);
            double[][] spots = centred ? ZONE_SPOTS : SETTLEMENT_SPOTS;
            PixelBox symbol = mark.symbolBox().orElse(new PixelBox(0, 0, 0, 0)).shifted(x, y);
            double gap = BasemapStyle.LABEL_GAP_PIXELS + Symbology.SYMBOL_GAP_PIXELS;
            Envelope zone = mark.area().map(a -> new Envelope(a.world().getEnvelopeInternal())).orElse(null);
            if (zone != null) {
                // Small zones may have their name just beside them, about a line's height off their edge.
                zone.expandBy(b.height() / scale);
            }
            for (double[] spot : spots) {
                double originX;
                double originY;
                if (centred) {
                    double centreX = x + spot[0] * b.width();
                    double centreY = y + spot[1] * b.height();
                    // A zone's name stays at its zone: far spots are for large zones crowded with symbols.
                    if (!zone.contains(centreX / scale, centreY / scale)) {
                        continue;
                    }
                    originX = centreX - b.centerX();
                    originY = centreY - b.centerY();
                } else {
                    originX = spot[0] > 0 ? symbol.maxX() + gap - b.minX()
                            : spot[0] < 0 ? symbol.minX() - gap - b.maxX() : x - b.centerX();
                    originY = spot[1] < 0 ? symbol.minY() - gap - b.maxY()
                            : spot[1] > 0 ? symbol.maxY() + gap - b.minY() : y - text.capMiddleY();
                }
                PlacedLabel label = new PlacedLabel(mark, text, Math.round(originX), Math.round(originY));
                if (isFree(label.box().grown(BasemapStyle.LABEL_PADDING_PIXELS), null)
                        && namesOnlyItsOwn(label, mark, position)) {
                    return label;
                }
            }
            return null;
        }

        /**
         * Whether no spot beside a symbol can take a name, whatever the name: each spot's label, however short,
         * covers a small core next to the symbol (a cap height tall, as wide as its padding, allowing for the
         * rounding of its origin), and here each core meets a box already taken. Checked before the name is
         * measured, which would cost far more, and true only when placing would find no spot either.
         */
        private boolean everySpotTaken(FeatureMark mark, LabelRule rule) {
            double x = anchorX(mark);
            double y = anchorY(mark);
            PixelBox symbol = mark.symbolBox().orElseThrow().shifted(x, y);
            double gap = BasemapStyle.LABEL_GAP_PIXELS + Symbology.SYMBOL_GAP_PIXELS;
            double reach = BasemapStyle.LABEL_PADDING_PIXELS - ROUNDING_PIXELS;
            double cap = LabelText.capHeight(rule.font());
            for (double[] spot : SETTLEMENT_SPOTS) {
                double left = spot[0] > 0 ? symbol.maxX() + gap : spot[0] < 0 ? symbol.minX() - gap : x;
                double top;
                double bottom;
                if (spot[1] < 0) {
                    top = symbol.minY() - gap - cap;
                    bottom = symbol.minY() - gap;
                } else if (spot[1] > 0) {
                    top = symbol.maxY() + gap;
                    bottom = symbol.maxY() + gap + cap;
                } else {
                    top = y - cap / 2;
                    bottom = y + cap / 2;
                }
                PixelBox core = new PixelBox(left - reach, top - reach, left + reach, bottom + reach);
                if (isFree(core, null)) {
                    return false;
                }
            }
            return true;
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
