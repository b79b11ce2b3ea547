package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.FILE_NOT_FOUND;
import static org.hubmap.io.DiagnosticCode.FILE_UNREADABLE;
import static org.hubmap.io.DiagnosticCode.NOT_KEPT;
import static org.hubmap.io.DiagnosticCode.NO_FEATURE_TABLE;
import static org.hubmap.io.DiagnosticCode.PERMISSION_DENIED;
import static org.hubmap.io.DiagnosticCode.REPROJECTED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.proj.Projection;
import mil.nga.proj.ProjectionConstants;
import mil.nga.sf.proj.GeometryTransform;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads a GeoPackage's first feature table (in the order of its contents table) into a layout; the other feature
 * tables are named in a warning, since a layout is one table. Columns keep their types: integers and reals become
 * numbers, booleans booleans, text and dates text; binary values and the table's primary key are not kept (the key
 * becomes the feature's id). Geometries in another coordinate system are transformed to WGS84 longitude/latitude.
 */
final class GeoPackageLayoutReader {
    private GeoPackageLayoutReader() {
    }

    static LayoutReadResult read(Path file) throws LayoutFormatException {
        if (!Files.isReadable(file)) {
            throw Files.exists(file) ? LayoutFormatException.ofWholeFile(file.toString(), PERMISSION_DENIED,
                    "permission denied") : LayoutFormatException.ofWholeFile(file.toString(), FILE_NOT_FOUND,
                    "no such file");
        }
        Warnings warnings = new Warnings(file);
        // SQLite opens a GeoPackage by its name on the default file system: this format needs a real file.
        try (GeoPackage geoPackage = GeoPackageManager.open(file.toFile(), false)) {
            List<String> tables = geoPackage.getFeatureTables();
            if (tables.isEmpty()) {
                throw LayoutFormatException.ofWholeFile(file.toString(), NO_FEATURE_TABLE,
                        "this GeoPackage has no feature table"
                        + " (only tiles or attributes?); HubMap reads features");
            }
            if (tables.size() > 1) {
                warnings.addForFile(NOT_KEPT, "read the first feature table, \"" + tables.get(0) + "\"; not read: "
                        + String.join(", ", tables.subList(1, tables.size())) + " (extract one with ogr2ogr -f GPKG"
                        + " out.gpkg " + file + " TABLE)");
            }
            List<LayoutFeature> features = readTable(geoPackage.getFeatureDao(tables.get(0)), warnings);
            Layout layout = new Layout(file.getFileName().toString(), features);
            return new LayoutReadResult(layout, warnings.listed(), warnings.notListed());
        } catch (LayoutFormatException e) {
            throw e;
        } catch (RuntimeException | IOException | ParseException e) {
            throw LayoutFormatException.ofWholeFile(file.toString(), FILE_UNREADABLE, "cannot be read as a GeoPackage: "
                    + e.getMessage());
        }
    }

    private static List<LayoutFeature> readTable(FeatureDao dao, Warnings warnings)
            throws IOException, ParseException {
        GeometryTransform toWgs84 = isWgs84(dao.getProjection()) ? null
                : GeometryTransform.create(dao.getProjection(), ProjectionConstants.EPSG_WORLD_GEODETIC_SYSTEM);
        if (toWgs84 != null) {
            warnings.addForFile(REPROJECTED, "table \"" + dao.getTableName() + "\" is in " + dao.getProjection()
                    + "; transformed to WGS84 longitude/latitude");
        }
        WKBReader wkb = new WKBReader();
        List<LayoutFeature> features = new ArrayList<>();
        Map<String, Long> blobs = new LinkedHashMap<>();
        FeatureResultSet rows = dao.queryForAll();
        try {
            while (rows.moveToNext()) {
                FeatureRow row = rows.getRow();
                Map<String, Object> properties = new LinkedHashMap<>();
                for (int i = 0; i < row.columnCount(); i++) {
                    FeatureColumn column = row.getColumn(i);
                    Object value = row.getValue(i);
                    if (column.isPrimaryKey() || column.isGeometry() || value == null) {
                        continue;
                    }
                    if (column.getDataType() == GeoPackageDataType.BLOB) {
                        blobs.merge(column.getName(), 1L, Long::sum);
                    } else {
                        properties.put(column.getName(), value(column.getDataType(), value));
                    }
                }
                features.add(LayoutFeature.builder().id(JsonNumber.of(row.getId())).properties(properties)
                        .geometry(geometry(row.getGeometry(), toWgs84, wkb)).build());
            }
        } finally {
            rows.close();
        }
        blobs.forEach((column, count) -> warnings.addForFile(NOT_KEPT, "binary values of column \"" + column + "\" not"
                + " kept (" + count + " feature" + (count == 1 ? "" : "s") + ")"));
        return features;
    }

    private static boolean isWgs84(Projection projection) {
        return projection == null || projection.equals(ProjectionConstants.AUTHORITY_EPSG,
                ProjectionConstants.EPSG_WORLD_GEODETIC_SYSTEM)
                || projection.equals(ProjectionConstants.AUTHORITY_OGC, ProjectionConstants.OGC_CRS84);
    }

    private static Object value(GeoPackageDataType type, Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            if (type == GeoPackageDataType.BOOLEAN) {
                return number.longValue() != 0;
            }
            if (value instanceof Double || value instanceof Float) {
                double d = number.doubleValue();
                return Double.isFinite(d) ? JsonNumber.of(Double.toString(d)) : Double.toString(d);
            }
            return JsonNumber.of(number.longValue());
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        return value.toString();
    }

    private static Geometry geometry(GeoPackageGeometryData data, GeometryTransform toWgs84, WKBReader wkb)
            throws IOException, ParseException {
        if (data == null || data.isEmpty() || data.getGeometry() == null) {
            return null;
        }
        GeoPackageGeometryData lonLat = toWgs84 == null ? data : data.transform(toWgs84);
        return wkb.read(lonLat.getWkb());
    }
}
