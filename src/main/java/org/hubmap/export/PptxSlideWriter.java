package org.hubmap.export;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.hubmap.render.MapFonts;
import org.hubmap.render.MapOutput;
import org.hubmap.render.MapViewport;
import org.hubmap.sheet.Sheet;
import org.hubmap.sheet.SheetLayout;
import org.hubmap.sheet.SheetPainter;
import org.hubmap.sheet.SheetSize;
import org.hubmap.sheet.TextLine;

/**
 * A sheet as a PowerPoint file of one 16:9 slide (13.333 x 7.5 inches, 960 x 540 points), for a briefing deck. The
 * map, its panel and the attribution are one picture, drawn at two device pixels per map pixel; the classification
 * banners, the title and subtitle, the date-time group and the scale are the slide's own shapes and text boxes, set
 * in Noto Sans where the sheet puts them, so that staff can edit them in their deck.
 *
 * <p>A sheet of 1280 x 720 map pixels fills the slide exactly (a map pixel is 0.75 point); a sheet of another
 * size is scaled to fit and centred, its texts with it. The same sheet gives the same bytes every time.
 */
public final class PptxSlideWriter {
    /** The slide in points: 13.333 x 7.5 inches. */
    private static final int SLIDE_WIDTH_POINTS = 960;
    private static final int SLIDE_HEIGHT_POINTS = 540;
    /** Device pixels per map pixel of the picture: twice the slide's 96 DPI, so that it stays crisp projected. */
    private static final int PICTURE_SCALE = 2;
    private static final double POINTS_PER_PIXEL = 72 / MapViewport.PIXELS_PER_INCH;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final String CREATOR = "HubMap";

    private PptxSlideWriter() {
    }

