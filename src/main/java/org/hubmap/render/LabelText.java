package org.hubmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A name set in its font and colour: its size for placing it, and its glyph outlines and halo for drawing it. The
 * outlines are made once, so every tile draws exactly the same shapes and a label split by a tile edge joins up
 * again. Coordinates are screen pixels relative to the label's origin: for a settlement the start of the baseline,
 * for an area the centre of the text block.
 *
 * <p>Thread-safe. Outlines and the sprite are built on first use only, because most names measured while placing
 * labels are never drawn; two threads may build them at once, with identical results.
 */
final class LabelText {
    private static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null, true, true);
    /** Height of the capital letters of each label font, in pixels; a handful of fonts, so kept for good. */
    private static final Map<Font, Double> CAP_HEIGHTS = new ConcurrentHashMap<>();

    private final List<String> lines;
    private final Font font;
    private final Color colour;
    private final boolean centred;
    private final double lineHeight;
    private final double shiftY;
    private final PixelBox bounds;
    private final double capMiddleY;
    private volatile Shape glyphs;
    private volatile Shape halo;
    private volatile LabelSprite sprite;

    private LabelText(String shown, Font font, Color colour, boolean centred) {
        this.font = font;
        this.colour = colour;
        this.centred = centred;
        this.lines = centred ? wrap(shown) : List.of(shown);
        this.lineHeight = font.getSize2D() * BasemapStyle.AREA_NAME_LINE_SPACING;
        double capHeight = capHeight(font);
        // Bounds reach up to the cap height even without capitals, so that names beside dots line up alike.
        Rectangle2D box = new Rectangle2D.Double(0, -capHeight, 0, capHeight + (lines.size() - 1) * lineHeight);
        for (int i = 0; i < lines.size(); i++) {
            TextLayout layout = new TextLayout(lines.get(i), font, RENDER_CONTEXT);
            Rectangle2D line = layout.getBounds();
            line.setRect(line.getX() + lineX(layout), line.getY() + i * lineHeight, line.getWidth(),
                    line.getHeight());
            box.add(line);
            if (i == 0 && !centred) {
                box.add(layout.getAdvance(), 0);
            }
        }
        this.shiftY = centred ? -(-capHeight + (lines.size() - 1) * lineHeight) / 2 : 0;
        this.bounds = new PixelBox(box.getMinX(), box.getMinY() + shiftY, box.getMaxX(), box.getMaxY() + shiftY);
        this.capMiddleY = centred ? 0 : -capHeight / 2;
    }

    /**
     * The text for {@code name} shown as a place of {@code kind} in {@code colour}: settlements on one line from
     * the origin rightwards, areas in capitals or not as their style says, on one or two lines centred on the
     * origin. {@code name} must not be blank.
     */
    static LabelText of(String name, PlaceKind kind, Color colour) {
        PlaceStyle style = BasemapStyle.placeStyle(kind);
        String shown = style.uppercase() ? name.toUpperCase(Locale.ROOT) : name;
        return new LabelText(shown, style.font(), colour, !kind.isSettlement());
    }

    /** A one-line text whose origin is the start of its baseline, as beside a symbol. Not blank. */
    static LabelText beside(String text, Font font, Color colour) {
        return new LabelText(text, font, colour, false);
    }

    /** A text of one or two lines centred on its origin, as over an area. Not blank. */
    static LabelText centred(String text, Font font, Color colour) {
        return new LabelText(text, font, colour, true);
    }

    /** The height of the capital letters of {@code font}, in pixels. */
    static double capHeight(Font font) {
        return CAP_HEIGHTS.computeIfAbsent(font,
                f -> f.createGlyphVector(RENDER_CONTEXT, "H").getVisualBounds().getHeight());
    }

    /** Long names break at the space that makes the longer line shortest. */
    static List<String> wrap(String name) {
        if (name.length() <= BasemapStyle.AREA_NAME_WRAP_CHARACTERS) {
            return List.of(name);
        }
        int best = -1;
        for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
            if (best < 0 || Math.max(i, name.length() - i - 1) < Math.max(best, name.length() - best - 1)) {
                best = i;
            }
        }
        return best < 0 ? List.of(name) : List.of(name.substring(0, best), name.substring(best + 1));
    }

    private double lineX(TextLayout layout) {
        return centred ? -layout.getAdvance() / 2 : 0;
    }

    /** The glyph outlines; callers must not modify them, they are shared between threads. */
    Shape glyphs() {
        Shape shape = glyphs;
        if (shape == null) {
            Path2D.Float outline = new Path2D.Float();
            for (int i = 0; i < lines.size(); i++) {
                TextLayout layout = new TextLayout(lines.get(i), font, RENDER_CONTEXT);
                outline.append(layout.getOutline(
                        AffineTransform.getTranslateInstance(lineX(layout), i * lineHeight + shiftY)), false);
            }
            shape = outline;
            glyphs = shape;
        }
        return shape;
    }

    /** The glyphs widened by the halo stroke, to be filled under them; shared like {@link #glyphs()}. */
    Shape halo() {
        Shape shape = halo;
        if (shape == null) {
            shape = new Path2D.Float(new BasicStroke(BasemapStyle.LABEL_HALO_WIDTH_PIXELS, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND).createStrokedShape(glyphs()));
            halo = shape;
        }
        return shape;
    }

    /** The colour of the glyphs. */
    Color colour() {
        return colour;
    }

    /**
     * The halo and glyphs drawn once into a translucent image, for pasting at whole-pixel positions: much faster
     * than filling the outlines again for every tile.
     */
    LabelSprite sprite() {
        LabelSprite built = sprite;
        if (built == null) {
            built = LabelSprite.of(this);
            sprite = built;
        }
        return built;
    }

    /** Draws the glyphs from Java2D's glyph cache, with the origin at {@code g}'s origin, in {@code g}'s colour. */
    void drawGlyphs(Graphics2D g) {
        for (int i = 0; i < lines.size(); i++) {
            TextLayout layout = new TextLayout(lines.get(i), font, RENDER_CONTEXT);
            layout.draw(g, (float) lineX(layout), (float) (i * lineHeight + shiftY));
        }
    }

    /** Fills the halo and then the glyph outlines, with the origin at {@code g}'s origin. */
    void paint(Graphics2D g) {
        paint(g, false);
    }

    /**
     * Fills the halo and then the glyphs, with the origin at {@code g}'s origin: as outlines, or when
     * {@code asText} as text in the label's font, which vector documents keep as text.
     */
    void paint(Graphics2D g, boolean asText) {
        g.setColor(BasemapStyle.LABEL_HALO);
        g.fill(halo());
        g.setColor(colour);
        if (!asText) {
            g.fill(glyphs());
            return;
        }
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            TextLayout layout = new TextLayout(lines.get(i), font, RENDER_CONTEXT);
            g.drawString(lines.get(i), (float) lineX(layout), (float) (i * lineHeight + shiftY));
        }
    }

    /** The space the text takes, halo excluded, relative to the origin. */
    PixelBox bounds() {
        return bounds;
    }

    /**
     * The y, relative to the origin, halfway up the capital letters of the first line: the height at which a
     * name beside a dot is centred on it.
     */
    double capMiddleY() {
        return capMiddleY;
    }
}
