package org.hubmap.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DImageEncoder;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ImageObserver;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.hubmap.render.MapFonts;
import org.hubmap.render.MapOutput;
import org.hubmap.render.MapViewport;
import org.hubmap.sheet.Sheet;
import org.hubmap.sheet.SheetPainter;
import org.hubmap.sheet.SheetSize;

/**
 * Sheets as a PDF document, one page per sheet, each page exactly its sheet's paper size in points (1/72 inch).
 * The sheets are drawn as vectors; every name and marking is real text in Noto Sans, whose faces are embedded (only
 * the glyphs used), so that the document can be searched and its text copied, and prints the same everywhere.
 * Images that the map pastes are kept, losslessly compressed.
 *
 * <p>The same sheets give the same bytes every time: the document has no dates, and its ID is worked out from what
 * its pages draw rather than from the time of writing.
 */
public final class PdfSheetWriter {
    /** PDF points per map pixel: 72 to the inch against 96. */
    private static final double POINTS_PER_PIXEL = 72 / MapViewport.PIXELS_PER_INCH;
    private static final String PRODUCER = "HubMap";

    private PdfSheetWriter() {
    }

    /**
     * Writes {@code pages} to {@code out}, which is left open. The document's title is the first sheet's title and
     * its subject that sheet's classification.
     *
     * @throws IllegalArgumentException when there are no sheets
     */
    public static void write(List<Sheet> pages, OutputStream out) throws IOException {
        write(pages, out, SheetExport.Progress.NONE);
    }

