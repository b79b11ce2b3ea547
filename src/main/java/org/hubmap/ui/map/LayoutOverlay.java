package org.hubmap.ui.map;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.FeatureMarks;
import org.hubmap.render.LayerAccents;
import org.hubmap.render.LayoutEdit;
import org.hubmap.render.MapOutput;
import org.hubmap.render.MapPainter;
import org.hubmap.render.MapViewport;

/**
 * The opened layouts, every name on the map (the basemap's included) and the MGRS grid when asked for, drawn over
 * the basemap's tiles by {@link MapPainter}, the same Java2D code that draws exported sheets.
 *
 * <p>Drawing happens on a background thread into an image a little larger than the view. Until a fresh image
 * is ready the last one is moved and scaled to follow the map, so panning stays smooth; at most one drawing runs
 * at a time and the view is redrawn at most once per pulse, however many changes arrive in between. Nothing is
 * drawn until the basemap, whose names are placed with the layouts', has been read.
 */
final class LayoutOverlay extends Region {
    private static final Logger LOG = Logger.getLogger(LayoutOverlay.class.getName());
    /** Extra width and height drawn around the view, as a share of its size, so short pans show no gap. */
    private static final double MARGIN = 0.25;

    private final ImageView imageView = new ImageView();
    private final ExecutorService drawer = Executors.newSingleThreadExecutor(new DaemonThreadFactory("layout-overlay"));
    private MapPainter painter;
    private OverlayContent wanted = new OverlayContent(List.of(), Set.of(), BasemapOptions.defaults(), false, null);
    private OverlayContent drawnScene;
    private MapViewport drawnView;
    private boolean drawing;
    /** The marks of the layouts last given, brought up to date by whichever thread needs them first. */
    private final LayoutMarks marks = new LayoutMarks();
    /**
     * Whether the image shown left out names an edit may have changed, to be drawn in full next: then the first
     * image after an edit is ready at once.
     */
    private boolean namesPending;
    /**
     * The drawing thread's image, cleared and reused: allocating one the size of the view costs more than most
     * drawings.
     */
    private BufferedImage canvas;
    /**
     * Two screen images taken in turn, so that the drawing thread fills the one not shown; only the drawing
     * thread touches the one it fills.
     */
    private final WritableImage[] screenImages = new WritableImage[2];
    private int nextScreenImage;
    /**
     * Whether layouts given anew (opened, closed, shown, hidden, read again: not an edit) are not yet drawn, so
     * that the window can say the map is still at work.
     */
    private final ReadOnlyBooleanWrapper drawingLayouts = new ReadOnlyBooleanWrapper(this, "drawingLayouts");

    LayoutOverlay() {
        getStyleClass().add("layout-overlay");
        setMouseTransparent(true);
        imageView.setSmooth(true);
        getChildren().add(imageView);
    }

    void setPainter(MapPainter newPainter) {
        painter = newPainter;
        requestLayout();
    }

    MapPainter painter() {
        return painter;
    }

    void setLayouts(List<Layout> newLayouts, LayerAccents accents, Set<LayoutFeature> selected, LayoutEdit edit) {
        wanted = new OverlayContent(List.copyOf(newLayouts), selected, wanted.options(), wanted.grid(),
                wanted.view());
        marks.show(wanted.layouts(), accents, selected, edit);
        if (edit == LayoutEdit.NONE) {
            drawingLayouts.set(!wanted.layouts().isEmpty());
        }
        requestLayout();
    }

    void setOptions(BasemapOptions options) {
        wanted = new OverlayContent(wanted.layouts(), wanted.selected(), options, wanted.grid(), wanted.view());
        requestLayout();
    }

    void setMgrsGrid(boolean grid) {
        wanted = new OverlayContent(wanted.layouts(), wanted.selected(), wanted.options(), grid, wanted.view());
        requestLayout();
    }

    void setView(MapViewport newView) {
        wanted = new OverlayContent(wanted.layouts(), wanted.selected(), wanted.options(), wanted.grid(), newView);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        MapViewport view = wanted.view();
        if (view == null || view.widthPixels() <= 0 || view.heightPixels() <= 0 || painter == null) {
            return;
        }
        placeImage(view);
        OverlayContent target = wanted.at(enlarged(view));
        if (target.equals(drawnScene) || drawing || drawer.isShutdown()) {
            return;
        }
        draw(target);
    }

    private void placeImage(MapViewport view) {
        if (drawnView == null || imageView.getImage() == null) {
            return;
        }
        OverlayPlacement placement = OverlayPlacement.of(drawnView, view);
        imageView.setFitWidth(drawnView.widthPixels() * placement.scale());
        imageView.setFitHeight(drawnView.heightPixels() * placement.scale());
        imageView.relocate(placement.x(), placement.y());
    }

