package org.hubmap.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Draws everything over the basemap's areas and lines, for screen and export alike: monitoring zones and protection
 * rings, the basemap's settlement dots, hub and depot symbols, and then every name, the basemap's and the
 * layouts', from one {@link MapLabeller} placement. Thread-safe.
 *
 * <p>Names are placed at the whole zoom at or below the view's. At a fractional zoom each name stays at its
 * distance from its symbol or dot while those spread apart; a name that comes to meet one placed before it is left
 * out until the next whole zoom.
 */
public final class LayoutRenderer {
    /** How far outside the view names still count when deciding which names meet between whole zooms. */
    private static final double NAMES_CONSIDERED_BEYOND_PIXELS = 256;
    /** Views shorter than this are drawn in one piece. */
    private static final int LEAST_HEIGHT_IN_BANDS = 200;
    /** Draws the lower band of views drawn in two, for every renderer. */
    private static final ExecutorService BANDS = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "map-band");
        thread.setDaemon(true);
        return thread;
    });

    private final MapLabeller labeller;
    private final ZoneMosaicTiles mosaicTiles = new ZoneMosaicTiles();

    public LayoutRenderer(MapLabeller labeller) {
        this.labeller = labeller;
    }

    /**
     * Draws {@code marks} and all names as seen through {@code view}; {@code g}'s origin is the view's top-left
     * corner. Leaves {@code g}'s transform as it found it but changes its colour, stroke and rendering hints.
     */
    public void draw(Graphics2D g, FeatureMarks marks, BasemapOptions options, MapViewport view) {
        draw(g, marks, options, view, MapOutput.IMAGE);
    }

    /**
     * As {@link #draw(Graphics2D, FeatureMarks, BasemapOptions, MapViewport)}, into {@code output}. Onto a
     * {@linkplain MapOutput#CLEARED_IMAGE cleared image} the first layer replaces pixels rather than blending over
     * them, and a view whose zones are drawn in full is drawn as two bands, one on another thread: each band's
     * pixels are its own, and each is drawn in the look chosen for the whole view, so the picture is the same as
     * drawn at once. Into a {@linkplain MapOutput#VECTOR vector document} names are written as text.
     */
    public void draw(Graphics2D g, FeatureMarks marks, BasemapOptions options, MapViewport view, MapOutput output) {
        draw(g, marks, options, view, output, labeller.placement(placementZoom(view.zoom()), options, marks));
    }

    /**
     * As {@link #draw(Graphics2D, FeatureMarks, BasemapOptions, MapViewport, MapOutput)}, without waiting for names
     * to be placed after an edit: where the marks follow by a few edits from those last drawn at this zoom, the names
     * the edits may have made wrong are left out for now ({@link InterimPlacement}).
     *
     * @return whether every name is shown as it will stay; when not, drawing the same again shows the rest
     */
    public boolean drawWithoutWaiting(Graphics2D g, FeatureMarks marks, BasemapOptions options, MapViewport view,
            MapOutput output) {
        int zoom = placementZoom(view.zoom());
        LabelPlacer.Placed placed = labeller.placedWithoutWaiting(zoom, options, marks)
                .orElseGet(() -> new LabelPlacer.Placed(labeller.placement(zoom, options, marks), true));
        draw(g, marks, options, view, output, placed.placement());
        return placed.complete();
    }

    private void draw(Graphics2D g, FeatureMarks marks, BasemapOptions options, MapViewport view, MapOutput output,
            LabelPlacement placement) {
        boolean ontoClearImage = output == MapOutput.CLEARED_IMAGE;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        int zoom = placementZoom(view.zoom());
        ScreenFrame frame = ScreenFrame.of(view);
        FeaturePainter.Look look = FeaturePainter.Look.of(frame, marks, zoom);
        List<PlacedLabel> labels = shownLabels(placement, frame, zoom, look.symbolDetail() != SymbolDetail.SIMPLE);
        int split = bandSplit(frame.heightPixels());
        // Bands pay where the time goes into pixels, zones drawn in full; in a crowded view it goes into reading
        // the features, which each band would do again.
        if (!ontoClearImage || split == 0 || !look.zonesInFull()) {
            drawBand(g, frame, marks, zoom, look, placement, labels, output);
            return;
        }
        int width = (int) Math.ceil(frame.widthPixels());
        Graphics2D upper = (Graphics2D) g.create();
        upper.clipRect(0, 0, width, split);
        Graphics2D lower = (Graphics2D) g.create();
        lower.clipRect(0, split, width, (int) Math.ceil(frame.heightPixels()) - split);
        lower.translate(0, split);
        ScreenFrame top = new ScreenFrame(frame.scale(), frame.originX(), frame.originY(), frame.widthPixels(),
                split);
        ScreenFrame bottom = new ScreenFrame(frame.scale(), frame.originX(), frame.originY() + split,
                frame.widthPixels(), frame.heightPixels() - split);
        // Each band disposes of its own graphics, and the lower one is waited for even when the upper one fails,
        // so that neither is disposed of while still drawing.
        Future<?> other = BANDS.submit(() -> {
            try {
                drawBand(lower, bottom, marks, zoom, look, placement, labels, output);
            } finally {
                lower.dispose();
            }
        });
        try {
            drawBand(upper, top, marks, zoom, look, placement, labels, output);
        } finally {
            upper.dispose();
            awaitBand(other);
        }
    }

    /** The names {@link #draw} shows in {@code view}, in placement order. */
    List<PlacedLabel> namesShown(FeatureMarks marks, BasemapOptions options, MapViewport view) {
        int zoom = placementZoom(view.zoom());
        ScreenFrame frame = ScreenFrame.of(view);
        FeaturePainter.Look look = FeaturePainter.Look.of(frame, marks, zoom);
        return shownLabels(labeller.placement(zoom, options, marks), frame, zoom,
                look.symbolDetail() != SymbolDetail.SIMPLE);
    }

    /** Waits for a band drawn on another thread, passing on its failure. */
    private static void awaitBand(Future<?> band) {
        try {
            band.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the map", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Where a view {@code heightPixels} tall is cut into two bands: near its middle, on a whole period of the zones'
     * hatching so that both bands hatch alike; 0 for a view too small to be worth cutting.
     */
    static int bandSplit(double heightPixels) {
        if (heightPixels < LEAST_HEIGHT_IN_BANDS) {
            return 0;
        }
        int period = HatchPattern.SPACING_PIXELS;
        return (int) Math.round(heightPixels / 2 / period) * period;
    }

    private void drawBand(Graphics2D g, ScreenFrame frame, FeatureMarks marks, int zoom, FeaturePainter.Look look,
            LabelPlacement placement, List<PlacedLabel> labels, MapOutput output) {
        FeaturePainter features = new FeaturePainter(g, frame, marks, zoom, mosaicTiles, look, output);
        features.paintAreas(output == MapOutput.CLEARED_IMAGE);
        paintDots(g, placement, frame, zoom);
        features.paintSymbols();
        paintLabels(g, labels, frame, zoom, output.textAsText());
    }

    /** The whole zoom whose label placement a view at {@code zoom} shows. */
    static int placementZoom(double zoom) {
        return Math.max(0, (int) Math.floor(zoom + 1e-9));
    }

    private static void paintDots(Graphics2D g, LabelPlacement placement, ScreenFrame frame, int zoom) {
        double spread = frame.scale() / MercatorGeometry.scale(zoom);
        for (PlacedDot dot : placement.dots()) {
            double x = dot.x() * spread - frame.originX();
            double y = dot.y() * spread - frame.originY();
            double r = dot.style().radiusPixels();
            if (x + r < 0 || y + r < 0 || x - r > frame.widthPixels() || y - r > frame.heightPixels()) {
                continue;
            }
            DotStyle style = dot.style();
            g.setColor(style.outline());
            g.fill(circle(x, y, style.radiusPixels()));
            g.setColor(style.fill());
            g.fill(circle(x, y, style.radiusPixels() - style.outlineWidthPixels()));
            if (style.centreRadiusPixels() > 0) {
                g.setColor(style.centre());
                g.fill(circle(x, y, style.centreRadiusPixels()));
            }
        }
    }

    /**
     * The names of {@code placement} that show in {@code frame}, in placement order. Between whole zooms each name
     * keeps its distance from its symbol or dot while those spread apart, so two names placed apart can come to
     * meet; then the later one is left out until the next whole zoom places them again. Names up to
     * {@value #NAMES_CONSIDERED_BEYOND_PIXELS} pixels outside the frame take part, so that panning does not change
     * which names show.
     */
    static List<PlacedLabel> shownLabels(LabelPlacement placement, ScreenFrame frame, int zoom) {
        return shownLabels(placement, frame, zoom, true);
    }

    /**
     * As {@link #shownLabels(LabelPlacement, ScreenFrame, int)}; without {@code featureNames}, as in a view so
     * crowded that its symbols are simple marks, which a name could not be told to belong to, only the selected
     * features keep their names.
     */
    static List<PlacedLabel> shownLabels(LabelPlacement placement, ScreenFrame frame, int zoom,
            boolean featureNames) {
        double placedScale = MercatorGeometry.scale(zoom);
        boolean spread = frame.scale() != placedScale;
        double beyond = spread ? NAMES_CONSIDERED_BEYOND_PIXELS : 0;
        double halo = BasemapStyle.LABEL_HALO_WIDTH_PIXELS;
        OccupiedSpace taken = new OccupiedSpace();
        List<PlacedLabel> shown = new ArrayList<>();
        for (PlacedLabel label : placement.labels()) {
            if (!featureNames && label.subject() instanceof FeatureMark mark && !mark.selected()) {
                continue;
            }
            PixelBox box = label.text().bounds().shifted(screenX(label, frame, placedScale),
                    screenY(label, frame, placedScale)).grown(halo);
            if (box.maxX() < -beyond || box.maxY() < -beyond || box.minX() > frame.widthPixels() + beyond
                    || box.minY() > frame.heightPixels() + beyond) {
                continue;
            }
            if (spread) {
                // Halos may touch, but not cover another name's letters.
                PixelBox letters = box.grown(-halo / 2);
                if (!taken.isFree(letters, null)) {
                    continue;
                }
                taken.occupy(letters);
            }
            if (box.maxX() >= 0 && box.maxY() >= 0 && box.minX() <= frame.widthPixels()
                    && box.minY() <= frame.heightPixels()) {
                shown.add(label);
            }
        }
        return shown;
    }

    /** Where the origin of a name placed at {@code placedScale} lands in {@code frame}: x, then y. */
    static double screenX(PlacedLabel label, ScreenFrame frame, double placedScale) {
        LabelSubject subject = label.subject();
        return frame.x(subject.worldX()) + label.originX() - subject.worldX() * placedScale;
    }

    static double screenY(PlacedLabel label, ScreenFrame frame, double placedScale) {
        LabelSubject subject = label.subject();
        return frame.y(subject.worldY()) + label.originY() - subject.worldY() * placedScale;
    }

    private static void paintLabels(Graphics2D g, List<PlacedLabel> labels, ScreenFrame frame, int zoom,
            boolean textAsText) {
        double placedScale = MercatorGeometry.scale(zoom);
        AffineTransform callerTransform = g.getTransform();
        boolean wholePixels = isWholePixelShift(callerTransform);
        double reach = BasemapStyle.LABEL_HALO_WIDTH_PIXELS;
        for (PlacedLabel label : labels) {
            double x = screenX(label, frame, placedScale);
            double y = screenY(label, frame, placedScale);
            PixelBox box = label.text().bounds().shifted(x, y).grown(reach);
            if (box.maxX() < 0 || box.maxY() < 0 || box.minX() > frame.widthPixels()
                    || box.minY() > frame.heightPixels()) {
                continue;
            }
            if (wholePixels && !textAsText) {
                LabelSprite sprite = label.text().sprite();
                g.drawImage(sprite.image(), (int) Math.round(x) + sprite.offsetX(),
                        (int) Math.round(y) + sprite.offsetY(), null);
            } else {
                g.translate(x, y);
                label.text().paint(g, textAsText);
                g.setTransform(callerTransform);
            }
        }
    }

    /**
     * Whether a transform only moves by whole pixels, as it does for screen images, so that names can be pasted
     * from their sprites. Scaled or vector output (HiDPI, PDF, SVG) gets the glyph outlines instead.
     */
    static boolean isWholePixelShift(AffineTransform transform) {
        int type = transform.getType();
        return (type == AffineTransform.TYPE_IDENTITY || type == AffineTransform.TYPE_TRANSLATION)
                && transform.getTranslateX() == Math.rint(transform.getTranslateX())
                && transform.getTranslateY() == Math.rint(transform.getTranslateY());
    }

    private static Ellipse2D circle(double x, double y, double radius) {
        return new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
    }
}
