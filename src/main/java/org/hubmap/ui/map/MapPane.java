package org.hubmap.ui.map;

import com.gluonhq.maps.MapView;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.hubmap.geo.GeoBounds;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.Basemap;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.FeatureMarks;
import org.hubmap.render.LayerAccents;
import org.hubmap.render.LayoutEdit;
import org.hubmap.render.MapPainter;
import org.hubmap.render.MapViewport;

/**
 * The map: Gluon's {@link MapView} showing our offline basemap, the opened layouts drawn above it and the data
 * attribution in the corner. Drag to pan, scroll to zoom at the pointer, double-click to zoom in.
 *
 * <p>Unlike {@code MapView}, this control reports where the map really is after the user has moved it:
 * {@link #viewportProperty()} holds the current centre, zoom and size, and {@link #pointerPositionProperty()} the
 * position last under the mouse pointer.
 */
public final class MapPane extends Region {
    /**
     * Smallest zoom offered: the basemap's whole box (4-58 E) fits a wide screen and hubs are still drawn; farther
     * out there would be only blank ground and no features.
     */
    public static final double MIN_ZOOM = 4;
    /** Largest zoom offered: a few streets; the basemap has no more detail than that. */
    public static final double MAX_ZOOM = 18;
    /** The sources of the basemap, as their licences require. */
    public static final String ATTRIBUTION = Basemap.ATTRIBUTION;
    /** Zoom levels per notch of a mouse wheel, which JavaFX reports as 40 pixels of scrolling. */
    private static final double ZOOM_PER_WHEEL_PIXEL = 0.5 / 40;

    private final MapView mapView = new MapView();
    private final MapStateLayer state = new MapStateLayer();
    private final LayoutOverlay overlay = new LayoutOverlay();
    private final Label attribution = new Label(ATTRIBUTION);
    private final javafx.scene.layout.StackPane editLayers = new javafx.scene.layout.StackPane();
    private final ReadOnlyObjectWrapper<MapViewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private final ReadOnlyObjectWrapper<MapPosition> pointerPosition =
            new ReadOnlyObjectWrapper<>(this, "pointerPosition");
    /** Bounds to keep fitted whenever the pane is resized, until the user moves the map; null once moved. */
    private GeoBounds boundsToFit;
    private double fittedWidth;
    private double fittedHeight;
    /** The pointer in this pane's coordinates while it is over the map; null when it is elsewhere. */
    private Point2D pointer;

