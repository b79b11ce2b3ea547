package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.UNKNOWN_FORMAT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells which format a file is in from its first bytes and its extension, so that a file HubMap cannot read is
 * refused with what it is and how to convert it, never as "malformed JSON". Content that is unmistakable (a zip,
 * an SQLite database, a PDF, a shapefile, XML) wins over the extension; text is taken at its extension's word.
 */
final class FormatSniffer {
    private static final int HEAD_BYTES = 4096;
    private static final String READS = "HubMap reads GeoJSON, GeoJSON sequences, KML/KMZ, CSV and GeoPackage";

    private FormatSniffer() {
    }

    /** The format to read {@code file} as; throws, naming what the file is, when HubMap cannot read it. */
    static LayoutFormat formatOf(Path file) throws LayoutFormatException {
        return formatOf(head(file), file, true);
    }

    /**
     * The format to read a stream named {@code name}, such as standard input, as, told by its first bytes alone.
     * Text that is neither JSON nor XML is taken for CSV. A zip archive and a database are refused: they are read
     * from their end, which a stream read once does not reach in time.
     */
    static LayoutFormat formatOfStream(byte[] head, Path name) throws LayoutFormatException {
        return formatOf(head, name, false);
    }

    private static LayoutFormat formatOf(byte[] head, Path file, boolean isFile) throws LayoutFormatException {
        String extension = LayoutFormat.extension(file);
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            if (!isFile) {
                throw refused(file, "this is a zip archive, such as KMZ, which is read from its end and not as a"
                        + " stream: save it to a file and name that file");
            }
            return zip(file);
        }
        if (startsWith(head, "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII))) {
            if (!isFile) {
                throw refused(file, "this is a GeoPackage, a database that is not read as a stream: save it to a"
                        + " file and name that file");
            }
            return LayoutFormat.GEOPACKAGE;
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            throw refused(file, "this is a PDF document, not map data; export the layers from the program that"
                    + " made it, as GeoJSON or KML");
        }
        if (startsWith(head, 0, 0, 0x27, 0x0A)) {
            throw shapefile(file, "shp".equals(extension) ? file : replaceExtension(file, "shp"));
        }
        if (startsWith(head, 'f', 'g', 'b', 3)) {
            throw convertible(file, "a FlatGeobuf file");
        }
        if (isImage(head)) {
            throw refused(file, "this is an image, not map data; " + READS);
        }
        switch (extension) {
            case "shp", "shx", "dbf", "prj", "cpg", "sbn", "sbx" ->
                throw shapefile(file, replaceExtension(file, "shp"));
            case "gml" -> throw convertible(file, "GML");
            case "gpx" -> throw convertible(file, "a GPX file");
            case "topojson" -> throw convertible(file, "TopoJSON");
            case "kmz" -> throw refused(file, "this .kmz file is not a zip archive, so it is not KMZ");
            case "gpkg" -> throw refused(file, "this .gpkg file is not an SQLite database, so it is not a"
                    + " GeoPackage");
            default -> {
                // Text formats follow: the content decides below.
            }
        }
        String decoded = new String(head, StandardCharsets.UTF_8).stripLeading();
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1).stripLeading() : decoded;
        if (text.startsWith("<")) {
            return xml(file, text);
        }
        if (isBinary(head)) {
            throw refused(file, "this is a binary file HubMap does not know, not text; " + READS
                    + " (by the extensions .geojson, .json, .geojsons, .kml, .kmz, .csv, .gpkg)");
        }
        // Java counts the record separator as white space, so it is looked for before the blanks of JSON alone.
        String significant = new String(head, StandardCharsets.UTF_8).replaceFirst("^[\uFEFF \t\r\n]+", "");
        if (significant.startsWith(String.valueOf((char) RecordSeparatorsAsSpaces.RECORD_SEPARATOR))) {
            return LayoutFormat.ofExtension(file).orElse(LayoutFormat.GEOJSON_SEQUENCE);
        }
        boolean json = text.isEmpty() || text.startsWith("{") || text.startsWith("[");
        if (!isFile && json && startsWithTwoObjects(head)) {
            return LayoutFormat.GEOJSON_SEQUENCE;
        }
        return LayoutFormat.ofExtension(file).orElse(json || isFile ? LayoutFormat.GEOJSON : LayoutFormat.CSV);
    }

    /**
     * Whether {@code head} starts with a JSON object followed by another: newline-delimited GeoJSON, a sequence
     * without record separators, as GDAL writes to standard output. A first object longer than the head is taken
     * for a whole document.
     */
    static boolean startsWithTwoObjects(byte[] head) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < head.length; i++) {
            byte b = head[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if ((b == '}' || b == ']') && --depth == 0) {
                for (int next = i + 1; next < head.length; next++) {
                    if (head[next] == '{') {
                        return true;
                    }
                    if (head[next] != ' ' && head[next] != '\n' && head[next] != '\r' && head[next] != '\t') {
                        return false;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static byte[] head(Path file) throws LayoutFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw LayoutFormatException.notRead(file.toString(), e);
        }
    }

    /** KMZ when the archive holds a KML document; otherwise what the archive seems to hold. */
    private static LayoutFormat zip(Path file) throws LayoutFormatException {
        boolean shapefile = false;
        boolean office = false;
        // ZipFile reads the archive's directory at its end, which needs a file of the default file system.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".kml")) {
                    return LayoutFormat.KMZ;
                }
                shapefile |= name.endsWith(".shp");
                office |= name.equals("[content_types].xml");
            }
        } catch (IOException e) {
            throw refused(file, "this looks like a zip archive but cannot be opened as one (" + e.getMessage()
                    + ")");
        }
        if (shapefile) {
            throw refused(file, "this is a zipped ESRI shapefile; " + READS + ": convert it with ogr2ogr -f GeoJSON "
                    + replaceExtension(file, "geojson") + " /vsizip/" + file);
        }
        if (office) {
            throw refused(file, "this is an Office document (a zip of XML), not map data; save a sheet of points as"
                    + " CSV with name, kind, lat and lon columns to import it");
        }
        throw refused(file, "this is a zip archive without a KML document, so it is not KMZ; unpack it and open"
                + " the layout inside");
    }

    private static LayoutFormat xml(Path file, String text) throws LayoutFormatException {
        String start = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
        if (start.contains("<kml")) {
            return LayoutFormat.KML;
        }
        if (start.contains("<gpx")) {
            throw convertible(file, "a GPX file");
        }
        if (start.contains("opengis.net/gml") || start.contains("<gml:")) {
            throw convertible(file, "GML");
        }
        throw refused(file, "this is XML but not KML; " + READS);
    }

    private static LayoutFormatException shapefile(Path file, Path shp) {
        return refused(file, "this is " + ("shp".equals(LayoutFormat.extension(file)) ? "an ESRI shapefile"
                : "part of an ESRI shapefile") + "; " + READS + ": convert it with ogr2ogr -f GeoJSON "
                + replaceExtension(shp, "geojson") + " " + shp);
    }

    private static LayoutFormatException convertible(Path file, String what) {
        return refused(file, "this is " + what + "; " + READS + ": convert it with ogr2ogr -f GeoJSON "
                + replaceExtension(file, "geojson") + " " + file);
    }

    private static LayoutFormatException refused(Path file, String problem) {
        return LayoutFormatException.ofWholeFile(file.toString(), UNKNOWN_FORMAT, problem);
    }

    private static Path replaceExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = (dot < 0 ? name : name.substring(0, dot)) + "." + extension;
        return file.resolveSibling(renamed);
    }

    private static boolean isImage(byte[] head) {
        return startsWith(head, 0x89, 'P', 'N', 'G') || startsWith(head, 0xFF, 0xD8, 0xFF)
                || startsWith(head, 'G', 'I', 'F', '8') || startsWith(head, 'I', 'I', '*', 0)
                || startsWith(head, 'M', 'M', 0, '*');
    }

    /**
     * Whether the head has control bytes that no text format HubMap reads has: a zero byte (UTF-16 text is left to
     * the readers, which name it) or a control character other than tab, line feed, carriage return, form feed,
     * escape and the record separator of GeoJSON sequences.
     */
    private static boolean isBinary(byte[] head) {
        boolean utf16 = startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE);
        if (utf16) {
            return false;
        }
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B
                    && c != RecordSeparatorsAsSpaces.RECORD_SEPARATOR) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }
}
