package org.hubmap.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.hubmap.sheet.Paper;
import org.hubmap.sheet.Sheet;
import org.hubmap.sheet.SheetSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PptxSlideWriterTest {
    private static Sheet sheet;
    private static byte[] bytes;

    @BeforeAll
    static void writeSlide() throws IOException {
        sheet = TestSheets.of(SheetSize.pixels(1280, 720));
        bytes = pptx(sheet);
    }

    @Test
    void isOneWidescreenSlide() throws IOException {
        try (XMLSlideShow show = open(bytes)) {
            assertEquals(1, show.getSlides().size());
            assertEquals(new Dimension(960, 540), show.getPageSize());
        }
    }

    @Test
    void setsTheSheetsTextsAsTextBoxesInNotoSans() throws IOException {
        try (XMLSlideShow show = open(bytes)) {
            List<XSLFTextShape> texts = texts(show.getSlides().get(0));
            assertEquals(1, texts.stream().filter(t -> t.getText().equals("Coalition hubs and depots")).count());
            assertEquals(1, texts.stream().filter(t -> t.getText().equals("Sample layout, planning draft")).count());
            assertEquals(1, texts.stream().filter(t -> t.getText().equals("DTG " + TestSheets.DTG.text())).count());
            assertEquals(1, texts.stream().filter(t -> t.getText().equals("Scale " + sheet.scaleText())).count());
            for (XSLFTextShape text : texts) {
                assertEquals(TextAutofit.NONE, text.getTextAutofit());
                for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
                    for (XSLFTextRun run : paragraph.getTextRuns()) {
                        assertEquals("Noto Sans", run.getFontFamily());
                    }
                }
            }
        }
    }

    @Test
    void marksTheClassificationInBannersAtTopAndBottom() throws IOException {
        try (XMLSlideShow show = open(bytes)) {
            List<XSLFTextShape> banners = texts(show.getSlides().get(0)).stream()
                    .filter(t -> t.getText().equals("NATO RESTRICTED")).toList();
            assertEquals(2, banners.size());
            Rectangle2D top = banners.get(0).getAnchor();
            Rectangle2D bottom = banners.get(1).getAnchor();
            assertEquals(new Rectangle2D.Double(0, 0, 960, 15), top);
            assertEquals(new Rectangle2D.Double(0, 525, 960, 15), bottom);
            XSLFTextParagraph paragraph = banners.get(0).getTextParagraphs().get(0);
            assertEquals(TextAlign.CENTER, paragraph.getTextAlign());
            assertTrue(paragraph.getTextRuns().get(0).isBold());
            assertEquals(sheet.spec().classification().banner(), banners.get(0).getFillColor());
        }
    }

    @Test
    void alignsTheDateTimeGroupToTheTitleBlocksRight() throws IOException {
        try (XMLSlideShow show = open(bytes)) {
            XSLFTextShape dtg = texts(show.getSlides().get(0)).stream()
                    .filter(t -> t.getText().startsWith("DTG ")).findFirst().orElseThrow();
            assertEquals(TextAlign.RIGHT, dtg.getTextParagraphs().get(0).getTextAlign());
            assertEquals(sheet.layout().titleBlock().getMaxX() * 0.75, dtg.getAnchor().getMaxX(), 0.01);
        }
    }

    @Test
    void showsTheMapAsOneSharpPngCoveringTheSlide() throws IOException {
        try (XMLSlideShow show = open(bytes)) {
            List<XSLFPictureShape> pictures = show.getSlides().get(0).getShapes().stream()
                    .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).toList();
            assertEquals(1, pictures.size());
            assertEquals(new Rectangle2D.Double(0, 0, 960, 540), pictures.get(0).getAnchor());
            assertEquals(PictureData.PictureType.PNG, pictures.get(0).getPictureData().getType());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(pictures.get(0).getPictureData().getData()));
            assertTrue(image.getWidth() >= 2000, () -> "only " + image.getWidth() + " pixels wide");
        }
    }

    @Test
    void fitsASheetOfAnotherShapeOntoTheSlide() throws IOException {
        try (XMLSlideShow show = open(pptx(TestSheets.of(SheetSize.paper(Paper.A4, true, 150))))) {
            XSLFShape picture = show.getSlides().get(0).getShapes().stream()
                    .filter(XSLFPictureShape.class::isInstance).findFirst().orElseThrow();
            Rectangle2D anchor = picture.getAnchor();
            assertEquals(540, anchor.getHeight(), 0.01);
            assertEquals(480, anchor.getCenterX(), 0.01);
            assertTrue(anchor.getMinX() > 0);
        }
    }

    @Test
    void theSameSheetGivesTheSameBytes() throws IOException {
        assertArrayEquals(bytes, pptx(sheet));
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        PdfSheetWriterTest.ClosingWatch out = new PdfSheetWriterTest.ClosingWatch();
        PptxSlideWriter.write(sheet, out);
        assertFalse(out.closed);
        assertTrue(out.size() > 0);
    }

    private static byte[] pptx(Sheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PptxSlideWriter.write(sheet, out);
        return out.toByteArray();
    }

    private static XMLSlideShow open(byte[] pptx) throws IOException {
        return new XMLSlideShow(new ByteArrayInputStream(pptx));
    }

    private static List<XSLFTextShape> texts(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance).map(XSLFTextShape.class::cast)
                .toList();
    }
}
