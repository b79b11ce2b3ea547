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
        baseMap.setTranslateX(widthPixels / 2 - WebMercator.lonToPixelX(lon, zoomNow));
        baseMap.setTranslateY(heightPixels / 2 - WebMercator.latToPixelY(lat, zoomNow));
        baseMap.moveX(0);
        baseMap.moveY(0);
    }
}
