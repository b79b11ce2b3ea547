package org.hubmap.render;

import java.awt.geom.Path2D;
import java.util.Optional;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of an open layout as the map draws it, or one part of it: its style, its geometry in world pixels at
 * zoom 0, where its name is anchored, and the space its symbol takes, which labels must leave free. A feature of
 * several parts (a MultiPoint, a GeometryCollection) has one mark per point and per line, area or member, all
 * selected alike and each drawn and picked as a feature of that one part would be; only one of them carries the
 * name. Immutable.
 *
 * @param feature the feature
 * @param layoutIndex which open layout it belongs to
 * @param featureIndex its position in that layout
 * @param worldX x of the symbol's centre, or of the point a zone's name is centred on, in world pixels at zoom 0
 * @param worldY y of the same point
 * @param area the outline in world pixels at zoom 0 and its style, for zones and other non-point features
 * @param point the symbol's style, for point features
 * @param ring a hub's or depot's protection ring in world pixels at zoom 0, in the protection ring's style
 * @param label the name to show; empty for none
 * @param selected whether the user has selected the feature, which draws a highlight and ranks its name first
 * @param symbolBox the space the symbol takes around the anchor in screen pixels: frame, condition bar and nation
 *     code, or a circle's centre mark; empty for a polygon zone, whose name may sit anywhere over it
 * @param parts how many marks the feature has, at least 1
 */
record FeatureMark(LayoutFeature feature, int layoutIndex, int featureIndex, double worldX, double worldY,
        Optional<AreaShape> area, Optional<PointSymbolStyle> point, Optional<AreaShape> ring, String label,
        boolean selected, Optional<PixelBox> symbolBox, int parts) implements LabelSubject {

    /**
     * An outline in world pixels at zoom 0, as JTS geometry, as a Java2D path with the same coordinates, as the
     * coordinates of its polygons' rings packed x, y, x, y (none for lines), as the same with only the exteriors
     * and at most {@link GeometryPaths#COARSE_VERTICES} vertices each, for drawing it small, and as its bounding
     * box; how it is drawn, whether it is a circle with a centre, and where its outline breaks the rules of a
     * valid polygon, if it does (in world pixels at zoom 0). The path, rings and box are shared between threads and
     * must not be modified.
     */
    record AreaShape(Geometry world, Path2D path, double[][] rings, double[][] coarseRings, Envelope envelope,
            AreaStyle style, boolean circle, Optional<Coordinate> invalidAt) {
        AreaShape(Geometry world, AreaStyle style, boolean circle, Optional<Coordinate> invalidAt) {
            this(world, GeometryPaths.toPath(world), GeometryPaths.polygonRings(world, false),
                    GeometryPaths.polygonRings(world, true), new Envelope(world.getEnvelopeInternal()), style,
                    circle, invalidAt);
        }
    }

    /** The same mark of the same feature, at {@code index} in its layout, as after an edit moved it there. */
    FeatureMark atFeatureIndex(int index) {
        return index == featureIndex ? this : new FeatureMark(feature, layoutIndex, index, worldX, worldY, area,
                point, ring, label, selected, symbolBox, parts);
    }

    /** The label rule of the symbol or area. */
    LabelRule labelRule() {
        return point.isPresent() ? point.get().label() : area.orElseThrow().style().label();
    }

    /** The first zoom at which the feature is drawn. */
    int minZoom() {
        return point.isPresent() ? point.get().minZoom() : area.orElseThrow().style().minZoom();
    }

    /** Whether the feature has other marks besides this one. */
    boolean onePartOfSeveral() {
        return parts > 1;
    }

    /**
     * The feature's place among the open layouts as one number, the same for all its marks: a feature object may
     * stand in two open layouts, and then it is two features on the map.
     */
    long featureKey() {
        return (long) layoutIndex << 32 | featureIndex;
    }

    /** Whether the name is centred on the anchor (zones) rather than set beside a symbol. */
    boolean centredLabel() {
        return point.isEmpty();
    }

    /** The space a symbol of {@code style} with the nation code {@code nation} takes, as {@link #symbolBox}. */
    static Optional<PixelBox> symbolBoxOf(PointSymbolStyle style, String nation) {
        return Optional.of(SymbolGeometry.of(style, nation).box());
    }

    /** The space the centre mark of a circle zone drawn in {@code style} takes, as {@link #symbolBox}. */
    static Optional<PixelBox> centreMarkBoxOf(AreaStyle style, boolean circle) {
        double mark = style.centreMarkPixels();
        return circle && mark > 0 ? Optional.of(PixelBox.around(0, 0, mark + 1)) : Optional.empty();
    }
}
