package org.hubmap.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hubmap.io.DiagnosticCode;
import org.hubmap.io.GeoJsonFeature;
import org.hubmap.io.LayoutFormatException;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * Builds a {@link Basemap} from its GeoJSON files, checking that each file holds the geometry and properties the
 * renderer needs. File names and properties are those of the {@code maps} folder described in its ATTRIBUTION.
 */
final class BasemapReader {
    /** Tolerance of the search for an area's label point, in world pixels at zoom 0 (about 1 km). */
    private static final double LABEL_POINT_TOLERANCE = 0.005;

    private final BasemapSource source;

    BasemapReader(BasemapSource source) {
        this.source = source;
    }

    Basemap read() throws IOException {
        Map<BasemapLayer, BasemapLayerData> layers = new EnumMap<>(BasemapLayer.class);
        List<MapPlace> places = new ArrayList<>();
        layers.put(BasemapLayer.SEA, areas("sea.geojson", f -> ShapeKind.SEA));
        List<GeoJsonFeature> countries = source.read("countries.geojson");
        layers.put(BasemapLayer.COUNTRIES, areas("countries.geojson", countries,
                f -> f.isTrue("is_ukraine") ? ShapeKind.UKRAINE_LAND : ShapeKind.NEIGHBOUR_LAND));
        places.addAll(countryNames(countries));
        List<GeoJsonFeature> lakes = source.read("lakes.geojson");
        layers.put(BasemapLayer.LAKES, areas("lakes.geojson", lakes, f -> ShapeKind.LAKE));
        places.addAll(lakeNames(lakes));
        layers.put(BasemapLayer.RIVERS, lines("rivers.geojson", BasemapReader::riverKind));
        layers.put(BasemapLayer.OBLAST_BOUNDARIES, lines("ua_oblast_lines.geojson", f -> ShapeKind.OBLAST_BOUNDARY));
        layers.put(BasemapLayer.BORDERS, lines("borders.geojson",
                f -> f.isTrue("ukraine") ? ShapeKind.UKRAINE_BORDER : ShapeKind.STATE_BORDER));
        places.addAll(oblastNames());
        places.addAll(cities());
        places.addAll(seaNames());
        return new Basemap(layers, places);
    }

    private static ShapeKind riverKind(GeoJsonFeature river) {
        if ("Lake Centerline".equals(river.text("kind").orElse(""))) {
            return ShapeKind.LAKE_CENTERLINE;
        }
        double rank = river.number("scalerank").orElse(10);
        if (rank <= 4) {
            return ShapeKind.MAJOR_RIVER;
        }
        return rank <= 7 ? ShapeKind.RIVER : ShapeKind.MINOR_RIVER;
    }

    private BasemapLayerData areas(String file, Function<GeoJsonFeature, ShapeKind> kind) throws IOException {
        return areas(file, source.read(file), kind);
    }

    private BasemapLayerData areas(String file, List<GeoJsonFeature> features,
            Function<GeoJsonFeature, ShapeKind> kind) throws IOException {
        List<ProjectedShape> shapes = new ArrayList<>();
        for (GeoJsonFeature f : features) {
            require(file, f, f.geometry() instanceof Polygonal, "a Polygon or MultiPolygon");
            shapes.add(new ProjectedShape(kind.apply(f), MercatorGeometry.project(f.geometry())));
        }
        return new BasemapLayerData(shapes);
    }

    private BasemapLayerData lines(String file, Function<GeoJsonFeature, ShapeKind> kind) throws IOException {
        List<ProjectedShape> shapes = new ArrayList<>();
        for (GeoJsonFeature f : source.read(file)) {
            require(file, f, f.geometry() instanceof Lineal, "a LineString or MultiLineString");
            shapes.add(new ProjectedShape(kind.apply(f), MercatorGeometry.project(f.geometry())));
        }
        return new BasemapLayerData(shapes);
    }

    /** Neighbours named in their middle; Ukraine itself is left unnamed. */
    private List<MapPlace> countryNames(List<GeoJsonFeature> countries) throws IOException {
        List<MapPlace> names = new ArrayList<>();
        for (GeoJsonFeature f : countries) {
            if (!f.isTrue("is_ukraine")) {
                names.add(areaName(PlaceKind.COUNTRY, f, requiredText("countries.geojson", f, "name_en")));
            }
        }
        return names;
    }

    /** Lakes that have a name; most small ones have none. */
    private static List<MapPlace> lakeNames(List<GeoJsonFeature> lakes) {
        List<MapPlace> names = new ArrayList<>();
        for (GeoJsonFeature f : lakes) {
            f.text("name_en").ifPresent(english -> names.add(areaName(PlaceKind.LAKE, f, english)));
        }
        return names;
    }