    /**
     * As {@link #write(List, OutputStream)}, telling {@code progress} of each page drawn and asking it after each
     * whether to stop.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} says to stop; nothing is written
     */
    public static void write(List<Sheet> pages, OutputStream out, SheetExport.Progress progress) throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one sheet");
        }
        try (PDDocument document = new PDDocument()) {
            MapFontDrawer fonts = new MapFontDrawer();
            ImagesByPixels images = new ImagesByPixels();
            MessageDigest drawn = sha256();
            for (int i = 0; i < pages.size(); i++) {
                PDFormXObject drawing = addPage(document, pages.get(i), fonts, images);
                try (InputStream in = drawing.getCOSObject().createRawInputStream()) {
                    drawn.update(in.readAllBytes());
                }
                progress.pageDone(i + 1, pages.size());
                SheetExport.checkCancelled(progress);
            }
            describe(document, pages.get(0));
            // PDFBox seeds the ID with the time unless given a seed: the drawing's digest is one that differs
            // only when the pages do.
            document.setDocumentId(ByteBuffer.wrap(drawn.digest()).getLong());
            // PDFBox closes the stream it saves to, but the caller owns this one.
            document.save(new KeptOpen(out));
        }
    }

    /** Adds a page showing {@code sheet} and returns the form it is drawn in. */
    private static PDFormXObject addPage(PDDocument document, Sheet sheet, MapFontDrawer fonts,
            ImagesByPixels images) throws IOException {
        SheetSize size = sheet.spec().size();
        PDRectangle box = new PDRectangle((float) size.widthPoints(), (float) size.heightPoints());
        PdfBoxGraphics2D pdf = new PdfBoxGraphics2D(document, box.getWidth(), box.getHeight());
        Graphics2D g = new WholeImages(pdf);
        try {
            pdf.setFontTextDrawer(fonts);
            pdf.setImageEncoder(images);
            // Java2D scales images by their nearest pixels unless asked to smooth them; the bridge would smooth
            // unless told otherwise, which blurs the cells of a crowded map's zones.
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.scale(POINTS_PER_PIXEL, POINTS_PER_PIXEL);
            SheetPainter.paint(g, sheet, MapOutput.VECTOR);
        } finally {
            g.dispose();
        }
        PDPage page = new PDPage(box);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawForm(pdf.getXFormObject());
        }
        return pdf.getXFormObject();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void describe(PDDocument document, Sheet sheet) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(sheet.spec().title());
        information.setSubject(sheet.spec().classification().text());
        information.setProducer(PRODUCER);
    }

    /** A stream that only flushes when closed. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * Passes everything to a {@link PdfBoxGraphics2D} but images drawn from part of their source, which it scales
     * by the wrong factor unless the part is the whole image (the map pastes parts of a reused scratch image): the
     * part is copied out and drawn whole.
     */
    private static final class WholeImages extends ForwardingGraphics {
        WholeImages(Graphics2D g) {
            super(g);
        }

        @Override
        Graphics2D wrap(Graphics2D child) {
            return new WholeImages(child);
        }

        @Override
        public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                ImageObserver observer) {
            return drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, null, observer);
        }

        @Override
        public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                Color bgcolor, ImageObserver observer) {
            if (!(img instanceof BufferedImage image) || sx2 <= sx1 || sy2 <= sy1) {
                return g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bgcolor, observer);
            }
            if (bgcolor != null) {
                Paint paint = g.getPaint();
                g.setColor(bgcolor);
                g.fill(new Rectangle(Math.min(dx1, dx2), Math.min(dy1, dy2), Math.abs(dx2 - dx1),
                        Math.abs(dy2 - dy1)));
                g.setPaint(paint);
            }
            // As Java2D does, only the part of the source rectangle that lies on the image is drawn.
            Rectangle part = new Rectangle(sx1, sy1, sx2 - sx1, sy2 - sy1)
                    .intersection(new Rectangle(image.getWidth(), image.getHeight()));
            if (part.isEmpty()) {
                return true;
            }
            double scaleX = (dx2 - dx1) / (double) (sx2 - sx1);
            double scaleY = (dy2 - dy1) / (double) (sy2 - sy1);
            BufferedImage copy = new BufferedImage(part.width, part.height, BufferedImage.TYPE_INT_ARGB);
            copy.setRGB(0, 0, part.width, part.height,
                    image.getRGB(part.x, part.y, part.width, part.height, null, 0, part.width), 0, part.width);
            return g.drawImage(copy, new AffineTransform(scaleX, 0, 0, scaleY, dx1 + (part.x - sx1) * scaleX,
                    dy1 + (part.y - sy1) * scaleY), observer);
        }
    }

    /**
     * Encodes each distinct image once per document, losslessly, knowing it by its pixels rather than by the
     * image object: the map reuses one scratch image for different pictures, which an encoder keyed by the object
     * would paste stale, and pastes the same sprite many times, which is written once.
     */
    private static final class ImagesByPixels implements IPdfBoxGraphics2DImageEncoder {
        private final Map<Pixels, PDImageXObject> encoded = new HashMap<>();

        @Override
        public PDImageXObject encodeImage(PDDocument document, PDPageContentStream contentStream, Image image,
                IPdfBoxGraphics2DImageEncoderEnv env) {
            BufferedImage buffered = buffered(image);
            boolean smooth = env.getImageInterpolation() == IPdfBoxGraphics2DImageEncoderEnv.ImageInterpolation
                    .Interpolate;
            Pixels key = new Pixels(buffered, smooth);
            PDImageXObject encodedImage = encoded.get(key);
            if (encodedImage == null) {
                try {
                    encodedImage = LosslessFactory.createFromImage(document, buffered);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                encodedImage.setInterpolate(smooth);
                encoded.put(key, encodedImage);
            }
            return encodedImage;
        }

        private static BufferedImage buffered(Image image) {
            if (image instanceof BufferedImage buffered) {
                return buffered;
            }
            BufferedImage copy = new BufferedImage(image.getWidth(null), image.getHeight(null),
                    BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = copy.createGraphics();
            try {
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
            return copy;
        }
    }

    /** An image's colours, not premultiplied, as a key that holds them as they were when drawn. */
    private static final class Pixels {
        private final int width;
        private final int height;
        private final boolean smooth;
        private final int[] argb;
        private final int hash;

        Pixels(BufferedImage image, boolean smooth) {
            this.width = image.getWidth();
            this.height = image.getHeight();
            this.smooth = smooth;
            this.argb = image.getRGB(0, 0, width, height, null, 0, width);
            this.hash = 31 * (31 * Arrays.hashCode(argb) + width) + Boolean.hashCode(smooth);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Pixels that && width == that.width && height == that.height
                    && smooth == that.smooth && Arrays.equals(argb, that.argb);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * Writes text in the map's own faces, embedded into the document as each is first used; text in any other
     * font is left to be drawn as outlines, so that no font the reader must supply ever appears. Letter-spaced
     * names ({@link TextAttribute#TRACKING}) are spaced by the PDF's character spacing, which adds the same room
     * after every glyph as Java2D does.
     */
    private static final class MapFontDrawer extends PdfBoxGraphics2DFontTextDrawer {
        private final Map<String, PDFont> embedded = new HashMap<>();

        @Override
        protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
            java.util.OptionalInt style = MapFonts.styleOf(font);
            if (style.isEmpty()) {
                return null;
            }
            PDFont face = embedded.get(font.getFontName());
            if (face == null) {
                try (InputStream in = MapFonts.open(style.getAsInt())) {
                    face = PDType0Font.load(env.getDocument(), in, true);
                }
                embedded.put(font.getFontName(), face);
            }
            return face;
        }

        @Override
        public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
                throws IOException, FontFormatException {
            return !Float.isNaN(tracking((AttributedCharacterIterator) iterator.clone(), env))
                    && super.canDrawText(iterator, env);
        }

        @Override
        public void drawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
                throws IOException, FontFormatException {
            float tracking = tracking((AttributedCharacterIterator) iterator.clone(), env);
            if (tracking != 0) {
                // Character spacing is in unscaled text space, that is in map pixels here; the caller's saved
                // graphics state ends it with this text.
                env.getContentStream().setCharacterSpacing(tracking * fontAt(iterator, env).getSize2D());
            }
            super.drawText(iterator, env);
        }

        /**
         * The tracking all of {@code iterator}'s text is set with, or NaN when its tracking or size changes along
         * the text, which one character spacing cannot follow.
         */
        private static float tracking(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) {
            iterator.first();
            Font first = fontAt(iterator, env);
            float tracking = trackingOf(first);
            for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
                Font font = fontAt(iterator, env);
                if (trackingOf(font) != tracking || font.getSize2D() != first.getSize2D()) {
                    return Float.NaN;
                }
            }
            return tracking;
        }

        private static Font fontAt(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) {
            Font font = (Font) iterator.getAttribute(TextAttribute.FONT);
            return font != null ? font : env.getFont();
        }

        private static float trackingOf(Font font) {
            Object tracking = font.getAttributes().get(TextAttribute.TRACKING);
            return tracking instanceof Number number ? number.floatValue() : 0;
        }
    }
}
