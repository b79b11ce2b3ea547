package org.hubmap.ui.map;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.hubmap.model.Layout;
import org.hubmap.render.LayoutRenderer;
import org.hubmap.render.MapViewport;

/**
 * The opened layouts drawn over the basemap by {@link LayoutRenderer}, the same Java2D code that exports use.
 *
 * <p>Drawing happens on a background thread into an image a little larger than the view. Until a fresh image
 * is ready the last one is moved and scaled to follow the map, so panning stays smooth; at most one drawing runs
 * at a time and the view is redrawn at most once per pulse, however many changes arrive in between.
 */
final class LayoutOverlay extends Region {
    private static final Logger LOG = Logger.getLogger(LayoutOverlay.class.getName());
    /** Extra width and height drawn around the view, as a share of its size, so short pans show no gap. */
    private static final double MARGIN = 0.25;

    private final ImageView imageView = new ImageView();
    private final ExecutorService drawer = Executors.newSingleThreadExecutor(new DaemonThreadFactory("layout-overlay"));
    private final LayoutRenderer renderer = new LayoutRenderer();
    private List<Layout> layouts = List.of();
    private MapViewport view;
    private List<Layout> drawnLayouts = List.of();
    private MapViewport drawnView;
    private boolean drawing;

    LayoutOverlay() {
        getStyleClass().add("layout-overlay");
        setMouseTransparent(true);
        imageView.setSmooth(true);
        getChildren().add(imageView);
    }

    void setLayouts(List<Layout> newLayouts) {
        layouts = List.copyOf(newLayouts);
        requestLayout();
    }

    void setView(MapViewport newView) {
        view = newView;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (view == null || view.widthPixels() <= 0 || view.heightPixels() <= 0) {
            return;
        }
        placeImage();
        MapViewport wanted = enlarged(view);
        boolean stale = !layouts.equals(drawnLayouts) || !wanted.equals(drawnView);
        if (!stale || drawing) {
            return;
        }
        if (layouts.isEmpty()) {
            show(layouts, wanted, null);
        } else if (!drawer.isShutdown()) {
            draw(layouts, wanted);
        }
    }

    private void placeImage() {
        if (drawnView == null || imageView.getImage() == null) {
            return;
        }
        OverlayPlacement placement = OverlayPlacement.of(drawnView, view);
        imageView.setFitWidth(drawnView.widthPixels() * placement.scale());
        imageView.setFitHeight(drawnView.heightPixels() * placement.scale());
        imageView.relocate(placement.x(), placement.y());
    }

    private void draw(List<Layout> content, MapViewport target) {
        drawing = true;
        drawer.execute(() -> {
            Image image = null;
            try {
                image = render(content, target);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "layouts could not be drawn", e);
            }
            Image drawn = image;
            Platform.runLater(() -> {
                drawing = false;
                show(content, target, drawn);
            });
        });
    }

    private void show(List<Layout> content, MapViewport target, Image image) {
        drawnLayouts = content;
        drawnView = target;
        imageView.setImage(image);
        requestLayout();
    }

    private Image render(List<Layout> content, MapViewport target) {
        BufferedImage image = new BufferedImage((int) Math.ceil(target.widthPixels()),
                (int) Math.ceil(target.heightPixels()), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (Layout layout : content) {
                renderer.draw(g, layout, target);
            }
        } finally {
            g.dispose();
        }
        return SwingFXUtils.toFXImage(image, null);
    }

    private static MapViewport enlarged(MapViewport view) {
        return new MapViewport(view.centerLon(), view.centerLat(), view.zoom(),
                Math.ceil(view.widthPixels() * (1 + 2 * MARGIN)), Math.ceil(view.heightPixels() * (1 + 2 * MARGIN)));
    }

    /** Stops the drawing thread. */
    void close() {
        drawer.shutdownNow();
    }
}
