package org.hubmap.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.hubmap.render.MapFonts;
import org.hubmap.render.MapOutput;
import org.hubmap.sheet.Sheet;
import org.hubmap.sheet.SheetPainter;
import org.hubmap.sheet.SheetSize;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.StandardFontFunction;
import org.jfree.svg.ViewBox;

/**
 * A sheet as an SVG drawing, UTF-8 with an XML declaration, as wide and high as the sheet in map pixels (CSS
 * pixels, 1/96 inch, so that it prints at its paper size) with a view box of the same size. Names and markings are
 * {@code <text>} elements in Noto Sans, falling back to the reader's sans-serif where Noto Sans is not installed;
 * images the map pastes are embedded as PNG.
 *
 * <p>The same sheet gives the same bytes every time: the ids of clip paths and gradients have a fixed prefix
 * instead of the time of writing.
 */
public final class SvgSheetWriter {
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    /** Prefixes the ids of clip paths and gradients; fixed, since one file holds one sheet. */
    private static final String DEFS_PREFIX = "hubmap-";
    private static final Function<String, String> OTHER_FONTS = new StandardFontFunction();

    private SvgSheetWriter() {
    }

    /** Writes {@code sheet} to {@code out}, which is left open. */
    public static void write(Sheet sheet, OutputStream out) throws IOException {
        SheetSize size = sheet.spec().size();
        SVGGraphics2D svg = new SVGGraphics2D(size.widthPixels(), size.heightPixels(), SVGUnits.PX);
        svg.setDefsKeyPrefix(DEFS_PREFIX);
        svg.setFontFunction(SvgSheetWriter::fontFamily);
        // Shapes mostly come as float outlines: written to float precision rather than as doubles, they stay
        // true to far better than a hundredth of a pixel and take a third less room.
        svg.setGeomDoubleConverter(value -> Float.toString((float) value));
        Graphics2D g = new TrueText(svg);
        try {
            SheetPainter.paint(g, sheet, MapOutput.VECTOR);
        } finally {
            g.dispose();
        }
        String element = svg.getSVGElement(null, true, new ViewBox(0, 0, size.widthPixels(), size.heightPixels()),
                null, null);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(XML_DECLARATION);
        writer.write(element);
        writer.write('\n');
        writer.flush();
    }

    /** The CSS font family for a Java font family: the map's own with a generic fallback. */
    private static String fontFamily(String javaFamily) {
        if (javaFamily.equals(MapFonts.FAMILY)) {
            return "\"" + MapFonts.FAMILY + "\", sans-serif";
        }
        return OTHER_FONTS.apply(javaFamily);
    }

    /**
     * Passes everything to an {@link SVGGraphics2D} but text, which it would set in the wrong face or size: it
     * writes the weight and slant of a font from its style, which is plain for each of the map's faces (made by
     * {@link Font#createFont}, whose faces are bold or italic by their glyphs alone), and the size as the nearest
     * whole number ({@link Font#getSize()}). Text is written with the style its face has, and text of fractional
     * size at the whole size scaled to the true one, so that it keeps the width the sheet measured it at.
     */
    private static final class TrueText extends ForwardingGraphics {
        TrueText(Graphics2D g) {
            super(g);
        }

        @Override
        Graphics2D wrap(Graphics2D child) {
            return new TrueText(child);
        }

        @Override
        public void drawString(String str, float x, float y) {
            Font font = g.getFont();
            int style = MapFonts.styleOf(font).orElse(font.getStyle());
            float size = font.getSize2D();
            int whole = Math.max(1, font.getSize());
            if (size == whole) {
                g.setFont(font.deriveFont(style));
                g.drawString(str, x, y);
                g.setFont(font);
                return;
            }
            AffineTransform transform = g.getTransform();
            g.translate(x, y);
            g.scale(size / whole, size / whole);
            g.setFont(font.deriveFont(style, whole));
            g.drawString(str, 0f, 0f);
            g.setFont(font);
            g.setTransform(transform);
        }
    }
}
