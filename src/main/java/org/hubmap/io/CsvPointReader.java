package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.CSV_NO_POSITION;
import static org.hubmap.io.DiagnosticCode.CSV_ROW_REJECTED;
import static org.hubmap.io.DiagnosticCode.EMPTY_FILE;
import static org.hubmap.io.DiagnosticCode.FILE_NOT_FOUND;
import static org.hubmap.io.DiagnosticCode.FILE_UNREADABLE;
import static org.hubmap.io.DiagnosticCode.NOT_UTF8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mil.nga.mgrs.MGRS;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.PositionParseException;
import org.hubmap.geo.PositionParser;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads points from CSV: a header row, then one point per row. The header decides what the columns mean, ignoring
 * case: {@code name}, {@code kind}, {@code nation}, {@code status}, the position as latitude and longitude in
 * decimal degrees ({@code lat}/{@code latitude}/{@code y} and {@code lon}/{@code lng}/{@code long}/{@code
 * longitude}/{@code x}) or as an MGRS reference ({@code mgrs}, read with NGA's library and taken at the centre of
 * its square, as HubMap reads references everywhere). Every other column becomes a property: a number when every
 * value of the column is one, true/false when every value is, text otherwise; empty cells are left out.
 *
 * <p>The delimiter is a comma or a semicolon, whichever the header has more of; with semicolons a decimal comma is
 * accepted in positions. Fields may be quoted as RFC 4180 says (doubled quotes inside, line breaks allowed). A
 * row that cannot be a point is rejected with a warning naming its row, line, column and why; the rest are read.
 */
final class CsvPointReader {
    private static final Set<String> LATITUDE = Set.of("lat", "latitude", "y");
    private static final Set<String> LONGITUDE = Set.of("lon", "lng", "long", "longitude", "x");
    private static final String MGRS_COLUMN = "mgrs";
    private static final Set<String> TEXT_COLUMNS = Set.of(FeatureSchema.NAME, FeatureSchema.KIND,
            FeatureSchema.NATION, FeatureSchema.STATUS, FeatureSchema.NOTES);

    private final Path file;
    private final Warnings warnings;
    private final GeometryFactory factory = new GeometryFactory();

    private CsvPointReader(Path file) {
        this.file = file;
        this.warnings = new Warnings(file);
    }

    static LayoutReadResult read(Path file) throws LayoutFormatException {
        return new CsvPointReader(file).read(() -> Files.newInputStream(file));
    }

    /** Reads CSV from a stream that {@code name} names in messages; the stream is closed. */
    static LayoutReadResult read(InputStream in, Path name) throws LayoutFormatException {
        return new CsvPointReader(name).read(() -> in);
    }

