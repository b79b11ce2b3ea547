package org.hubmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws the zones, protection rings and symbols of {@link FeatureMarks} in screen pixels, all from the
 * {@link Symbology}, in as much detail as it gives a view as crowded as this one. Only the marks the index finds
 * near the view are visited. Names are drawn by {@link LayoutRenderer} with the basemap's, from one placement.
 */
final class FeaturePainter {
    private static final BasicStroke STRIKE = new BasicStroke(2.25f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke CENTRE_MARK = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    private static final BasicStroke SELECTION = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke INVALID_OUTLINE = new BasicStroke(2.5f);
    private static final BasicStroke ACCENT_EDGE = new BasicStroke(1f);
    private static final BasicStroke ACCENT_RING = new BasicStroke(2.5f);
    /** How far along the frame's top and left edges a layer's accent corner reaches, as a share of its height. */
    private static final double ACCENT_CORNER_SHARE = 0.6;
    /** The radius of the ring round the place where an outline is invalid, in pixels. */
    private static final double INVALID_MARK_PIXELS = 9;
    /** How far the selection highlight stands off a symbol, in pixels. */
    private static final double SELECTION_MARGIN_PIXELS = 3;

    /**
     * Screen images with more symbols than this paste them from sprites, a fraction of a pixel off at most; with
     * fewer they get the same outlines as exports, pixel for pixel.
     */
    private static final int MOST_SYMBOLS_AS_OUTLINES = Symbology.FULL_DETAIL_COUNT;
    /** How far beyond the view's edges outlines and symbols are still drawn, in pixels. */
    private static final double VIEW_MARGIN_PIXELS = 8;

    private final Graphics2D g;
    private final ScreenFrame frame;
    private final Rectangle2D view;
    private final AffineTransform toScreen;
    private final List<FeatureMark> marks;
    /** Positions in label order of the marks drawn at this zoom that may show in the view. */
    private final BitSet shown;
    private final MarkIndex index;
    private final SymbolDetail symbolDetail;
    private final boolean zonesInFull;
    private final boolean sprites;
    private final ZoneMosaicTiles mosaicTiles;
    private final boolean textAsText;
    private final LayerAccents accents;

    /**
     * A painter of the marks drawn at whole zoom {@code zoom} into the view {@code frame}, which takes and keeps
     * the simple look of crowded zones in {@code mosaicTiles}.
     */
    FeaturePainter(Graphics2D g, ScreenFrame frame, FeatureMarks marks, int zoom, ZoneMosaicTiles mosaicTiles) {
        this(g, frame, marks, zoom, mosaicTiles, Look.of(frame, marks, zoom), MapOutput.IMAGE);
    }

    /**
     * A painter of part of a view, {@code frame}, in the {@code look} chosen for the whole view, so that each part
     * is drawn alike.
     */
    FeaturePainter(Graphics2D g, ScreenFrame frame, FeatureMarks marks, int zoom, ZoneMosaicTiles mosaicTiles,
            Look look, MapOutput output) {
        this.g = g;
        this.textAsText = output.textAsText();
        this.mosaicTiles = mosaicTiles;
        this.frame = frame;
        this.view = new Rectangle2D.Double(-VIEW_MARGIN_PIXELS, -VIEW_MARGIN_PIXELS,
                frame.widthPixels() + 2 * VIEW_MARGIN_PIXELS, frame.heightPixels() + 2 * VIEW_MARGIN_PIXELS);
        this.toScreen = frame.toScreen();
        this.marks = marks.marks();
        this.accents = marks.accents();
        this.index = marks.index();
        this.shown = frame.equals(look.frame()) ? look.shown()
                : index.near(frame.worldArea(VIEW_MARGIN_PIXELS), frame.scale(), zoom);
        this.symbolDetail = look.symbolDetail();
        this.zonesInFull = look.zonesInFull();
        this.sprites = look.manySymbols() && LayoutRenderer.isWholePixelShift(g.getTransform()) && !textAsText;
    }

    /**
     * How much detail a view gets, from how crowded it is.
     *
     * @param symbolDetail how symbols are drawn
     * @param zonesInFull whether zones are drawn in full rather than in their simple look
     * @param manySymbols whether there are so many symbols that screen images paste them from sprites
     * @param frame the view it was chosen for
     * @param shown the positions of the marks that may show in that view, not to be changed
     */
    record Look(SymbolDetail symbolDetail, boolean zonesInFull, boolean manySymbols, ScreenFrame frame,
            BitSet shown) {
        /** The look of the marks drawn at whole zoom {@code zoom} in the view {@code frame}. */
        static Look of(ScreenFrame frame, FeatureMarks marks, int zoom) {
            MarkIndex index = marks.index();
            BitSet shown = index.near(frame.worldArea(VIEW_MARGIN_PIXELS), frame.scale(), zoom);
            MarkIndex.Crowding crowding = index.crowding(shown, frame.worldArea(0));
            double viewArea = frame.widthPixels() * frame.heightPixels();
            return new Look(Symbology.symbolDetail(crowding.symbols(), viewArea),
                    Symbology.zonesInFull(crowding.areas(), crowding.coveredWorld() * frame.scale() * frame.scale(),
                            viewArea),
                    crowding.symbols() > MOST_SYMBOLS_AS_OUTLINES, frame, shown);
        }
    }

    /** Draws the zones and protection rings over whatever the frame holds. */
    void paintAreas() {
        paintAreas(false);
    }

    /**
     * Draws the zones and protection rings; when {@code ontoClear}, the frame holds nothing yet (every pixel
     * transparent), which lets a crowded view's cells replace its pixels instead of being blended over them.
     */
    void paintAreas(boolean ontoClear) {
        BitSet drawnInFull = shown;
        if (!zonesInFull) {
            new SimpleLookPainter(g, frame).paintZones(index, shown, mosaicTiles, ontoClear);
            drawnInFull = selectedAmong(shown);
        }
        for (int i = drawnInFull.nextSetBit(0); i >= 0; i = drawnInFull.nextSetBit(i + 1)) {
            FeatureMark mark = marks.get(i);
            if (mark.area().isPresent() && (zonesInFull || mark.selected())) {
                paintArea(mark.area().get(), mark.selected());
            }
        }
        if (zonesInFull) {
            for (int i = shown.nextSetBit(0); i >= 0; i = shown.nextSetBit(i + 1)) {
                FeatureMark mark = marks.get(i);
                if (mark.ring().isPresent()) {
                    paintOutline(mark.ring().get(), false);
                }
            }
        }
    }

    void paintSymbols() {
        boolean simple = symbolDetail == SymbolDetail.SIMPLE;
        BitSet drawnInFull = shown;
        if (simple) {
            new SimpleLookPainter(g, frame).paintSymbols(index, shown);
            drawnInFull = selectedAmong(shown);
        }
        // Last in label order is drawn first, so that the selection and hubs end up on top.
        for (int i = drawnInFull.previousSetBit(marks.size() - 1); i >= 0; i = drawnInFull.previousSetBit(i - 1)) {
            FeatureMark mark = marks.get(i);
            if (mark.point().isPresent() && (!simple || mark.selected())) {
                paintSymbol(mark);
            }
        }
    }

    /** The selected marks among {@code positions}: all a simple look leaves to be drawn in full. */
    private BitSet selectedAmong(BitSet positions) {
        BitSet selected = index.selectedPositions();
        selected.and(positions);
        return selected;
    }

    private void paintArea(FeatureMark.AreaShape shape, boolean selected) {
        Shape outline = paintOutline(shape, selected);
        if (outline != null && shape.invalidAt().isPresent()) {
            paintInvalid(outline, shape.invalidAt().get());
        }
        if (outline != null && shape.circle() && shape.style().centreMarkPixels() > 0) {
            Rectangle2D bounds = outline.getBounds2D();
            paintCentreMark(g, bounds.getCenterX(), bounds.getCenterY(), shape.style());
        }
    }

    /** Draws an outline and returns it in screen pixels, or null when it is off screen. */
    private Shape paintOutline(FeatureMark.AreaShape shape, boolean selected) {
        Envelope e = shape.envelope();
        // Compared edge by edge, not with Rectangle2D.intersects, which finds nothing in a box of no width or
        // height: the extent of a line running due east or due north.
        if (frame.x(e.getMaxX()) < view.getMinX() || frame.x(e.getMinX()) > view.getMaxX()
                || frame.y(e.getMaxY()) < view.getMinY() || frame.y(e.getMinY()) > view.getMaxY()) {
            return null;
        }
        Shape screen = toScreen.createTransformedShape(shape.path());
        paintArea(g, screen, shape.world().getDimension() == 2, shape.style(), selected, view,
                new Hatching(hatchPhase(), textAsText));
        return screen;
    }

    /**
     * Fills (when {@code closed}), hatches and outlines an area given in screen pixels; hatching is limited to
     * {@code within}.
     */
    static void paintArea(Graphics2D g, Shape screen, boolean closed, AreaStyle style, boolean selected,
            Rectangle2D within) {
        paintArea(g, screen, closed, style, selected, within, Hatching.SCREEN);
    }

    /**
     * How hatch lines are laid: their phase, so that they keep to the ground as the map pans and the same ground
     * is hatched alike on screen and on a sheet; and whether the output is a vector document, which gets the lines
     * themselves rather than a tiled image (a texture vector formats cannot hold).
     *
     * @param phasePixels where the lines cross, as a shift of x + y in whole pixels
     * @param vector whether the output is a vector document
     */
    record Hatching(int phasePixels, boolean vector) {
        /** Lines through the origin, tiled where the drawing allows. */
        static final Hatching SCREEN = new Hatching(0, false);
    }

    /** The hatch phase that anchors the lines to world pixels at the frame's scale: x + y a multiple of the period. */
    private int hatchPhase() {
        return Math.floorMod(Math.round(frame.originX() + frame.originY()), HatchPattern.SPACING_PIXELS);
    }

    /** As the method above, hatching as {@code hatching} says. */
    static void paintArea(Graphics2D g, Shape screen, boolean closed, AreaStyle style, boolean selected,
            Rectangle2D within, Hatching hatching) {
        if (closed && style.fill().isPresent()) {
            g.setColor(style.fill().get());
            g.fill(screen);
        }
        if (closed && style.hatch().isPresent()) {
            paintHatch(g, screen, style.hatch().get(), within, hatching);
        }
        if (selected) {
            g.setColor(Symbology.SELECTION);
            g.setStroke(new BasicStroke(style.boundary().widthPixels() + 4, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.draw(screen);
        }
        g.setColor(style.boundary().color());
        g.setStroke(style.boundary().stroke(1));
        g.draw(screen);
    }

    private static void paintHatch(Graphics2D g, Shape area, Color colour, Rectangle2D within, Hatching hatching) {
        if (!hatching.vector() && LayoutRenderer.isWholePixelShift(g.getTransform())) {
            // The tiles give each pixel the lines' own colour; unsmoothed, the edge is the one a clip would cut.
            Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setPaint(HatchPattern.paint(colour, hatching.phasePixels()));
            g.fill(area);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
            return;
        }
        Shape oldClip = g.getClip();
        g.clip(area);
        g.setColor(colour);
        g.setStroke(HatchPattern.STROKE);
        g.draw(HatchPattern.lines(area.getBounds2D().createIntersection(within), hatching.phasePixels()));
        g.setClip(oldClip);
    }

    /** An invalid outline is drawn over in red, with a ring where it breaks the rules. */
    private void paintInvalid(Shape outline, org.locationtech.jts.geom.Coordinate where) {
        g.setColor(Symbology.INVALID);
        g.setStroke(INVALID_OUTLINE);
        g.draw(outline);
        double x = frame.x(where.x);
        double y = frame.y(where.y);
        g.setStroke(SELECTION);
        g.draw(new java.awt.geom.Ellipse2D.Double(x - INVALID_MARK_PIXELS, y - INVALID_MARK_PIXELS,
                2 * INVALID_MARK_PIXELS, 2 * INVALID_MARK_PIXELS));
    }

    static void paintCentreMark(Graphics2D g, double x, double y, AreaStyle style) {
        double r = style.centreMarkPixels();
        g.setColor(style.boundary().color());
        g.setStroke(CENTRE_MARK);
        g.draw(new Line2D.Double(x - r, y, x + r, y));
        g.draw(new Line2D.Double(x, y - r, x, y + r));
    }

    private void paintSymbol(FeatureMark mark) {
        double x = frame.x(mark.worldX());
        double y = frame.y(mark.worldY());
        PixelBox box = mark.symbolBox().orElseThrow();
        if (view.intersects(x + box.minX(), y + box.minY(), box.width(), box.height())) {
            boolean nationCode = symbolDetail == SymbolDetail.FULL || mark.selected();
            String nation = nationCode ? mark.feature().nation() : "";
            if (sprites && !mark.selected()) {
                SymbolSprite.paste(g, mark.point().get(), x, y);
                pasteNationCode(mark.point().get(), nation, x, y);
            } else {
                paintSymbol(g, x, y, mark.point().get(), nation, mark.selected(), textAsText);
            }
            accents.of(mark.layoutIndex()).ifPresent(accent -> paintAccent(g, x, y, mark.point().get(), accent));
        }
    }

    /**
     * Marks a symbol as one of its layout's: a corner of the frame filled in the layout's accent, inside the frame
     * so that it takes no room from names; an unframed marker gets a ring in the accent instead.
     */
    static void paintAccent(Graphics2D g, double x, double y, PointSymbolStyle style, LayerAccent accent) {
        double w = style.widthPixels() / 2;
        double h = style.heightPixels() / 2;
        g.setColor(Symbology.accentColour(accent));
        if (style.framed()) {
            double inset = style.frameWidthPixels() / 2;
            double leg = ACCENT_CORNER_SHARE * 2 * h;
            Path2D corner = new Path2D.Double();
            corner.moveTo(x - w + inset, y - h + inset);
            corner.lineTo(x - w + inset + leg, y - h + inset);
            corner.lineTo(x - w + inset, y - h + inset + leg);
            corner.closePath();
            g.fill(corner);
            g.setColor(Symbology.ACCENT_EDGE);
            g.setStroke(ACCENT_EDGE);
            g.draw(new Line2D.Double(x - w + inset + leg, y - h + inset, x - w + inset, y - h + inset + leg));
        } else {
            g.setStroke(ACCENT_RING);
            g.draw(new Ellipse2D.Double(x - w - 2.5, y - h - 2.5, 2 * w + 5, 2 * h + 5));
        }
    }

    /** Pastes the nation code under a symbol from its sprite, at the whole pixel nearest where it would be drawn. */
    private void pasteNationCode(PointSymbolStyle style, String nation, double x, double y) {
        SymbolGeometry geometry = SymbolGeometry.of(style, nation);
        if (!Double.isNaN(geometry.nationBaseline())) {
            LabelText code = NationCode.text(nation);
            LabelSprite sprite = code.sprite();
            g.drawImage(sprite.image(), (int) Math.round(x - code.bounds().centerX()) + sprite.offsetX(),
                    (int) Math.round(y + geometry.nationBaseline()) + sprite.offsetY(), null);
        }
    }

    /**
     * Draws a symbol centred on ({@code x}, {@code y}) in screen pixels, with its nation code when {@code nation}
     * is not blank.
     */
    static void paintSymbol(Graphics2D g, double x, double y, PointSymbolStyle style, String nation,
            boolean selected) {
        paintSymbol(g, x, y, style, nation, selected, false);
    }

    /** As the method above; with {@code textAsText}, the nation code is written as text rather than outlines. */
    static void paintSymbol(Graphics2D g, double x, double y, PointSymbolStyle style, String nation,
            boolean selected, boolean textAsText) {
        SymbolGeometry geometry = SymbolGeometry.of(style, nation);
        PixelBox box = geometry.box();
        if (selected) {
            PixelBox around = box.grown(SELECTION_MARGIN_PIXELS);
            g.setColor(Symbology.SELECTION);
            g.setStroke(SELECTION);
            g.draw(new RoundRectangle2D.Double(x + around.minX(), y + around.minY(), around.width(),
                    around.height(), 6, 6));
        }
        double w = geometry.halfWidth();
        double h = geometry.halfHeight();
        if (style.framed()) {
            Rectangle2D frameBox = new Rectangle2D.Double(x - w, y - h, 2 * w, 2 * h);
            g.setColor(style.fill());
            g.fill(frameBox);
            double inset = style.frameWidthPixels();
            style.icon().fill(g, x - w + inset, y - h + inset, 2 * (w - inset), 2 * (h - inset), style.glyph());
            g.setColor(style.frame());
            g.setStroke(new LineStyle(style.frame(), style.frameWidthPixels(), style.frameDashPixels()).stroke(1));
            g.draw(frameBox);
            if (style.conditionBar().isPresent()) {
                double top = h + style.frameWidthPixels() / 2 + 1;
                g.setColor(style.conditionBar().get());
                g.fill(new Rectangle2D.Double(x - w, y + top, 2 * w, SymbolGeometry.BAR_HEIGHT_PIXELS));
            }
            if (style.struckThrough()) {
                g.setColor(style.frame());
                g.setStroke(STRIKE);
                g.draw(new Line2D.Double(x - w - 2, y + h + 2, x + w + 2, y - h - 2));
            }
            if (!Double.isNaN(geometry.nationBaseline())) {
                LabelText code = NationCode.text(nation);
                AffineTransform saved = g.getTransform();
                g.translate(x - code.bounds().centerX(), y + geometry.nationBaseline());
                code.paint(g, textAsText);
                g.setTransform(saved);
            }
        } else {
            style.icon().fill(g, x - w, y - h, 2 * w, 2 * h, style.glyph());
        }
    }
}