    public MapPane() {
        getStyleClass().add("map-pane");
        setFocusTraversable(true);
        mapView.addLayer(state);
        attribution.getStyleClass().add("map-attribution");
        attribution.setMouseTransparent(true);
        editLayers.setMouseTransparent(true);
        getChildren().addAll(mapView, overlay, editLayers, attribution);

        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        InvalidationListener viewChanged = o -> updateViewport();
        state.zoomProperty().addListener(viewChanged);
        state.centerLonProperty().addListener(viewChanged);
        state.centerLatProperty().addListener(viewChanged);
        widthProperty().addListener(viewChanged);
        heightProperty().addListener(viewChanged);

        mapView.setOnScroll(this::zoomWithWheel);
        addEventFilter(MouseEvent.MOUSE_MOVED, this::trackPointer);
        addEventFilter(MouseEvent.MOUSE_DRAGGED, event -> {
            boundsToFit = null;
            trackPointer(event);
        });
        addEventFilter(MouseEvent.MOUSE_EXITED, event -> pointer = null);
        addEventFilter(MouseEvent.MOUSE_RELEASED, event -> state.snapToWholePixels());
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::zoomInOnDoubleClick);
        addEventFilter(MouseEvent.MOUSE_PRESSED, event -> requestFocus());
        updateViewport();
    }

    /** Where the map is: centre, zoom and size in pixels. */
    public ReadOnlyObjectProperty<MapViewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public MapViewport getViewport() {
        return viewport.get();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return state.zoomProperty();
    }

    public ReadOnlyDoubleProperty centerLonProperty() {
        return state.centerLonProperty();
    }

    public ReadOnlyDoubleProperty centerLatProperty() {
        return state.centerLatProperty();
    }

    /** The position under the mouse pointer, or where it last left the map; null before it first enters. */
    public ReadOnlyObjectProperty<MapPosition> pointerPositionProperty() {
        return pointerPosition.getReadOnlyProperty();
    }

    /**
     * Starts drawing the layouts and every name over the basemap with {@code painter}, once the basemap has been
     * read.
     */
    public void setPainter(MapPainter painter) {
        overlay.setPainter(painter);
    }

    /** The painter of the map, once the basemap has been read: sheets and copied images draw with it too. */
    public Optional<MapPainter> painter() {
        return Optional.ofNullable(overlay.painter());
    }

    /** Draws the MGRS grid with its labelled lines over the map, or not. */
    public void setMgrsGrid(boolean shown) {
        overlay.setMgrsGrid(shown);
    }

    /** Which basemap names the overlay shows, and in which language; the tiles follow the same options. */
    public void setBasemapOptions(BasemapOptions options) {
        overlay.setOptions(options);
    }

    /**
     * Draws these layouts over the basemap, in list order, replacing those drawn before, with the features in
     * {@code selected} (compared by identity) highlighted.
     */
    public void showLayouts(List<Layout> layouts, Set<LayoutFeature> selected) {
        showLayouts(layouts, selected, LayoutEdit.NONE);
    }

    /**
     * As {@link #showLayouts(List, Set)}, where the layouts are those shown before after {@code edit}: only the
     * features it changed are drawn anew.
     */
    public void showLayouts(List<Layout> layouts, Set<LayoutFeature> selected, LayoutEdit edit) {
        showLayouts(layouts, LayerAccents.NONE, selected, edit);
    }

    /** As {@link #showLayouts(List, Set, LayoutEdit)}, each layout's symbols marked with its accent. */
    public void showLayouts(List<Layout> layouts, LayerAccents accents, Set<LayoutFeature> selected,
            LayoutEdit edit) {
        overlay.setLayouts(layouts, accents, selected, edit);
    }

    /** Zooms in to the next whole zoom level, keeping the centre. */
    public void zoomIn() {
        zoomAroundCenter(Math.floor(state.zoomProperty().get() + 1e-6) + 1);
    }

    /** Zooms out to the previous whole zoom level, keeping the centre. */
    public void zoomOut() {
        zoomAroundCenter(Math.ceil(state.zoomProperty().get() - 1e-6) - 1);
    }

    /**
     * Centres the bounds at the largest whole zoom level that shows them entirely, and keeps them so while the
     * pane is resized until the user moves the map. Whole levels show the tiles at their drawn size, which keeps
     * labels and lines crisp.
     */
    public void zoomTo(GeoBounds bounds) {
        boundsToFit = bounds;
        fittedWidth = 0;
        fittedHeight = 0;
        requestLayout();
    }

    /**
     * Removes blurred tiles of other zoom levels that Gluon showed while sharper ones were drawn. Gluon only tidies
     * its tiles when the map moves, so without this they can stay on screen after a zoom; call it once the
     * requested tiles have arrived.
     */
    public void tidyTiles() {
        state.refresh();
    }

    /**
     * Centres the map on this position, zooming in to {@code zoom} (a whole level) when it is further out; a closer
     * view is kept.
     */
    public void showAround(double lon, double lat, double zoom) {
        if (state.zoomProperty().get() < zoom) {
            zoomAroundCenter(Math.floor(zoom));
        }
        centerOn(lon, lat);
    }

    /** Moves the map so that this position is in the centre, keeping the zoom. */
    public void centerOn(double lon, double lat) {
        boundsToFit = null;
        moveCenterTo(lon, lat);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        mapView.resizeRelocate(0, 0, width, height);
        overlay.resizeRelocate(0, 0, width, height);
        editLayers.resizeRelocate(0, 0, width, height);
        attribution.autosize();
        attribution.relocate(width - attribution.getWidth(), height - attribution.getHeight());
        if (boundsToFit != null && width > 0 && height > 0 && (width != fittedWidth || height != fittedHeight)) {
            fit(boundsToFit, width, height);
        }
    }

    private void fit(GeoBounds bounds, double width, double height) {
        fittedWidth = width;
        fittedHeight = height;
        double zoom = clampZoom(Math.floor(bounds.zoomToFit(width, height)));
        state.zoomBy(zoom - state.zoomProperty().get(), width / 2, height / 2);
        moveCenterTo(bounds.centerLon(), bounds.centerLatMercator());
    }

    private void zoomAroundCenter(double targetZoom) {
        boundsToFit = null;
        double delta = clampZoom(targetZoom) - state.zoomProperty().get();
        if (delta != 0) {
            state.zoomBy(delta, getWidth() / 2, getHeight() / 2);
            state.snapToWholePixels();
        }
    }

    private void zoomWithWheel(ScrollEvent event) {
        boundsToFit = null;
        double zoom = state.zoomProperty().get();
        double step = Math.max(-1, Math.min(1, event.getDeltaY() * ZOOM_PER_WHEEL_PIXEL));
        double delta = clampZoom(zoom + step) - zoom;
        if (delta != 0) {
            state.zoomBy(delta, event.getX(), event.getY());
            state.snapToWholePixels();
        }
        event.consume();
    }

    private void zoomInOnDoubleClick(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || event.getClickCount() != 2 || !event.isStillSincePress()) {
            return;
        }
        boundsToFit = null;
        double zoom = state.zoomProperty().get();
        double delta = clampZoom(Math.floor(zoom + 1e-6) + 1) - zoom;
        if (delta != 0) {
            state.zoomBy(delta, event.getX(), event.getY());
            state.snapToWholePixels();
        }
    }

    private void moveCenterTo(double lon, double lat) {
        state.centerOn(lon, lat, getWidth(), getHeight());
    }

    private void trackPointer(MouseEvent event) {
        pointer = new Point2D(event.getX(), event.getY());
        updatePointerPosition();
    }

    private void updateViewport() {
        MapViewport now = new MapViewport(state.centerLonProperty().get(), state.centerLatProperty().get(),
                state.zoomProperty().get(), getWidth(), getHeight());
        viewport.set(now);
        overlay.setView(now);
        updatePointerPosition();
    }

    private void updatePointerPosition() {
        MapViewport now = viewport.get();
        if (pointer != null && now != null) {
            pointerPosition.set(new MapPosition(now.lonAt(pointer.getX()), now.latAt(pointer.getY())));
        }
    }

    private static double clampZoom(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    /** The features drawn now, with a spatial index for finding them under the pointer. */
    public FeatureMarks currentMarks() {
        return overlay.currentMarks();
    }

    /**
     * Puts {@code layer} over the map and its layouts, below the attribution, sized with the map. It gets no mouse
     * events: tools listen on this pane instead, so that the map still pans where they do not act.
     */
    public void addEditLayer(Region layer) {
        layer.setMouseTransparent(true);
        editLayers.getChildren().add(layer);
    }

    /** Whether the layouts and names over the basemap are drawn for the current view, options and layouts. */
    public boolean isOverlayUpToDate() {
        return overlay.isUpToDate();
    }

    /**
     * Whether layouts given anew (opened, closed, shown or hidden, not edited) are still being marked and drawn:
     * until then the map shows the layouts before them.
     */
    public ReadOnlyBooleanProperty drawingLayoutsProperty() {
        return overlay.drawingLayoutsProperty();
    }

    /** Stops the background drawing of layouts. */
    public void close() {
        overlay.close();
    }
}
