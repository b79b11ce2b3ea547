package org.hubmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a GeoJSON FeatureCollection whole, for data files such as the basemap's: each feature's geometry, its
 * scalar properties (numbers as {@link org.hubmap.model.JsonNumber}) and the place where it starts; a null geometry
 * is an empty one. Parsing is the layout reader's, so the same input is accepted
 * and refused with the same messages; a fault is reported as a {@link LayoutFormatException} naming the source,
 * line and column.
 */
public final class GeoJsonFeatureReader {
    private static final Geometry NO_GEOMETRY = new GeometryFactory().createGeometryCollection();
    private GeoJsonFeatureReader() {
    }

    /** Reads every feature of a GeoJSON file; the file is named by its path in error messages. */
    public static List<GeoJsonFeature> read(Path file) throws IOException {
        return read(Files.newInputStream(file), file.toString());
    }

    /**
     * Reads every feature of a GeoJSON stream, which is closed when this returns.
     *
     * @param source how error messages name the stream, such as a file path or resource name
     */
    public static List<GeoJsonFeature> read(InputStream in, String source) throws IOException {
        List<GeoJsonFeature> features = new ArrayList<>();
        try {
            LayoutReader.stream(in, Path.of(source), new FeatureSink() {
                @Override
                public void accept(LayoutFeature feature) {
                    throw new IllegalStateException("features are taken with their place");
                }

                @Override
                public void accept(LayoutFeature feature, long line, long column) {
                    features.add(new GeoJsonFeature(feature.geometry().orElse(NO_GEOMETRY), scalars(feature), line,
                            column));
                }
            });
        } catch (LayoutFormatException e) {
            // The layout reader names a stream by a path; messages name it as the caller did.
            throw new LayoutFormatException(source, e.line(), e.column(), e.code(), e.featureId(), e.problem());
        }
        return features;
    }

    /** The properties that are text, numbers or booleans; null, object and array values are left out. */
    private static Map<String, Object> scalars(LayoutFeature feature) {
        Map<String, Object> scalars = new HashMap<>();
        feature.properties().forEach((name, value) -> {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                scalars.put(name, value);
            }
        });
        return scalars;
    }
}