    /** Opens the bytes to read. */
    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    private LayoutReadResult read(Opener opener) throws LayoutFormatException {
        List<CsvRecords.Row> rows;
        try (Reader in = new InputStreamReader(opener.open(), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
            String text = readAll(in);
            rows = CsvRecords.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, file);
        } catch (NoSuchFileException e) {
            throw LayoutFormatException.ofWholeFile(file.toString(), FILE_NOT_FOUND, "no such file");
        } catch (CharacterCodingException e) {
            throw LayoutFormatException.ofWholeFile(file.toString(), NOT_UTF8,
                    "the file is not UTF-8 text: save the sheet as"
                    + " \"CSV UTF-8\"");
        } catch (IOException e) {
            throw LayoutFormatException.ofWholeFile(file.toString(), FILE_UNREADABLE, "cannot be read: "
                    + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw LayoutFormatException.ofWholeFile(file.toString(), EMPTY_FILE,
                    "the file is empty; a CSV of points needs a"
                    + " header row");
        }
        Header header = new Header(rows.get(0));
        List<LayoutFeature> features = new ArrayList<>();
        List<Map<String, String>> otherValues = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            CsvRecords.Row row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            try {
                Coordinate position = header.position(row);
                features.add(LayoutFeature.builder().properties(header.schemaProperties(row))
                        .geometry(factory.createPoint(position)).build());
                otherValues.add(header.otherValues(row));
            } catch (RejectedRow e) {
                warnings.add(CSV_ROW_REJECTED, new JsonPlace(row.line(), e.column), "row " + i + " rejected: "
                        + e.getMessage());
            }
        }
        List<LayoutFeature> typed = withOtherProperties(features, otherValues, header.others);
        Layout layout = new Layout(file.getFileName().toString(), typed);
        return new LayoutReadResult(layout, warnings.listed(), warnings.notListed());
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1 << 14];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    /** The features with the other columns' values added, each column typed as a whole. */
    private static List<LayoutFeature> withOtherProperties(List<LayoutFeature> features,
            List<Map<String, String>> values, List<String> columns) {
        Map<String, PropertyColumns.Type> types = new LinkedHashMap<>();
        for (String column : columns) {
            types.put(column, columnType(values, column));
        }
        List<LayoutFeature> typed = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            Map<String, Object> properties = new LinkedHashMap<>(features.get(i).properties());
            for (Map.Entry<String, String> value : values.get(i).entrySet()) {
                properties.put(value.getKey(), typedValue(value.getValue(), types.get(value.getKey())));
            }
            typed.add(features.get(i).withProperties(properties));
        }
        return typed;
    }

    private static PropertyColumns.Type columnType(List<Map<String, String>> values, String column) {
        boolean numbers = true;
        boolean booleans = true;
        for (Map<String, String> row : values) {
            String value = row.get(column);
            if (value != null) {
                numbers &= isJsonNumber(value);
                booleans &= value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            }
        }
        return numbers ? PropertyColumns.Type.REAL : booleans ? PropertyColumns.Type.BOOLEAN
                : PropertyColumns.Type.TEXT;
    }

    private static Object typedValue(String value, PropertyColumns.Type type) {
        return switch (type) {
            case REAL, INTEGER -> JsonNumber.of(value);
            case BOOLEAN -> Boolean.valueOf(value.toLowerCase(Locale.ROOT));
            case TEXT -> value;
        };
    }

    private static boolean isJsonNumber(String value) {
        try {
            JsonNumber.of(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A row that cannot be a point, with the one-based character column of the field at fault. */
    private static final class RejectedRow extends Exception {
        private static final long serialVersionUID = 1L;
        private final int column;

        RejectedRow(int column, String problem) {
            super(problem, null, false, false);
            this.column = column;
        }
    }

    /** What each column of the header means. */
    private final class Header {
        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> schemaColumns = new LinkedHashMap<>();
        private final List<String> others = new ArrayList<>();
        private final int latitude;
        private final int longitude;
        private final int mgrs;
        private final boolean decimalComma;

        Header(CsvRecords.Row row) throws LayoutFormatException {
            int lat = -1;
            int lon = -1;
            int grid = -1;
            for (int i = 0; i < row.size(); i++) {
                String name = row.field(i).strip();
                String key = name.toLowerCase(Locale.ROOT);
                names.add(name);
                if (LATITUDE.contains(key) && lat < 0) {
                    lat = i;
                } else if (LONGITUDE.contains(key) && lon < 0) {
                    lon = i;
                } else if (key.equals(MGRS_COLUMN) && grid < 0) {
                    grid = i;
                } else if (TEXT_COLUMNS.contains(key) && !schemaColumns.containsKey(key)) {
                    schemaColumns.put(key, i);
                } else if (!name.isEmpty()) {
                    others.add(name);
                }
            }
            if ((lat < 0 || lon < 0) && grid < 0) {
                throw new LayoutFormatException(file.toString(), row.line(), 1, CSV_NO_POSITION,
                        "the header names no position:"
                        + " give columns lat and lon (or latitude and longitude, y and x) in decimal degrees, or"
                        + " mgrs; found " + String.join(", ", names));
            }
            this.latitude = lat < 0 || lon < 0 ? -1 : lat;
            this.longitude = lat < 0 || lon < 0 ? -1 : lon;
            this.mgrs = grid;
            this.decimalComma = row.delimiter() == ';';
        }

        Coordinate position(CsvRecords.Row row) throws RejectedRow {
            if (row.size() != names.size()) {
                throw new RejectedRow(1, "it has " + row.size() + " fields, the header has " + names.size());
            }
            boolean degrees = latitude >= 0 && !(row.field(latitude).isBlank() && row.field(longitude).isBlank()
                    && mgrs >= 0);
            if (degrees) {
                double lat = degrees(row, latitude, 90);
                double lon = degrees(row, longitude, 180);
                return new Coordinate(lon, lat);
            }
            String reference = row.field(mgrs).strip();
            if (!MGRS.isMGRS(reference.replace(" ", ""))) {
                throw new RejectedRow(row.column(mgrs), "column \"" + names.get(mgrs) + "\": \"" + reference
                        + "\" is not an MGRS reference such as 36U UA 24182 91607");
            }
            try {
                GeoPosition position = PositionParser.parse(reference);
                return new Coordinate(position.lonDegrees(), position.latDegrees());
            } catch (PositionParseException e) {
                throw new RejectedRow(row.column(mgrs), "column \"" + names.get(mgrs) + "\": " + e.problem());
            }
        }

        private double degrees(CsvRecords.Row row, int index, double limit) throws RejectedRow {
            String text = row.field(index).strip();
            String number = decimalComma ? text.replace(',', '.') : text;
            String column = "column \"" + names.get(index) + "\": ";
            if (text.isEmpty()) {
                throw new RejectedRow(row.column(index), column + "empty");
            }
            double value;
            try {
                value = Double.parseDouble(number);
            } catch (NumberFormatException e) {
                throw new RejectedRow(row.column(index), column + "\"" + text + "\" is not a number in decimal"
                        + " degrees");
            }
            if (!(Math.abs(value) <= limit)) {
                throw new RejectedRow(row.column(index), column + text + " is outside -" + (int) limit + ".."
                        + (int) limit);
            }
            return value;
        }

        Map<String, Object> schemaProperties(CsvRecords.Row row) {
            Map<String, Object> properties = new LinkedHashMap<>();
            schemaColumns.forEach((key, index) -> {
                String value = row.field(index).strip();
                if (!value.isEmpty()) {
                    properties.put(key, normalised(key, value));
                }
            });
            return properties;
        }

        /** Nations in capitals, kinds and statuses in lower case ("Monitoring zone" as monitoring-zone). */
        private static String normalised(String key, String value) {
            if (key.equals(FeatureSchema.NATION)) {
                return value.toUpperCase(Locale.ROOT);
            }
            if (key.equals(FeatureSchema.KIND)) {
                return value.toLowerCase(Locale.ROOT).replace(' ', '-');
            }
            return key.equals(FeatureSchema.STATUS) ? value.toLowerCase(Locale.ROOT) : value;
        }

        Map<String, String> otherValues(CsvRecords.Row row) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                String value = row.field(i).strip();
                if (others.contains(name) && !value.isEmpty()) {
                    values.put(name, value);
                }
            }
            return values;
        }
    }
}
