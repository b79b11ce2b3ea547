package org.hubmap.ui.map;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import org.hubmap.render.MapViewport;

/**
 * A canvas over the map, the size of the map, drawn anew from scratch whenever the view, its size or what it shows
 * changes: for what passes quickly (a tool's sketch, a comparison) and stays out of the layouts' renderer and its
 * label placement. Subclasses say what to draw for a view; nothing is drawn before the first view is known.
 */
public abstract class ViewCanvas extends Pane {
    private final Canvas canvas = new Canvas();
    private MapViewport view;

    protected ViewCanvas() {
        getChildren().add(canvas);
    }

    /** Draws for {@code newView} from now on. */
    public final void setView(MapViewport newView) {
        view = newView;
        redraw();
    }

    /** The view drawn for; null before the first. */
    protected final MapViewport view() {
        return view;
    }

    /** Where to draw. */
    protected final GraphicsContext graphics() {
        return canvas.getGraphicsContext2D();
    }

    /** Clears the canvas and draws it again. */
    public final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (view != null) {
            paint(g, view);
        }
    }

    /** Draws what the canvas shows for {@code shown} onto the cleared canvas. */
    protected abstract void paint(GraphicsContext g, MapViewport shown);

    @Override
    protected final void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }
}
