package org.hubmap.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hubmap.geo.GeoBounds;
import org.hubmap.geo.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * The offline basemap: every layer read from the GeoJSON files in a maps folder, projected once into Web Mercator
 * and indexed for drawing tiles. Immutable and thread-safe.
 */
public final class Basemap {
    /** The sources of the basemap, as their licences ask every map drawn from it to say. */
    public static final String ATTRIBUTION = "© Natural Earth (public domain) · GeoNames (CC BY 4.0)";

    private final Map<BasemapLayer, BasemapLayerData> layers;
    private final List<MapPlace> places;

    Basemap(Map<BasemapLayer, BasemapLayerData> layers, List<MapPlace> places) {
        this.layers = new EnumMap<>(layers);
        for (BasemapLayer layer : BasemapLayer.values()) {
            this.layers.putIfAbsent(layer, BasemapLayerData.empty());
        }
        this.places = List.copyOf(places);
    }

    /**
     * Reads the basemap layers from the GeoJSON files in {@code mapsDirectory}.
     *
     * @throws IOException if the folder or a file is missing, or a file is not the GeoJSON expected; the message
     *     names the file, and the line and column where the fault can be seen
     */
    public static Basemap load(Path mapsDirectory) throws IOException {
        if (!Files.isDirectory(mapsDirectory)) {
            throw new NoSuchFileException(mapsDirectory.toString(), null, "no basemap folder");
        }
        return new BasemapReader(BasemapSource.folder(mapsDirectory)).read();
    }

    /**
     * Reads the basemap bundled with the application (the {@code /basemap/*.geojson} classpath resources).
     *
     * @throws IOException if the bundle is incomplete or damaged; the message names the file at fault
     */
    public static Basemap loadBundled() throws IOException {
        return new BasemapReader(BasemapSource.bundled()).read();
    }

    /**
     * The ground the basemap covers: the extent of its countries, the layer that fills every map; all of Ukraine
     * for a basemap without countries.
     */
    public GeoBounds bounds() {
        Envelope world = layers.get(BasemapLayer.COUNTRIES).extent();
        if (world.isNull()) {
            return GeoBounds.UKRAINE;
        }
        return new GeoBounds(WebMercator.lonAtWorldX(world.getMinX()), WebMercator.latAtWorldY(world.getMaxY()),
                WebMercator.lonAtWorldX(world.getMaxX()), WebMercator.latAtWorldY(world.getMinY()));
    }

    /** The areas or lines of a layer; empty for the layers drawn from {@link #places()}. */
    BasemapLayerData layer(BasemapLayer layer) {
        return layers.get(layer);
    }

    /** Settlements and named areas, for dots and labels. */
    List<MapPlace> places() {
        return places;
    }
}
