package org.hubmap.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typeface of every map, legend and sheet: Noto Sans (SIL Open Font License 1.1), shipped inside the jar in its
 * four faces, so that a map looks the same on every machine whatever fonts it has installed. It has Latin and
 * Cyrillic letters, for English and Ukrainian names alike.
 */
public final class MapFonts {
    /** The family name the faces report, as written into SVG and PDF files. */
    public static final String FAMILY = "Noto Sans";
    private static final String[] FILES = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
        "NotoSans-BoldItalic.ttf"};
    private static final Font[] FACES = new Font[FILES.length];

    private MapFonts() {
    }

    /**
     * The face of {@code style} ({@link Font#PLAIN}, {@link Font#BOLD}, {@link Font#ITALIC} or both of the last two)
     * at {@code sizePixels}.
     */
    public static Font of(int style, float sizePixels) {
        return face(style).deriveFont(sizePixels);
    }

    /**
     * The style of the map's face that {@code font} is (any size, any attributes), or empty for another font. A
     * face read from its file reports itself plain, being bold or italic by its glyphs alone, so formats that
     * write a style must ask here.
     */
    public static java.util.OptionalInt styleOf(Font font) {
        for (int style = 0; style < FILES.length; style++) {
            if (face(style).getFontName().equals(font.getFontName())) {
                return java.util.OptionalInt.of(style);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** The font file of {@code style}'s face, for formats that embed it; the caller closes the stream. */
    public static InputStream open(int style) {
        InputStream stream = MapFonts.class.getResourceAsStream("/fonts/" + FILES[index(style)]);
        if (stream == null) {
            throw new IllegalStateException("the map font " + FILES[index(style)] + " is missing from the jar");
        }
        return stream;
    }

    private static Font face(int style) {
        int index = index(style);
        synchronized (FACES) {
            if (FACES[index] == null) {
                try (InputStream in = open(style)) {
                    FACES[index] = Font.createFont(Font.TRUETYPE_FONT, in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (FontFormatException e) {
                    throw new IllegalStateException("the map font " + FILES[index] + " cannot be read", e);
                }
            }
            return FACES[index];
        }
    }

    private static int index(int style) {
        return style & (Font.BOLD | Font.ITALIC);
    }
}
