package org.hubmap.ui.map;

import com.gluonhq.maps.MapLayer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.hubmap.geo.WebMercator;

/**
 * An invisible map layer that gives us what {@code MapView} keeps to itself: the live centre and zoom after the
 * user drags or scrolls, and a way to move and zoom from the current position. Gluon hands its internal map only
 * to layers, through the protected {@code baseMap} field.
 */
final class MapStateLayer extends MapLayer {
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom");
    private final ReadOnlyDoubleWrapper centerLon = new ReadOnlyDoubleWrapper(this, "centerLon");
    private final ReadOnlyDoubleWrapper centerLat = new ReadOnlyDoubleWrapper(this, "centerLat");

    MapStateLayer() {
        setMouseTransparent(true);
    }

    @Override
    protected void initialize() {
        zoom.bind(baseMap.zoom());
        centerLon.bind(baseMap.centerLon());
        centerLat.bind(baseMap.centerLat());
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty centerLonProperty() {
        return centerLon.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty centerLatProperty() {
        return centerLat.getReadOnlyProperty();
    }

    /** Changes the zoom by {@code delta} levels, keeping the point under (pivotX, pivotY) in place. */
    void zoomBy(double delta, double pivotX, double pivotY) {
        baseMap.zoom(delta, pivotX, pivotY);
    }

    /**
     * Puts a position in the middle of a map {@code widthPixels} wide and {@code heightPixels} high, keeping the
     * zoom. Gluon offers only relative moves, which it clamps in ways that lose the target after a large zoom, so
     * this places its map directly and then asks it to refresh with moves of zero.
     */
    void centerOn(double lon, double lat, double widthPixels, double heightPixels) {
        double zoomNow = zoom.get();
        place(widthPixels / 2 - WebMercator.lonToPixelX(lon, zoomNow),
                heightPixels / 2 - WebMercator.latToPixelY(lat, zoomNow));
    }

    /**
     * Moves the map by less than a pixel so that, at a whole zoom level, tiles start on whole screen pixels:
     * tiles drawn between pixels show faint seams along their edges.
     */
    void snapToWholePixels() {
        place(baseMap.getTranslateX(), baseMap.getTranslateY());
    }

    /** Makes Gluon look at its tiles again, as it does after every move. */
    void refresh() {
        baseMap.moveX(0);
    }

    private void place(double translateX, double translateY) {
        boolean wholeZoom = Math.abs(zoom.get() - Math.rint(zoom.get())) < 1e-9;
        baseMap.setTranslateX(wholeZoom ? Math.rint(translateX) : translateX);
        baseMap.setTranslateY(wholeZoom ? Math.rint(translateY) : translateY);
        baseMap.moveX(0);
        baseMap.moveY(0);
    }
}