    /** Writes {@code sheet} to {@code out}, which is left open. */
    public static void write(Sheet sheet, OutputStream out) throws IOException {
        Fit fit = Fit.of(sheet.spec().size());
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.setPageSize(new Dimension(SLIDE_WIDTH_POINTS, SLIDE_HEIGHT_POINTS));
            XSLFSlide slide = show.createSlide();
            addPicture(show, slide, sheet, fit);
            addBanners(slide, sheet, fit);
            addTitleBlock(slide, sheet, fit);
            describe(show, sheet);
            // POI stamps each entry of the zip with the time of writing unless asked for reproducible output.
            Reproducibility.runWithSourceDateEpoch(() -> show.write(out));
        }
    }

    /** The sheet without its banners and title block, as a PNG covering the sheet's place on the slide. */
    private static void addPicture(XMLSlideShow show, XSLFSlide slide, Sheet sheet, Fit fit) throws IOException {
        SheetSize size = sheet.spec().size();
        BufferedImage image = new BufferedImage((int) Math.round(size.widthPixels() * PICTURE_SCALE),
                (int) Math.round(size.heightPixels() * PICTURE_SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(PICTURE_SCALE, PICTURE_SCALE);
            SheetPainter.paintPaper(g, sheet);
            SheetPainter.paintBody(g, sheet, MapOutput.IMAGE);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        PngSheetWriter.write(image, MapViewport.PIXELS_PER_INCH * PICTURE_SCALE, png);
        XSLFPictureData picture = show.addPicture(png.toByteArray(), PictureData.PictureType.PNG);
        slide.createPicture(picture).setAnchor(fit.points(new Rectangle2D.Double(0, 0, size.widthPixels(),
                size.heightPixels())));
    }

    /** The classification banners: filled rectangles with the marking centred in them. */
    private static void addBanners(XSLFSlide slide, Sheet sheet, Fit fit) {
        SheetLayout layout = sheet.layout();
        List<TextLine> lines = SheetPainter.bannerLines(sheet);
        Rectangle2D[] banners = {layout.topBanner(), layout.bottomBanner()};
        for (int i = 0; i < banners.length; i++) {
            XSLFAutoShape shape = slide.createAutoShape();
            shape.setShapeType(ShapeType.RECT);
            shape.setAnchor(fit.points(banners[i]));
            shape.setFillColor(sheet.spec().classification().banner());
            shape.setLineColor(null);
            settle(shape, VerticalAlignment.MIDDLE);
            addText(shape, lines.get(i), fit);
        }
    }

    /** The title and subtitle on the left of the title block, the date-time group and scale on its right. */
    private static void addTitleBlock(XSLFSlide slide, Sheet sheet, Fit fit) {
        for (TextLine line : SheetPainter.titleBlockLines(sheet)) {
            addLine(slide, fit, line);
        }
    }

    /** A text box of one line whose baseline lies where the sheet sets it; blank texts get no box. */
    private static void addLine(XSLFSlide slide, Fit fit, TextLine line) {
        if (line.text().isBlank()) {
            return;
        }
        // With no insets the first line's ascent starts at the box's top.
        LineMetrics metrics = line.font().getLineMetrics(line.text(), MEASURE);
        Rectangle2D box = new Rectangle2D.Double(line.left(), line.baseline() - metrics.getAscent(), line.width(),
                metrics.getAscent() + metrics.getDescent());
        XSLFTextShape shape = slide.createTextBox();
        shape.setAnchor(fit.points(box));
        settle(shape, VerticalAlignment.TOP);
        addText(shape, line, fit);
    }

    /** Keeps the text where it is put: no insets, no wrapping and no fitting of text or box. */
    private static void settle(XSLFTextShape shape, VerticalAlignment vertical) {
        shape.setInsets(new Insets2D(0, 0, 0, 0));
        shape.setWordWrap(false);
        shape.setTextAutofit(TextAutofit.NONE);
        shape.setVerticalAlignment(vertical);
    }

    private static void addText(XSLFTextShape shape, TextLine line, Fit fit) {
        shape.clearText();
        XSLFTextParagraph paragraph = shape.addNewTextParagraph();
        paragraph.setTextAlign(switch (line.align()) {
            case LEFT -> TextAlign.LEFT;
            case CENTRE -> TextAlign.CENTER;
            case RIGHT -> TextAlign.RIGHT;
        });
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(line.text());
        run.setFontFamily(MapFonts.FAMILY, FontGroup.LATIN);
        run.setFontSize(fit.size(line.font().getSize2D()));
        run.setBold((MapFonts.styleOf(line.font()).orElse(line.font().getStyle()) & java.awt.Font.BOLD) != 0);
        run.setFontColor(line.colour());
    }

    private static void describe(XMLSlideShow show, Sheet sheet) {
        POIXMLProperties.CoreProperties core = show.getProperties().getCoreProperties();
        core.setTitle(sheet.spec().title());
        core.setSubjectProperty(sheet.spec().classification().text());
        core.setCreator(CREATOR);
    }

    /**
     * Where a sheet lies on the slide: scaled from map pixels to points, as large as fits, and centred.
     *
     * @param pointsPerPixel slide points per map pixel: 0.75 for a sheet of 1280 x 720 map pixels
     * @param left the sheet's left edge on the slide, in points
     * @param top the sheet's top edge on the slide, in points
     */
    private record Fit(double pointsPerPixel, double left, double top) {
        static Fit of(SheetSize size) {
            double pointsPerPixel = POINTS_PER_PIXEL * Math.min(SLIDE_WIDTH_POINTS / size.widthPoints(),
                    SLIDE_HEIGHT_POINTS / size.heightPoints());
            return new Fit(pointsPerPixel, (SLIDE_WIDTH_POINTS - size.widthPixels() * pointsPerPixel) / 2,
                    (SLIDE_HEIGHT_POINTS - size.heightPixels() * pointsPerPixel) / 2);
        }

        /** A rectangle on the sheet, in map pixels, on the slide in points. */
        Rectangle2D points(Rectangle2D pixels) {
            return new Rectangle2D.Double(left + pixels.getX() * pointsPerPixel, top + pixels.getY() * pointsPerPixel,
                    pixels.getWidth() * pointsPerPixel, pixels.getHeight() * pointsPerPixel);
        }

        /** A font size in map pixels as points on the slide. */
        double size(float pixels) {
            return pixels * pointsPerPixel;
        }
    }
}
