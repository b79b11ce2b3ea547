package org.hubmap.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.hubmap.render.MapOutput;
import org.hubmap.sheet.Sheet;
import org.hubmap.sheet.SheetPainter;
import org.hubmap.sheet.SheetSize;

/**
 * A sheet as a PNG image at its resolution, with that resolution recorded in the file (its {@code pHYs} chunk), so
 * that it prints at its paper size. The same sheet gives the same bytes every time: nothing in the file depends on
 * when or where it was written.
 */
public final class PngSheetWriter {
    private static final double INCHES_PER_METRE = 1 / 0.0254;
    /** Java's PNG writer's trade of speed for size, from 0 (smallest) to 1 (fastest). */
    private static final float COMPRESSION_QUALITY = 0.5f;

    private PngSheetWriter() {
    }

    /** The sheet drawn into a new opaque image of its size in device pixels. */
    public static BufferedImage render(Sheet sheet) {
        SheetSize size = sheet.spec().size();
        BufferedImage image = new BufferedImage(size.deviceWidth(), size.deviceHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(size.deviceScale(), size.deviceScale());
            SheetPainter.paint(g, sheet, MapOutput.IMAGE);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes {@code image} as PNG, recording {@code dotsPerInch} as its resolution. */
    public static void write(BufferedImage image, double dotsPerInch, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            // The default deflates hardest, for files no smaller than this middle setting makes at half the time.
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(COMPRESSION_QUALITY);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            recordResolution(metadata, dotsPerInch);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static void recordResolution(IIOMetadata metadata, double dotsPerInch) throws IOException {
        String perMetre = Long.toString(Math.round(dotsPerInch * INCHES_PER_METRE));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", perMetre);
        physical.setAttribute("pixelsPerUnitYAxis", perMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(physical);
        try {
            metadata.mergeTree("javax_imageio_png_1.0", root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("cannot record the image's resolution: " + e.getMessage(), e);
        }
    }
}
