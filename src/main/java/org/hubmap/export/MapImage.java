package org.hubmap.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.hubmap.render.Basemap;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.FeatureMarks;
import org.hubmap.render.MapFonts;
import org.hubmap.render.MapOutput;
import org.hubmap.render.MapPainter;
import org.hubmap.render.MapViewport;

/**
 * The map of a view alone, without a sheet around it, as a picture to paste into a slide or a message: drawn by
 * the map painter at the view's resolution, with the data attribution in its corner as the sources ask.
 */
public final class MapImage {
    private static final Font ATTRIBUTION_FONT = MapFonts.of(Font.PLAIN, 9f);
    private static final Color PLATE = new Color(255, 255, 255, 200);
    private static final Color TEXT = new Color(0x333333);
    private static final double PADDING = 3;

    private MapImage() {
    }

    /** The map of {@code view}, {@link MapViewport#deviceWidth()} by {@link MapViewport#deviceHeight()} pixels. */
    public static BufferedImage render(MapPainter painter, MapViewport view, FeatureMarks marks,
            BasemapOptions options, boolean mgrsGrid) {
        BufferedImage image = new BufferedImage(view.deviceWidth(), view.deviceHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(view.deviceScale(), view.deviceScale());
            painter.paint(g, view, marks, options, mgrsGrid, MapOutput.IMAGE);
            paintAttribution(g, view);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paintAttribution(Graphics2D g, MapViewport view) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        Rectangle2D text = ATTRIBUTION_FONT.getStringBounds(Basemap.ATTRIBUTION,
                new FontRenderContext(null, true, true));
        double x = view.widthPixels() - text.getWidth() - 2 * PADDING;
        double y = view.heightPixels() - text.getHeight() - 2 * PADDING;
        g.setColor(PLATE);
        g.fill(new Rectangle2D.Double(x, y, text.getWidth() + 2 * PADDING, text.getHeight() + 2 * PADDING));
        g.setColor(TEXT);
        g.setFont(ATTRIBUTION_FONT);
        g.drawString(Basemap.ATTRIBUTION, (float) (x + PADDING), (float) (y + PADDING - text.getY()));
    }
}