    /** An area named at the centre of the largest circle inside its largest part, where a name has most room. */
    private static MapPlace areaName(PlaceKind kind, GeoJsonFeature f, String english) {
        MaximumInscribedCircle circle = new MaximumInscribedCircle(
                largestPart(MercatorGeometry.project(f.geometry())), LABEL_POINT_TOLERANCE);
        Point centre = circle.getCenter();
        return new MapPlace(kind, english, f.text("name_uk").orElse(english), centre.getX(), centre.getY(), false,
                0, 2 * circle.getRadiusLine().getLength());
    }

    private static Geometry largestPart(Geometry geometry) {
        Geometry largest = geometry.getGeometryN(0);
        for (int i = 1; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i).getArea() > largest.getArea()) {
                largest = geometry.getGeometryN(i);
            }
        }
        return largest;
    }

    /** Oblasts and Crimea named at their label points; Kyiv and Sevastopol are named as cities instead. */
    private List<MapPlace> oblastNames() throws IOException {
        String file = "ua_oblasts.geojson";
        List<MapPlace> names = new ArrayList<>();
        for (GeoJsonFeature f : source.read(file)) {
            if ("city".equals(f.text("type").orElse(""))) {
                continue;
            }
            String english = requiredText(file, f, "name_en");
            double lon = requiredNumber(file, f, "label_lon");
            double lat = requiredNumber(file, f, "label_lat");
            names.add(new MapPlace(PlaceKind.OBLAST, english, f.text("name_uk").orElse(english),
                    MercatorGeometry.worldX(lon), MercatorGeometry.worldY(lat), true, 0, Double.POSITIVE_INFINITY));
        }
        return names;
    }

    private List<MapPlace> cities() throws IOException {
        String file = "cities.geojson";
        List<MapPlace> cities = new ArrayList<>();
        for (GeoJsonFeature f : source.read(file)) {
            require(file, f, f.geometry() instanceof Point p && !p.isEmpty(), "a Point");
            String english = requiredText(file, f, "name_en");
            double rank = requiredNumber(file, f, "rank");
            if (rank < 1 || rank > 4) {
                throw problem(file, f, "\"rank\" must be 1 (capital) to 4 (small town), not " + rank);
            }
            Point p = (Point) f.geometry();
            cities.add(new MapPlace(cityKind((int) rank), english, f.text("name_uk").orElse(english),
                    MercatorGeometry.worldX(p.getX()), MercatorGeometry.worldY(p.getY()),
                    "UA".equals(f.text("country").orElse("")), f.number("population").orElse(0),
                    Double.POSITIVE_INFINITY));
        }
        return cities;
    }

    private static PlaceKind cityKind(int rank) {
        return switch (rank) {
            case 1 -> PlaceKind.CAPITAL;
            case 2 -> PlaceKind.REGIONAL_CENTRE;
            case 3 -> PlaceKind.TOWN;
            default -> PlaceKind.SMALL_TOWN;
        };
    }

    private List<MapPlace> seaNames() throws IOException {
        String file = "sea_labels.geojson";
        List<MapPlace> names = new ArrayList<>();
        for (GeoJsonFeature f : source.read(file)) {
            require(file, f, f.geometry() instanceof Point p && !p.isEmpty(), "a Point");
            String english = requiredText(file, f, "name_en");
            Point p = (Point) f.geometry();
            names.add(new MapPlace(PlaceKind.SEA, english, f.text("name_uk").orElse(english),
                    MercatorGeometry.worldX(p.getX()), MercatorGeometry.worldY(p.getY()), false, 0,
                    Double.POSITIVE_INFINITY));
        }
        return names;
    }

    private void require(String file, GeoJsonFeature f, boolean ok, String expected) throws LayoutFormatException {
        if (!ok) {
            throw problem(file, f, "expected " + expected + " geometry, found " + f.geometry().getGeometryType()
                    + (f.geometry().isEmpty() ? " (empty)" : ""));
        }
    }

    private String requiredText(String file, GeoJsonFeature f, String property) throws LayoutFormatException {
        return f.text(property).orElseThrow(() -> problem(file, f, "the feature has no \"" + property + "\" text"));
    }

    private double requiredNumber(String file, GeoJsonFeature f, String property) throws LayoutFormatException {
        return f.number(property).orElseThrow(() -> problem(file, f, "the feature has no \"" + property + "\" number"));
    }

    private LayoutFormatException problem(String file, GeoJsonFeature f, String what) {
        return new LayoutFormatException(source.describe(file), f.line(), f.column(), DiagnosticCode.BASEMAP_DATA,
                what);
    }
}
