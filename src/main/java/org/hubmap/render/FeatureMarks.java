package org.hubmap.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.ZoneValidity;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * What the open layouts put on the map, feature by feature, in the order labels are offered room: the selection
 * first, then hubs, depots, zones and other features, each in file order. Made once per change of the layouts or
 * the selection and shared by drawing, label placement and picking features with the mouse. Immutable and
 * thread-safe; the spatial index that culling and picking use is built on first use. After an edit that says what
 * it changed, {@link #updated} makes the new marks and index from these, remaking only what the edit touched.
 *
 * <p>Every geometry type is drawn, by the parts a staff officer sees in it:
 * <ul>
 *   <li>a Point is the kind's symbol (a hub's or depot's frame, another feature's marker), with the protection
 *       ring of a hub or depot that has one; a MultiPoint is that symbol, and ring, at each of its points;</li>
 *   <li>a LineString or MultiLineString is a line, and a Polygon or MultiPolygon an area, in the kind's area style
 *       (a zone's by its status; for other kinds, hubs and depots included, the style of other areas);</li>
 *   <li>a GeometryCollection is each of its members drawn as above, collections within it included.</li>
 * </ul>
 * A feature of several such parts has a mark for each ({@link FeatureMark#parts()}): a click on any part picks the
 * feature, a selected feature highlights every part, and a rubber band selects it once it holds every part drawn.
 * Its name goes with one part: for a hub or depot its first point; for other kinds, and hubs and depots without
 * points, its largest area, else its first line, else its first point.
 */
public final class FeatureMarks {
    private static final FeatureMarks NONE = new FeatureMarks(List.of(), MarkKeys.sized(0), List.of(), Set.of(),
            null, null, 0, LayerAccents.NONE);
    /** How many edits back {@link #changesSince} looks for the marks it is asked about. */
    private static final int EDITS_LOOKED_BACK = 64;
    /** Numbers marks made apart, so that a chain of edits can name earlier marks without holding them. */
    private static final AtomicLong SERIALS = new AtomicLong();
    /** Layouts of at least this many features are projected on every processor. */
    private static final int LEAST_FEATURES_PROJECTED_IN_PARALLEL = 2_000;
    /**
     * How closely a zone's name point is sought, as a share of its size: a twenty-fifth keeps it within a few
     * pixels of the point farthest from the zone's edges at any zoom that shows the whole zone, at a fraction of the
     * cost of a finer search.
     */
    private static final double LABEL_POINT_TOLERANCE = 1.0 / 25;
    /** How deep inside a zone its centroid must lie to name it, as a share of the radius of a circle as large. */
    private static final double CENTROID_DEPTH = 0.5;
    /**
     * Projected outlines and label points of each feature's parts, kept per feature object: features are
     * immutable, so an edit makes a new object and only that one is projected again.
     */
    private static final Map<LayoutFeature, List<Projected>> PROJECTED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final List<FeatureMark> marks;
    private final MarkKeys keys;
    private final List<Layout> layouts;
    private final Set<LayoutFeature> selected;
    /** How these marks follow from earlier ones by an edit; null for marks made from scratch. */
    private final Succession succession;
    /** These marks' number: the same for copies with other accents, which are the same marks. */
    private final long serial;
    /** For each mark, its position among the marks these follow from, or -1; null for marks made from scratch. */
    private final int[] previousPositions;
    /** The accent each layout's symbols are marked with. */
    private final LayerAccents accents;
    private volatile MarkIndex index;
    /**
     * The index of the marks these follow from, when it was built before the edit: this index is then made from it.
     * Let go of once this index is built, so that no chain of earlier marks stays in memory.
     */
    private MarkIndex indexBefore;

    private FeatureMarks(List<FeatureMark> marks, MarkKeys keys, List<Layout> layouts, Set<LayoutFeature> selected,
            Succession succession, int[] previousPositions, long serial, LayerAccents accents) {
        this.marks = List.copyOf(marks);
        this.keys = keys;
        this.layouts = List.copyOf(layouts);
        this.selected = selected;
        this.succession = succession;
        this.previousPositions = previousPositions;
        this.serial = serial;
        this.accents = accents;
    }

    /**
     * How marks follow from earlier ones by one edit, and those from theirs: a chain of the few marks each edit
     * changed, never of the marks themselves, so that it costs little memory however long. It is cut after
     * twice {@value #EDITS_LOOKED_BACK} edits.
     *
     * @param earlierSerial the number of the marks before
     * @param before how the marks before followed from theirs; null where the chain is cut
     * @param depth how many edits the chain holds, this one included
     * @param dropped the earlier marks that are gone or were made anew
     * @param fresh the marks made anew
     */
    private record Succession(long earlierSerial, Succession before, int depth, List<FeatureMark> dropped,
            List<FeatureMark> fresh) {
    }

    /**
     * The marks that differ between {@code earlier} and these.
     *
     * @param dropped marks of {@code earlier} that are not among these
     * @param fresh marks among these that {@code earlier} did not have
     */
    record Difference(List<FeatureMark> dropped, List<FeatureMark> fresh) {
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
            int layout = l;
            List<LayoutFeature> features = layouts.get(l).features();
            IntStream positions = IntStream.range(0, features.size());
            // Projecting a feature costs most where a zone's name point is sought; large layouts share it out.
            if (features.size() >= LEAST_FEATURES_PROJECTED_IN_PARALLEL) {
                positions = positions.parallel();
            }
            positions.filter(f -> features.get(f).geometry().isPresent()
                            && !features.get(f).geometry().get().isEmpty())
                    .mapToObj(f -> marksOf(features.get(f), layout, f, selected.contains(features.get(f))))
                    .toList().forEach(marks::addAll);
        }
        marks.sort(Comparator.comparing((FeatureMark m) -> !m.selected())
                .thenComparingInt(m -> m.labelRule().rank()));
        return new FeatureMarks(marks, MarkKeys.of(marks), layouts, selected, null, null,
                SERIALS.incrementAndGet(), LayerAccents.NONE);
    }

    /**
     * The marks of {@code layouts} with {@code selected} highlighted, where the layouts are those of these marks
     * after {@code edit}: the marks of the features it changed, and of those whose selection changed, are made
     * again, and the others kept. The same as {@link #of} would make, which it falls back on when the layouts do
     * not follow from these marks' by that edit.
     */
    public FeatureMarks updated(List<Layout> layouts, Set<LayoutFeature> selected, LayoutEdit edit) {
        Optional<MarksUpdate.Result> update = MarksUpdate.of(this, layouts, selected, edit);
        if (update.isEmpty()) {
            return of(layouts, selected).withAccents(accents);
        }
        MarksUpdate.Result result = update.get();
        Succession before = succession == null || succession.depth() >= 2 * EDITS_LOOKED_BACK ? null : succession;
        Succession step = new Succession(serial, before, before == null ? 1 : before.depth() + 1, result.dropped(),
                result.fresh());
        FeatureMarks updated = new FeatureMarks(result.marks(), result.keys(), layouts, selected, step,
                result.previousPositions(), SERIALS.incrementAndGet(), accents);
        updated.indexBefore = index;
        return updated;
    }

    /**
     * The same marks with each layout's symbols marked by its accent in {@code chosen}; the marks and their index
     * are shared, so changing accents remakes nothing.
     */
    public FeatureMarks withAccents(LayerAccents chosen) {
        if (chosen.equals(accents)) {
            return this;
        }
        FeatureMarks accented = new FeatureMarks(marks, keys, layouts, selected, succession, previousPositions, serial,
                chosen);
        synchronized (this) {
            accented.index = index;
            accented.indexBefore = indexBefore;
        }
        return accented;
    }

    /** The accent each layout's symbols are marked with. */
    public LayerAccents accents() {
        return accents;
    }

    /** Whose each mark is. */
    MarkKeys keys() {
        return keys;
    }

    /** The layouts these marks were made of. */
    List<Layout> layouts() {
        return layouts;
    }

    /** The features drawn selected. */
    Set<LayoutFeature> selected() {
        return selected;
    }

    /**
     * The marks that differ between {@code earlier} and these, when these follow from it by a few edits made with
     * {@link #updated} and it is still known; else empty. A mark made anew and then dropped again may be listed in
     * both.
     */
    Optional<Difference> changesSince(FeatureMarks earlier) {
        List<FeatureMark> dropped = new ArrayList<>();
        List<FeatureMark> fresh = new ArrayList<>();
        if (earlier.serial == serial) {
            return Optional.of(new Difference(dropped, fresh));
        }
        Succession step = succession;
        for (int steps = 0; step != null && steps < EDITS_LOOKED_BACK; steps++) {
            dropped.addAll(step.dropped());
            fresh.addAll(step.fresh());
            if (step.earlierSerial() == earlier.serial) {
                return Optional.of(new Difference(dropped, fresh));
            }
            step = step.before();
        }
        return Optional.empty();
    }

    /** Every mark, in label order. */
    List<FeatureMark> marks() {
        return marks;
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
        // Every mark whose extent meets the search box, whatever the zoom: snapping reaches what is drawn.
        java.util.BitSet candidates = index().near(near, Double.MAX_VALUE, Integer.MAX_VALUE);
        Set<Long> searched = new HashSet<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            FeatureMark mark = marks.get(i);
            // The parts of a feature share its coordinates, which are read once.
            if (ignored.contains(mark.feature()) || mark.onePartOfSeveral() && !searched.add(mark.featureKey())) {
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

    /**
     * How many marks are on the map: one per feature, and one more for each further part of a feature of several
     * (see {@link FeatureMark#parts()}).
     */
    public int size() {
        return marks.size();
    }

    /**
     * The feature a click at ({@code worldX}, {@code worldY}) means on a map drawn at {@code zoom}: the top-most
     * symbol whose box, grown by {@code tolerancePixels}, holds the click; else the zone boundary nearest the click
     * within {@code tolerancePixels} (plus half the line's width); else the smallest zone around the click. Only
     * features drawn at {@code zoom} count; nothing hit is empty.
     *
     * @param worldX x of the click in world pixels at zoom 0 (the world is 256 pixels wide)
     * @param worldY y of the click in world pixels at zoom 0, growing southwards
     * @param zoom the map's zoom, which may be fractional; features are drawn from the whole zoom at or below it
     * @param tolerancePixels how far off a symbol or boundary a click still hits it, in screen pixels, at least 0
     */
    public Optional<FeatureHit> hitTest(double worldX, double worldY, double zoom, double tolerancePixels) {
        return new FeaturePicker(index()).pick(worldX, worldY, zoom, tolerancePixels).map(FeatureHit::of);
    }

    /**
     * The features a rubber band over {@code worldZoom0} selects on a map drawn at {@code zoom}: those drawn there
     * that lie wholly inside it (a point's position; a zone's or line's envelope; every part drawn of a feature of
     * several), each once, in layout and file order.
     *
     * @param worldZoom0 the band in world pixels at zoom 0
     * @param zoom the map's zoom, which may be fractional; features are drawn from the whole zoom at or below it
     */
    public List<FeatureHit> within(Envelope worldZoom0, double zoom) {
        return index().within(worldZoom0, LayoutRenderer.placementZoom(zoom)).stream().map(FeatureHit::of).toList();
    }

    /**
     * The features drawn in {@code view}: those whose symbol, outline or ring meets it, at the whole zoom whose
     * features the view shows. Each once, in label order.
     */
    public List<LayoutFeature> featuresShown(MapViewport view) {
        ScreenFrame frame = ScreenFrame.of(view);
        java.util.BitSet shown = index().near(frame.worldArea(0), frame.scale(),
                LayoutRenderer.placementZoom(view.zoom()));
        List<LayoutFeature> features = new ArrayList<>(shown.cardinality());
        Set<Long> listed = new HashSet<>();
        for (int i = shown.nextSetBit(0); i >= 0; i = shown.nextSetBit(i + 1)) {
            FeatureMark mark = marks.get(i);
            if (!mark.onePartOfSeveral() || listed.add(mark.featureKey())) {
                features.add(mark.feature());
            }
        }
        return features;
    }

    /** The spatial index of the marks, built on first use. */
    MarkIndex index() {
        MarkIndex built = index;
        if (built == null) {
            synchronized (this) {
                built = index;
                if (built == null) {
                    built = indexBefore != null ? MarkIndex.patched(indexBefore, marks, previousPositions)
                            : new MarkIndex(marks);
                    indexBefore = null;
                    index = built;
                }
            }
        }
        return built;
    }

    /** The marks of {@code feature}, one per part, its projection made once and remembered. */
    static List<FeatureMark> marksOf(LayoutFeature feature, int layoutIndex, int featureIndex,
            boolean selected) {
        List<Projected> parts = PROJECTED.get(feature);
        if (parts == null) {
            // Projected outside the map's lock, so that threads project features at once; two threads projecting
            // the same feature make equal results.
            parts = project(feature);
            PROJECTED.put(feature, parts);
        }
        if (parts.size() == 1) {
            return List.of(markOf(parts.get(0), feature, layoutIndex, featureIndex, selected, 1));
        }
        List<FeatureMark> marks = new ArrayList<>(parts.size());
        for (Projected part : parts) {
            marks.add(markOf(part, feature, layoutIndex, featureIndex, selected, parts.size()));
        }
        return marks;
    }

    private static FeatureMark markOf(Projected p, LayoutFeature feature, int layoutIndex, int featureIndex,
            boolean selected, int parts) {
        return new FeatureMark(feature, layoutIndex, featureIndex, p.anchorX(), p.anchorY(), p.area(), p.point(),
                p.ring(), p.label(), selected, p.symbolBox(), parts);
    }

    /**
     * What one part of a feature looks like on the map, wherever it is in the layouts: its outline or symbol in
     * world pixels at zoom 0 with its style, the point its name goes (an empty name for the parts that do not carry
     * it), and for a hub's or depot's point its protection ring.
     */
    private record Projected(double anchorX, double anchorY, Optional<FeatureMark.AreaShape> area,
            Optional<PointSymbolStyle> point, Optional<FeatureMark.AreaShape> ring, String label,
            Optional<PixelBox> symbolBox) {
    }

    /** The parts of {@code feature} as the map draws them, the one that carries its name among them. */
    private static List<Projected> project(LayoutFeature feature) {
        Geometry lonLat = feature.geometry().orElseThrow();
        String label = feature.name().isBlank() ? "" : feature.name().trim();
        if (!ofSeveralParts(lonLat)) {
            return List.of(project(feature, lonLat, label, circleCentre(feature), true));
        }
        List<Geometry> parts = new ArrayList<>();
        addParts(lonLat, parts);
        int named = namedPart(feature.kind(), parts);
        List<Projected> projected = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            projected.add(project(feature, parts.get(i), i == named ? label : "", Optional.empty(), i == named));
        }
        return projected;
    }

    /**
     * Whether a geometry is drawn as several parts: a MultiPoint, whose points each get a symbol, or a
     * GeometryCollection of any geometries. MultiLineStrings and MultiPolygons are one line or area.
     */
    private static boolean ofSeveralParts(Geometry lonLat) {
        return lonLat instanceof MultiPoint || lonLat.getClass() == GeometryCollection.class;
    }

    /** Adds the parts {@code geometry} is drawn as, in order, leaving out empty ones. */
    private static void addParts(Geometry geometry, List<Geometry> parts) {
        if (geometry.isEmpty()) {
            return;
        }
        if (!ofSeveralParts(geometry)) {
            parts.add(geometry);
            return;
        }
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            addParts(geometry.getGeometryN(i), parts);
        }
    }

    /**
     * Which of {@code parts} carries the feature's name: for a hub or depot its first point, where a symbol is
     * expected; otherwise, and for a hub or depot without points, its largest area, else its first line, else its
     * first point.
     */
    private static int namedPart(FeatureKind kind, List<Geometry> parts) {
        if (kind == FeatureKind.HUB || kind == FeatureKind.DEPOT) {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i) instanceof Point) {
                    return i;
                }
            }
        }
        int named = -1;
        for (int i = 0; i < parts.size(); i++) {
            Geometry part = parts.get(i);
            if (part instanceof Polygonal && (named < 0 || part.getArea() > parts.get(named).getArea())) {
                named = i;
            }
        }
        for (int i = 0; i < parts.size() && named < 0; i++) {
            if (parts.get(i) instanceof Lineal) {
                named = i;
            }
        }
        return Math.max(named, 0);
    }

    /**
     * One part of {@code feature}, {@code lonLat}, as the map draws it, named {@code label} (empty for none). A
     * circle zone's {@code centre} anchors its name and centre mark. Where the name goes is sought with care only
     * where it is {@code named}: the other parts' anchors are never read for a name.
     */
    private static Projected project(LayoutFeature feature, Geometry lonLat, String label,
            Optional<Coordinate> centre, boolean named) {
        Geometry world = MercatorGeometry.project(lonLat);
        if (world instanceof Point point) {
            PointSymbolStyle style = Symbology.pointOf(feature);
            Optional<FeatureMark.AreaShape> ring = ProtectionRings.ringOf(feature, (Point) lonLat)
                    .map(r -> new FeatureMark.AreaShape(MercatorGeometry.project(r), Symbology.protectionRing(),
                            false, Optional.empty()));
            return new Projected(point.getX(), point.getY(), Optional.empty(), Optional.of(style), ring, label,
                    FeatureMark.symbolBoxOf(style, feature.nation()));
        }
        Optional<Coordinate> invalidAt = ZoneValidity.problemOf(lonLat)
                .map(p -> new Coordinate(MercatorGeometry.worldX(p.where().x), MercatorGeometry.worldY(p.where().y)));
        AreaStyle style = Symbology.areaOf(feature);
        Optional<FeatureMark.AreaShape> area = Optional.of(new FeatureMark.AreaShape(world, style,
                centre.isPresent(), invalidAt));
        Optional<PixelBox> centreMark = FeatureMark.centreMarkBoxOf(style, centre.isPresent());
        if (centre.isPresent()) {
            return new Projected(MercatorGeometry.worldX(centre.get().x), MercatorGeometry.worldY(centre.get().y),
                    area, Optional.empty(), Optional.empty(), label, centreMark);
        }
        Coordinate anchor = named ? labelPoint(world) : world.getEnvelopeInternal().centre();
        return new Projected(anchor.x, anchor.y, area, Optional.empty(), Optional.empty(), label, centreMark);
    }

    /** The {@code center} of a zone whose {@code shape} is {@code circle}, when it is a valid position. */
    private static Optional<Coordinate> circleCentre(LayoutFeature feature) {
        // Beyond 85 degrees the Web Mercator map ends.
        return FeatureSchema.circleCentre(feature).filter(centre -> Math.abs(centre.y) <= 85);
    }

    /**
     * The centre of the largest circle inside the largest part of an area: the point farthest from its edges, where
     * a name is most clearly inside it. Where the area's centroid already lies well inside it, as in most zones,
     * the centroid serves: the search costs far more. Lines and broken outlines fall back to their envelope's
     * centre.
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
                double tolerance = Math.max(envelope.getWidth(), envelope.getHeight()) * LABEL_POINT_TOLERANCE;
                if (tolerance <= 0) {
                    return envelope.centre();
                }
                Coordinate centroid = wellInsideCentroid((Polygon) largest);
                return centroid != null ? centroid
                        : MaximumInscribedCircle.getCenter(largest, tolerance).getCoordinate();
            } catch (RuntimeException e) {
                // A self-crossing outline can defeat the search; its envelope's centre is still near it.
                return envelope.centre();
            }
        }
        return envelope.centre();
    }

    /**
     * The polygon's centroid when it lies inside it at least half as far from every edge as the radius of a circle
     * of the polygon's area: then it is as good a place for a name as the farthest point from the edges. Null
     * otherwise, as for a crescent or an L, whose centroid lies near an edge or outside.
     */
    private static Coordinate wellInsideCentroid(Polygon polygon) {
        Point centroid = polygon.getCentroid();
        if (centroid.isEmpty() || !SimplePointInAreaLocator.isContained(centroid.getCoordinate(), polygon)) {
            return null;
        }
        double least = Math.sqrt(polygon.getArea() / Math.PI) * CENTROID_DEPTH;
        Coordinate c = centroid.getCoordinate();
        for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
            CoordinateSequence ring = (r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r))
                    .getCoordinateSequence();
            for (int i = 1; i < ring.size(); i++) {
                if (Distance.pointToSegment(c, ring.getCoordinate(i - 1), ring.getCoordinate(i)) < least) {
                    return null;
                }
            }
        }
        return c;
    }
}
