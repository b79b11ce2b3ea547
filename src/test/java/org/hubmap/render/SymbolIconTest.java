package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SymbolIconTest {

    private static int inkedPixels(BufferedImage image) {
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                inked += (image.getRGB(x, y) >>> 24) > 0x40 ? 1 : 0;
            }
        }
        return inked;
    }

    @ParameterizedTest
    @EnumSource(SymbolIcon.class)
    void parsesAndRendersWithJsvgAtEverySize(SymbolIcon icon) {
        SVGDocument document = icon.document();
        for (int size : new int[] {16, 32, 256}) {
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            document.render((java.awt.Component) null, g, new ViewBox(0, 0, size, size));
            g.dispose();
            int inked = inkedPixels(image);
            assertTrue(inked > size * size / 50, icon + " at " + size + " px: " + inked + " inked pixels");
            assertTrue(inked < size * size * 0.9, icon + " at " + size + " px is not a solid block");
        }
    }

    @ParameterizedTest
    @EnumSource(SymbolIcon.class)
    void fillsItsGlyphInTheGivenColour(SymbolIcon icon) {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        icon.fill(g, 0, 0, 256, 256 / icon.aspectRatio(), Color.MAGENTA);
        g.dispose();
        int magenta = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                magenta += image.getRGB(x, y) == Color.MAGENTA.getRGB() ? 1 : 0;
            }
        }
        assertTrue(magenta > 1000, icon + ": " + magenta + " pixels");
    }

    @Test
    void everyIconFileInTheFolderIsASymbol() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("icons"))) {
            files.filter(f -> f.toString().endsWith(".svg")).forEach(file -> assertTrue(
                    Stream.of(SymbolIcon.values()).anyMatch(i -> i.fileName().equals(file.getFileName().toString())),
                    file + " is used by a symbol"));
        }
    }
}
