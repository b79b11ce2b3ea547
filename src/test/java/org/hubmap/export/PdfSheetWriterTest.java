package org.hubmap.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.hubmap.bench.LayoutGenerator;
import org.hubmap.io.LayoutReader;
import org.hubmap.sheet.Paper;
import org.hubmap.sheet.SampleSheets;
import org.hubmap.sheet.Sheet;
import org.hubmap.sheet.SheetSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSheetWriterTest {
    private static final double A4_LONG_POINTS = 841.9;
    private static final double A4_SHORT_POINTS = 595.3;
    /** The height of a classification banner in points: 20 map pixels. */
    private static final float BANNER_POINTS = 15;
    private static Sheet landscape;
    private static byte[] twoPages;

    @BeforeAll
    static void writeTwoSheets() throws IOException {
        landscape = TestSheets.of(SheetSize.paper(Paper.A4, true, 300));
        twoPages = pdf(List.of(landscape, TestSheets.of(SheetSize.paper(Paper.A4, false, 300))));
    }

    @Test
    void hasOnePagePerSheetEachOfItsPaperSize() throws IOException {
        try (PDDocument document = Loader.loadPDF(twoPages)) {
            assertEquals(2, document.getNumberOfPages());
            PDRectangle first = document.getPage(0).getMediaBox();
            assertEquals(A4_LONG_POINTS, first.getWidth(), 0.5);
            assertEquals(A4_SHORT_POINTS, first.getHeight(), 0.5);
            PDRectangle second = document.getPage(1).getMediaBox();
            assertEquals(A4_SHORT_POINTS, second.getWidth(), 0.5);
            assertEquals(A4_LONG_POINTS, second.getHeight(), 0.5);
        }
    }

    @Test
    void marksTheClassificationInTheTopAndBottomBannersAsText() throws IOException {
        try (PDDocument document = Loader.loadPDF(twoPages)) {
            PDPage page = document.getPage(0);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("top", new Rectangle2D.Float(0, 0, width, BANNER_POINTS));
            stripper.addRegion("bottom", new Rectangle2D.Float(0, height - BANNER_POINTS, width, BANNER_POINTS));
            stripper.extractRegions(page);
            assertEquals("NATO RESTRICTED", stripper.getTextForRegion("top").strip());
            assertEquals("NATO RESTRICTED", stripper.getTextForRegion("bottom").strip());
        }
    }

    @Test
    void keepsTheTitleDateTimeGroupAndNamesAsText() throws IOException {
        String text = firstPageText(twoPages);
        assertTrue(text.contains("Coalition hubs and depots"), text);
        assertTrue(text.contains("DTG " + TestSheets.DTG.text()), text);
        assertTrue(text.contains("Scale " + landscape.scaleText()), text);
        assertTrue(text.contains("Minsk"), text);
    }

    @Test
    void keepsLetterSpacedNamesAsText() throws IOException {
        // Country names are set with TextAttribute.TRACKING.
        assertTrue(firstPageText(twoPages).contains("BELARUS"));
    }

    @Test
    void embedsEveryFontAndTheyAreTheMapsOwn() throws IOException {
        try (PDDocument document = Loader.loadPDF(twoPages)) {
            for (PDPage page : document.getPages()) {
                List<PDFont> fonts = new ArrayList<>();
                collectFonts(page.getResources(), fonts);
                assertFalse(fonts.isEmpty());
                for (PDFont font : fonts) {
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font.getName().contains("NotoSans"), font.getName());
                }
            }
        }
    }

    @Test
    void describesTheDocument() throws IOException {
        try (PDDocument document = Loader.loadPDF(twoPages)) {
            PDDocumentInformation information = document.getDocumentInformation();
            assertEquals("Coalition hubs and depots", information.getTitle());
            assertEquals("NATO RESTRICTED", information.getSubject());
            assertEquals("HubMap", information.getProducer());
            assertNull(information.getCreationDate());
        }
    }

    @Test
    void theSameSheetsGiveTheSameBytes() throws IOException {
        assertArrayEquals(pdf(List.of(landscape)), pdf(List.of(landscape)));
    }

    @Test
    void identifiesTheDocumentByWhatItDraws() throws IOException {
        byte[] again = pdf(List.of(landscape));
        byte[] other = pdf(List.of(TestSheets.of(SheetSize.paper(Paper.A4, false, 150))));
        try (PDDocument first = Loader.loadPDF(again); PDDocument second = Loader.loadPDF(other)) {
            assertEquals(2, first.getDocument().getDocumentID().size());
            assertNotEquals(first.getDocument().getDocumentID().toList(),
                    second.getDocument().getDocumentID().toList());
        }
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        ClosingWatch out = new ClosingWatch();
        PdfSheetWriter.write(List.of(landscape), out);
        assertFalse(out.closed);
        assertTrue(out.size() > 0);
    }

    @Test
    void needsASheet() {
        assertThrows(IllegalArgumentException.class, () -> PdfSheetWriter.write(List.of(),
                new ByteArrayOutputStream()));
    }

    /**
     * A map crowded enough to be drawn in its simple look pastes images, one of them from part of a scratch image
     * reused for another: the page must show them where the PNG does.
     */
    @Test
    void pastesACrowdedMapsImagesWhereThePngHasThem(@TempDir Path folder) throws Exception {
        Path layoutFile = folder.resolve("crowded.geojson");
        LayoutGenerator.write(1500, 1, layoutFile);
        Sheet crowded = Sheet.of(SampleSheets.spec(SheetSize.pixels(1280, 720, 96)),
                SampleSheets.content(List.of(LayoutReader.read(layoutFile))));
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf(List.of(crowded)))) {
            assertTrue(countImages(document.getPage(0).getResources()) >= 2);
            page = new PDFRenderer(document).renderImageWithDPI(0, 96, ImageType.RGB);
        }
        BufferedImage png = PngSheetWriter.render(crowded);
        // Text is smoothed differently by the two renderers; a missing or misplaced image differs far more.
        assertTrue(worstBlockDifference(png, page, 48) < 20, "the page differs from the PNG");
    }

    private static byte[] pdf(List<Sheet> sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSheetWriter.write(sheets, out);
        return out.toByteArray();
    }

    private static String firstPageText(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(document);
        }
    }

    /** The fonts of {@code resources} and of the forms in them, where the sheet's drawing lies. */
    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    private static int countImages(PDResources resources) throws IOException {
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                images += countImages(form.getResources());
            } else {
                images++;
            }
        }
        return images;
    }

    /** The largest mean difference of colour, 0 to 255, over square blocks of {@code side} pixels. */
    private static double worstBlockDifference(BufferedImage a, BufferedImage b, int side) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        double worst = 0;
        for (int top = 0; top + side <= a.getHeight(); top += side) {
            for (int left = 0; left + side <= a.getWidth(); left += side) {
                long sum = 0;
                for (int y = top; y < top + side; y++) {
                    for (int x = left; x < left + side; x++) {
                        int p = a.getRGB(x, y);
                        int q = b.getRGB(x, y);
                        for (int shift = 0; shift <= 16; shift += 8) {
                            sum += Math.abs((p >> shift & 0xff) - (q >> shift & 0xff));
                        }
                    }
                }
                worst = Math.max(worst, sum / (3.0 * side * side));
            }
        }
        return worst;
    }

    /** Notes whether it was closed. */
    static final class ClosingWatch extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
