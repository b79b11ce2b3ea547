package org.hubmap.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.hubmap.geo.ScaleBarSpec;
import org.hubmap.geo.WebMercator;
import org.hubmap.sheet.Classification;
import org.hubmap.sheet.Paper;
import org.hubmap.sheet.Sheet;
import org.hubmap.sheet.SheetSize;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A sheet as a PNG: its size, its recorded resolution, its banners and a scale bar true on the ground. */
class PngSheetWriterTest {
    private static byte[] png(Sheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngSheetWriter.write(PngSheetWriter.render(sheet), sheet.spec().size().dotsPerInch(), out);
        return out.toByteArray();
    }

    @Test
    void anA4SheetAt300DpiIsItsPaperSizeInPixelsAndSaysSo() throws IOException {
        Sheet sheet = TestSheets.of(SheetSize.paper(Paper.A4, true, 300));
        byte[] bytes = png(sheet);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertEquals(3508, image.getWidth(), "297 mm at 300 DPI");
        assertEquals(2480, image.getHeight(), "210 mm at 300 DPI");
        assertEquals(300, dotsPerInch(bytes), 0.05);
    }

    @Test
    void anImageSheetIsExactlyThePixelsAskedFor() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png(TestSheets.of(SheetSize.pixels(3840,
                2160)))));
        assertEquals(3840, image.getWidth());
        assertEquals(2160, image.getHeight());
    }

    @Test
    void theClassificationBannersRunAlongTheTopAndTheBottom() throws IOException {
        Sheet sheet = TestSheets.of(SheetSize.paper(Paper.A4, false, 150));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png(sheet)));
        int purple = Classification.NATO_RESTRICTED.banner().getRGB() & 0xffffff;
        for (int y : new int[] {2, image.getHeight() - 3}) {
            int banner = 0;
            int text = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                banner += rgb == purple ? 1 : 0;
            }
            // The marking's white letters in the banner's middle row.
            int middle = y < image.getHeight() / 2 ? 21 : image.getHeight() - 21;
            for (int x = image.getWidth() / 3; x < 2 * image.getWidth() / 3; x++) {
                text += (image.getRGB(x, middle) & 0xffffff) == 0xffffff ? 1 : 0;
            }
            assertEquals(image.getWidth(), banner, "the banner spans the sheet at y " + y);
            assertTrue(text > 10, "the marking is written in the banner near y " + middle);
        }
    }

    @Test
    void theDrawnScaleBarIsAsLongAsTheGroundItStandsFor() throws IOException {
        Sheet sheet = TestSheets.of(SheetSize.paper(Paper.A4, true, 300));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png(sheet)));
        double scale = sheet.spec().size().deviceScale();
        Rectangle2D compass = sheet.layout().compass();
        // The bar's segments sit 26 map pixels below the panel's top, 6 tall; its outline is dark.
        int row = (int) Math.round((compass.getMinY() + 29) * scale);
        int first = -1;
        int last = -1;
        // Right of the north arrow, which is 36 map pixels wide with 14 of room after it.
        for (int x = (int) ((compass.getMinX() + 36 + 7) * scale); x < compass.getMaxX() * scale; x++) {
            Color c = new Color(image.getRGB(x, row));
            if (c.getRed() + c.getGreen() + c.getBlue() < 200) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
        ScaleBarSpec bar = ScaleBarSpec.fit(sheet.view().centerLat(), sheet.view().zoom(),
                compass.getWidth() - 36 - 14 - 24);
        double drawn = (last - first) / scale;
        assertEquals(bar.lengthPixels(), drawn, 1.5, "bar of " + bar.label());
        double metresPerMapPixel = WebMercator.groundMetresPerPixel(sheet.view().centerLat(), sheet.view().zoom());
        assertEquals(bar.lengthMetres(), drawn * metresPerMapPixel, bar.lengthMetres() * 0.01);
    }

    @Test
    void theSameSheetGivesTheSameBytes() throws IOException {
        Sheet sheet = TestSheets.of(SheetSize.pixels(1280, 720));
        assertArrayEquals(png(sheet), png(TestSheets.of(SheetSize.pixels(1280, 720))));
    }

    /** The horizontal resolution a PNG records in its pHYs chunk. */
    private static double dotsPerInch(byte[] png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_png_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    Element physical = (Element) n;
                    assertEquals("meter", physical.getAttribute("unitSpecifier"));
                    return Double.parseDouble(physical.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
                }
            }
            throw new AssertionError("no pHYs chunk");
        }
    }
}
