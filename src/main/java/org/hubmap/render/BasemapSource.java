package org.hubmap.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.hubmap.io.GeoJsonFeature;
import org.hubmap.io.GeoJsonFeatureReader;

/** Where the basemap's GeoJSON files come from: a folder on disk, or the resources bundled in the application. */
abstract class BasemapSource {
    /** The classpath folder that the build copies the {@code maps} folder into. */
    static final String BUNDLED_FOLDER = "/basemap/";

    /** The features of one basemap file, by its plain name such as {@code cities.geojson}. */
    abstract List<GeoJsonFeature> read(String fileName) throws IOException;

    /** How error messages name one of the files. */
    abstract String describe(String fileName);

    static BasemapSource folder(Path folder) {
        return new BasemapSource() {
            @Override
            List<GeoJsonFeature> read(String fileName) throws IOException {
                Path file = folder.resolve(fileName);
                if (!Files.isRegularFile(file)) {
                    throw new NoSuchFileException(file.toString(), null, "basemap file missing");
                }
                return GeoJsonFeatureReader.read(file);
            }

            @Override
            String describe(String fileName) {
                return folder.resolve(fileName).toString();
            }
        };
    }

    static BasemapSource bundled() {
        return new BasemapSource() {
            @Override
            List<GeoJsonFeature> read(String fileName) throws IOException {
                try (InputStream in = BasemapSource.class.getResourceAsStream(BUNDLED_FOLDER + fileName)) {
                    if (in == null) {
                        throw new NoSuchFileException(describe(fileName), null,
                                "basemap file not bundled with the application");
                    }
                    return GeoJsonFeatureReader.read(in, describe(fileName));
                }
            }

            @Override
            String describe(String fileName) {
                return BUNDLED_FOLDER.substring(1) + fileName;
            }
        };
    }
}