    private void draw(OverlayContent target) {
        drawing = true;
        MapPainter using = painter;
        boolean withoutWaiting = !namesPending;
        drawer.execute(() -> {
            Drawn drawn = new Drawn(null, true);
            try {
                drawn = render(using, target, withoutWaiting);
            } catch (RuntimeException e) {
                // A drawing cut short because the map is closing is no fault.
                if (!drawer.isShutdown()) {
                    LOG.log(Level.WARNING, "layouts could not be drawn", e);
                }
            }
            Drawn result = drawn;
            Platform.runLater(() -> {
                drawing = false;
                if (target.layouts() == wanted.layouts()) {
                    drawingLayouts.set(false);
                }
                namesPending = !result.namesComplete();
                // An image with names left out is drawn again in full.
                drawnScene = namesPending ? null : target;
                drawnView = target.view();
                imageView.setImage(result.image());
                requestLayout();
            });
        });
    }

    /** An image drawn, and whether it shows every name as it will stay. */
    private record Drawn(Image image, boolean namesComplete) {
    }

    private Drawn render(MapPainter using, OverlayContent target, boolean withoutWaiting) {
        FeatureMarks current = marks.current();
        MapViewport view = target.view();
        int width = (int) Math.ceil(view.widthPixels());
        int height = (int) Math.ceil(view.heightPixels());
        if (canvas == null || canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            screenImages[0] = new WritableImage(width, height);
            screenImages[1] = new WritableImage(width, height);
        } else {
            Arrays.fill(((DataBufferInt) canvas.getRaster().getDataBuffer()).getData(), 0);
        }
        Graphics2D g = canvas.createGraphics();
        boolean complete = true;
        try {
            if (withoutWaiting) {
                complete = using.paintOverBasemapWithoutWaiting(g, view, current, target.options(), target.grid(),
                        MapOutput.CLEARED_IMAGE);
            } else {
                using.paintOverBasemap(g, view, current, target.options(), target.grid(), MapOutput.CLEARED_IMAGE);
            }
        } finally {
            g.dispose();
        }
        WritableImage screen = screenImages[nextScreenImage];
        nextScreenImage = 1 - nextScreenImage;
        return new Drawn(SwingFXUtils.toFXImage(canvas, screen), complete);
    }

    /**
     * The view grown by a whole number of pixels on each side, so that the image drawn for it lines up with the
     * screen's pixels: a half-pixel offset would blur every name and symbol.
     */
    private static MapViewport enlarged(MapViewport view) {
        return new MapViewport(view.centerLon(), view.centerLat(), view.zoom(),
                view.widthPixels() + 2 * Math.ceil(view.widthPixels() * MARGIN),
                view.heightPixels() + 2 * Math.ceil(view.heightPixels() * MARGIN));
    }

    /**
     * The marks of the layouts and selection last given, for finding features under the pointer: those the drawing
     * thread made when they are current, else made now.
     */
    FeatureMarks currentMarks() {
        return marks.current();
    }

    /**
     * Whether the image shows everything asked for: the basemap's names are ready and the last layouts, options
     * and view have been drawn.
     */
    boolean isUpToDate() {
        MapViewport view = wanted.view();
        return painter != null && !drawing && view != null && wanted.at(enlarged(view)).equals(drawnScene);
    }

    /**
     * True from the moment layouts are given anew, not by an edit, until an image of them is shown: marking and
     * drawing 100 000 features takes seconds after they are read.
     */
    ReadOnlyBooleanProperty drawingLayoutsProperty() {
        return drawingLayouts.getReadOnlyProperty();
    }

    /** Stops the drawing thread. */
    void close() {
        drawer.shutdownNow();
    }

    /**
     * What the overlay shows: layouts, the selection, basemap options, whether the MGRS grid is drawn, and the
     * (enlarged) view. Layouts and selection compare by identity: each change makes new ones.
     */
    private record OverlayContent(List<Layout> layouts, Set<LayoutFeature> selected, BasemapOptions options,
            boolean grid, MapViewport view) {
        /** The same content in {@code otherView}. */
        OverlayContent at(MapViewport otherView) {
            return new OverlayContent(layouts, selected, options, grid, otherView);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OverlayContent s && s.layouts == layouts && s.selected == selected
                    && s.options.equals(options) && s.grid == grid && Objects.equals(s.view, view);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(layouts), options, grid, view);
        }
    }
}
