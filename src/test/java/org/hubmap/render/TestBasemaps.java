package org.hubmap.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The project's basemap, read once for all tests in the run. */
final class TestBasemaps {
    /** The maps folder of the project; tests run in the project's base directory. */
    static final Path MAPS_FOLDER = Path.of("maps");

    private static Basemap bundled;

    private TestBasemaps() {
    }

    static synchronized Basemap bundled() {
        if (bundled == null) {
            try {
                bundled = Basemap.loadBundled();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }
}
