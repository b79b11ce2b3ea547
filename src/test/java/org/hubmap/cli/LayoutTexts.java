package org.hubmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small layout files for the diff and merge commands, written as GeoJSON text. */
final class LayoutTexts {
    private LayoutTexts() {
    }

    /** A hub with an id, a status and a position. */
    static String hub(String id, String name, String status, double lon, double lat) {
        return "{\"type\":\"Feature\",\"id\":\"" + id + "\",\"properties\":{\"kind\":\"hub\",\"name\":\"" + name
                + "\",\"status\":\"" + status + "\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon + ","
                + lat + "]}}";
    }

    /** Writes a FeatureCollection of {@code features} to {@code file}. */
    static Path write(Path file, String... features) throws IOException {
        return Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + String.join(",\n", features) + "\n]}\n");
    }
}
