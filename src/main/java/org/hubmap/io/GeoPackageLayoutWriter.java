package org.hubmap.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.proj.ProjectionConstants;
import mil.nga.sf.GeometryType;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes a layout as a GeoPackage of one feature table in WGS84 (EPSG:4326), named after the layout: a typed
 * column per property (see {@link PropertyColumns}), geometries of any type with their altitudes. The file is built
 * beside the target and then put in its place safely. A GeoPackage has no place for ids (its rows are numbered)
 * or collection members, and column names are unique regardless of case; the report says what was not kept.
 */
final class GeoPackageLayoutWriter {
    static final String GEOMETRY_COLUMN = "geom";
    static final String KEY_COLUMN = "fid";

    private GeoPackageLayoutWriter() {
    }

    static LayoutWriteReport write(Layout layout, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path building = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".gpkg");
        try {
            Files.delete(building);
            LayoutWriteReport report = build(layout, building);
            SafeFileWriter.Saved saved = SafeFileWriter.write(file, out -> Files.copy(building, out));
            return report.withFileNotKept(saved.notKept());
        } finally {
            Files.deleteIfExists(building);
        }
    }

    /** SQLite makes a GeoPackage by its name on the default file system: this format needs a real file. */
    private static LayoutWriteReport build(Layout layout, Path file) throws IOException {
        GeoPackageManager.create(file.toFile());
        PropertyColumns columns = new PropertyColumns(layout.features(), key -> true);
        Map<String, String> columnNames = columnNames(columns.types().keySet());
        List<String> notKept = new ArrayList<>();
        long withJson = 0;
        try (GeoPackage geoPackage = GeoPackageManager.open(file.toFile())) {
            String table = tableName(layout.title());
            createTable(geoPackage, table, columns, columnNames);
            FeatureDao dao = geoPackage.getFeatureDao(table);
            geoPackage.beginTransaction();
            boolean done = false;
            try {
                for (LayoutFeature feature : layout.features()) {
                    withJson += insert(dao, feature, columns, columnNames) ? 1 : 0;
                }
                done = true;
            } finally {
                if (done) {
                    geoPackage.endTransaction();
                } else {
                    geoPackage.failTransaction();
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw new IOException("the GeoPackage cannot be written: " + e.getMessage(), e);
        }
        LayoutFormats.addCount(notKept, layout.features().stream().filter(f -> f.id() != null).count(),
                "the ids (rows are numbered by the GeoPackage)");
        LayoutFormats.addCount(notKept, withJson, "list and object property values (written as JSON text)");
        columns.mixedColumns().forEach(column -> notKept.add("the types of \"" + column + "\" (its values differ"
                + " in type; written as text)"));
        columnNames.forEach((key, column) -> {
            if (!key.equals(column)) {
                notKept.add("the property name \"" + key + "\" (written as column \"" + column + "\")");
            }
        });
        if (!layout.collectionMembers().isEmpty()) {
            notKept.add("the collection's own members " + String.join(", ", layout.collectionMembers().keySet()));
        }
        return new LayoutWriteReport(layout.features().size(), notKept);
    }

    /**
     * A column name for every property key: the key itself unless it repeats, regardless of case, the key or
     * geometry column or an earlier column, when a number is added.
     */
    private static Map<String, String> columnNames(Set<String> keys) {
        Set<String> taken = new HashSet<>(List.of(KEY_COLUMN, GEOMETRY_COLUMN));
        Map<String, String> names = new LinkedHashMap<>();
        for (String key : keys) {
            String name = key;
            for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
                name = key + "_" + n;
            }
            taken.add(name.toLowerCase(Locale.ROOT));
            names.put(key, name);
        }
        return names;
    }

    /** The layout's title without its extension, in letters, digits and underscores; "layout" when none is left. */
    static String tableName(String title) {
        int dot = title.lastIndexOf('.');
        String base = (dot > 0 ? title.substring(0, dot) : title).replaceAll("[^A-Za-z0-9_]", "_");
        return base.isEmpty() || !Character.isLetter(base.charAt(0)) ? "layout" + (base.isEmpty() ? "" : "_" + base)
                : base;
    }

    private static void createTable(GeoPackage geoPackage, String table, PropertyColumns columns,
            Map<String, String> columnNames) throws SQLException {
        geoPackage.getSpatialReferenceSystemDao().getOrCreateCode(ProjectionConstants.AUTHORITY_EPSG,
                ProjectionConstants.EPSG_WORLD_GEODETIC_SYSTEM);
        geoPackage.createGeometryColumnsTable();
        GeometryColumns geometryColumns = new GeometryColumns();
        geometryColumns.setId(new TableColumnKey(table, GEOMETRY_COLUMN));
        geometryColumns.setGeometryType(GeometryType.GEOMETRY);
        geometryColumns.setZ((byte) 2);
        geometryColumns.setM((byte) 0);
        geometryColumns.setSrsId(ProjectionConstants.EPSG_WORLD_GEODETIC_SYSTEM);
        List<FeatureColumn> additional = new ArrayList<>();
        columns.types().forEach((key, type) -> additional.add(FeatureColumn.createColumn(columnNames.get(key),
                dataType(type))));
        geoPackage.createFeatureTable(FeatureTableMetadata.create(geometryColumns, KEY_COLUMN, additional));
    }

    private static GeoPackageDataType dataType(PropertyColumns.Type type) {
        return switch (type) {
            case INTEGER -> GeoPackageDataType.INTEGER;
            case REAL -> GeoPackageDataType.REAL;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
            case TEXT -> GeoPackageDataType.TEXT;
        };
    }

    /** Inserts one feature's row; whether it had list or object values, written as JSON text. */
    private static boolean insert(FeatureDao dao, LayoutFeature feature, PropertyColumns columns,
            Map<String, String> columnNames) throws IOException {
        FeatureRow row = dao.newRow();
        boolean json = false;
        for (Map.Entry<String, Object> property : feature.properties().entrySet()) {
            Object value = property.getValue();
            if (value == null) {
                continue;
            }
            json |= PropertyColumns.isJson(value);
            String column = columnNames.get(property.getKey());
            switch (columns.types().get(property.getKey())) {
                case INTEGER -> row.setValue(column, ((Number) value).longValue());
                case REAL -> row.setValue(column, ((Number) value).doubleValue());
                case BOOLEAN -> row.setValue(column, value);
                case TEXT -> row.setValue(column, PropertyColumns.text(value));
            }
        }
        if (feature.geometry().isPresent()) {
            Geometry geometry = feature.geometry().get();
            byte[] wkb = new WKBWriter(hasAltitude(geometry) ? 3 : 2).write(geometry);
            row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(
                    ProjectionConstants.EPSG_WORLD_GEODETIC_SYSTEM, wkb));
        }
        dao.insert(row);
        return json;
    }

    private static boolean hasAltitude(Geometry geometry) {
        for (Coordinate c : geometry.getCoordinates()) {
            if (!Double.isNaN(c.getZ())) {
                return true;
            }
        }
        return false;
    }
}
