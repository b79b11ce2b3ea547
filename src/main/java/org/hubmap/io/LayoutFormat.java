package org.hubmap.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats HubMap reads layouts from and writes them to, each known by its file name extensions. CSV is
 * read only: it holds points and their properties, not a layout's lines and zones.
 */
public enum LayoutFormat {
    GEOJSON("GeoJSON", List.of("geojson", "json"), true),
    GEOJSON_SEQUENCE("GeoJSON text sequence", List.of("geojsons"), true),
    KML("KML", List.of("kml"), true),
    KMZ("KMZ", List.of("kmz"), true),
    CSV("CSV", List.of("csv"), false),
    GEOPACKAGE("GeoPackage", List.of("gpkg"), true);

    private final String label;
    private final List<String> extensions;
    private final boolean writable;

    LayoutFormat(String label, List<String> extensions, boolean writable) {
        this.label = label;
        this.extensions = extensions;
        this.writable = writable;
    }

    /** What users call the format, such as "GeoPackage". */
    public String label() {
        return label;
    }

    /** The extensions without their dot, lower case, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    public boolean writable() {
        return writable;
    }

    /** The format a file's extension names (ignoring case), or empty when it names none HubMap knows. */
    public static Optional<LayoutFormat> ofExtension(Path file) {
        return ofExtension(extension(file));
    }

    /** The format an extension without its dot names (ignoring case), or empty when it names none HubMap knows. */
    public static Optional<LayoutFormat> ofExtension(String extension) {
        String name = extension.toLowerCase(Locale.ROOT);
        for (LayoutFormat format : values()) {
            if (format.extensions.contains(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The file name's extension without its dot, lower case; empty when it has none. */
    static String extension(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The extensions HubMap writes, as {@code .geojson, .geojsons, ...}, for messages. */
    static String writableExtensions() {
        StringBuilder text = new StringBuilder();
        for (LayoutFormat format : values()) {
            if (format.writable) {
                for (String extension : format.extensions) {
                    text.append(text.length() == 0 ? "" : ", ").append('.').append(extension);
                }
            }
        }
        return text.toString();
    }
}
