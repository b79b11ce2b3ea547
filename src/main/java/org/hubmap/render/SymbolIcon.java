package org.hubmap.render;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;

/**
 * The glyphs of HubMap's map symbols, drawn as SVG files in the project's {@code icons} folder and read with JSVG.
 * Each glyph is monochrome: JSVG turns it into one vector outline, which the renderer fills with the colour the
 * symbology gives, so a symbol is sharp at any size and stays vector in PDF and SVG exports.
 */
public enum SymbolIcon {
    HUB("hub"),
    DEPOT("depot"),
    OTHER("other");

    private final String fileName;
    private volatile Shape outline;
    private volatile Rectangle2D viewBox;

    SymbolIcon(String name) {
        this.fileName = name + ".svg";
    }

    /** The icon's file name in the {@code icons} folder. */
    public String fileName() {
        return fileName;
    }

    /** Where the icon is on the class path. */
    public URL resource() {
        URL url = SymbolIcon.class.getResource("/icons/" + fileName);
        if (url == null) {
            throw new IllegalStateException("icons/" + fileName + " is missing from the class path");
        }
        return url;
    }

    /**
     * The parsed SVG document. Documents are parsed one at a time: JSVG's paint classes refer to each other while
     * they are first initialised, and two threads doing that at once wait for each other for ever.
     */
    public SVGDocument document() {
        synchronized (SymbolIcon.class) {
            return parse();
        }
    }

    private SVGDocument parse() {
        URL url = resource();
        try (InputStream in = url.openStream()) {
            SVGDocument document = new SVGLoader().load(in, url.toURI(), LoaderContext.createDefault());
            if (document == null) {
                throw new IllegalStateException("icons/" + fileName + " is not a readable SVG file");
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("icons/" + fileName + " could not be read", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Width over height of the icon's view box. */
    public double aspectRatio() {
        Rectangle2D box = viewBox();
        return box.getWidth() / box.getHeight();
    }

    /**
     * Fills the glyph into the rectangle ({@code x}, {@code y}, {@code width}, {@code height}), which should have
     * the icon's aspect ratio, in {@code colour}.
     */
    public void fill(Graphics2D g, double x, double y, double width, double height, Color colour) {
        Rectangle2D box = viewBox();
        AffineTransform place = new AffineTransform();
        place.translate(x, y);
        place.scale(width / box.getWidth(), height / box.getHeight());
        place.translate(-box.getX(), -box.getY());
        g.setColor(colour);
        g.fill(place.createTransformedShape(outline()));
    }

    private Shape outline() {
        if (outline == null) {
            load();
        }
        return outline;
    }

    private Rectangle2D viewBox() {
        if (outline == null) {
            load();
        }
        return viewBox;
    }

    private synchronized void load() {
        if (outline == null) {
            SVGDocument document = document();
            ViewBox box = document.viewBox();
            viewBox = new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight());
            // Written last: a reader that sees the outline also sees the view box.
            outline = document.computeShape(box);
        }
    }
}
