package org.hubmap.render;

import static org.hubmap.render.LayoutRendererTest.feature;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.hubmap.geo.GeoBounds;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A feature's name never names another feature: wherever it is shown, on screen or on a sheet, at whole zooms and
 * between them, it sits beside its own symbol and every other symbol stays clearly farther from it; or it is left
 * out. Checked over many generated layouts and zooms, over the sample layout as a new user first sees it, and after
 * edits, which place names again from the placement before.
 */
class FeatureNamesBesideSymbolsTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final double[] ZOOMS = {5, 5.4, 5.8, 6, 6.5, 7, 7.7, 8, 8.5, 9.3, 10, 11.6};
    private static final String[] WORDS = {"Dnipro", "Kharkiv", "Zaporizhzhia", "Poltava", "Sumy", "Lviv", "Odesa",
        "Kyiv North", "Bila Tserkva", "Kropyvnytskyi", "Uman", "Rivne", "Izmail", "Pavlohrad", "Kremenchuk"};
    private static final String[] NATIONS = {"POL", "USA", "FRA", "GBR", "DEU", "CAN", "NLD", "ITA", ""};
    private static final String[] STATUSES = {"active", "planned", "degraded", "closed"};

    private final LayoutRenderer renderer = new LayoutRenderer(new MapLabeller(TestBasemaps.bundled()));

    @Test
    void generatedLayoutsAtManyZooms() {
        SplittableRandom random = new SplittableRandom(7);
        int namesChecked = 0;
        for (int layout = 0; layout < 24; layout++) {
            double lon = 24 + 14 * random.nextDouble();
            double lat = 45.5 + 5.5 * random.nextDouble();
            List<LayoutFeature> features = cluster(random, lon, lat, 20 + random.nextInt(160),
                    0.2 + 2.5 * random.nextDouble());
            FeatureMarks marks = FeatureMarks.of(List.of(new Layout("test", features)), Set.of());
            for (double zoom : ZOOMS) {
                namesChecked += check(marks, new MapViewport(lon, lat, zoom, 1280, 800), "layout " + layout);
            }
        }
        assertTrue(namesChecked > 2000, "enough names were shown to prove anything: " + namesChecked);
    }

    @Test
    void theSampleLayoutAsANewUserSeesItAndAfterAnUnrelatedEdit() throws Exception {
        Layout sample = LayoutReader.read(Path.of("maps/sample-layout.geojson"));
        List<LayoutFeature> features = new ArrayList<>(sample.features());
        for (int step = 0; step < 4; step++) {
            FeatureMarks marks = FeatureMarks.of(List.of(new Layout("test", features)), Set.of());
            for (double[] screen : new double[][] {{1280, 800}, {1600, 1000}, {1920, 1080}}) {
                MapViewport fitted = MapViewport.fitting(GeoBounds.UKRAINE, screen[0] - 500, screen[1] - 300, 96, 0);
                for (double zoom : new double[] {fitted.zoom(), 5, 5.5, 6, 6.3, 7, 7.5, 8}) {
                    check(marks, new MapViewport(fitted.centerLon(), fitted.centerLat(), zoom, screen[0] - 500,
                            screen[1] - 300), "sample after " + step + " edits");
                }
            }
            // An edit far from most names: one feature moved a little, as a drag does.
            LayoutFeature moved = features.get(3 * step + 1);
            Geometry shifted = moved.geometry().orElseThrow().copy();
            shifted.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.x += 0.05);
            shifted.geometryChanged();
            features.set(3 * step + 1, moved.withGeometry(shifted));
        }
    }

    /** Checks every feature name shown in {@code view}; returns how many there were. */
    private int check(FeatureMarks marks, MapViewport view, String what) {
        int zoom = LayoutRenderer.placementZoom(view.zoom());
        ScreenFrame frame = ScreenFrame.of(view);
        double placedScale = MercatorGeometry.scale(zoom);
        List<FeatureMark> all = marks.marks();
        List<PixelBox> symbols = new ArrayList<>();
        List<FeatureMark> owners = new ArrayList<>();
        for (FeatureMark mark : all) {
            if (mark.minZoom() <= zoom && mark.symbolBox().isPresent()) {
                symbols.add(mark.symbolBox().get().shifted(frame.x(mark.worldX()), frame.y(mark.worldY())));
                owners.add(mark);
            }
        }
        int checked = 0;
        for (PlacedLabel label : renderer.namesShown(marks, BasemapOptions.defaults(), view)) {
            if (label.feature().isEmpty()) {
                continue;
            }
            FeatureMark mark = label.feature().get();
            PixelBox name = label.text().bounds().shifted(LayoutRenderer.screenX(label, frame, placedScale),
                    LayoutRenderer.screenY(label, frame, placedScale));
            PixelBox own = mark.symbolBox().map(b -> b.shifted(frame.x(mark.worldX()), frame.y(mark.worldY())))
                    .orElse(null);
            double ownDistance = own == null ? 0 : name.distanceTo(own);
            String where = what + ", zoom " + view.zoom() + ": name \"" + mark.label() + "\" ";
            if (!mark.centredLabel() && ownDistance > SymbolClearance.MOST_GAP_PIXELS + 1e-6) {
                fail(where + "stands " + ownDistance + " px from its symbol");
            }
            for (int i = 0; i < symbols.size(); i++) {
                double other = name.distanceTo(symbols.get(i));
                if (owners.get(i) != mark && other < ownDistance + SymbolClearance.CLEARANCE_PIXELS - 1e-6) {
                    fail(where + "is " + other + " px from the symbol of \"" + owners.get(i).label()
                            + "\" and " + ownDistance + " px from its own");
                }
            }
            checked++;
        }
        return checked;
    }

    private static List<LayoutFeature> cluster(SplittableRandom random, double lon, double lat, int count,
            double spreadDegrees) {
        List<LayoutFeature> features = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double x = lon + spreadDegrees * (random.nextDouble() - 0.5);
            double y = lat + spreadDegrees * 0.6 * (random.nextDouble() - 0.5);
            String status = STATUSES[random.nextInt(STATUSES.length)];
            String nation = NATIONS[random.nextInt(NATIONS.length)];
            String name = WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? " " + i : "");
            int kind = random.nextInt(10);
            if (kind < 4) {
                features.add(feature("hub", status, "Hub " + name, point(x, y), "nation", nation));
            } else if (kind < 8) {
                features.add(feature("depot", status, "Depot " + name, point(x, y), "nation", nation));
            } else {
                double side = 0.05 + 0.4 * random.nextDouble();
                features.add(feature("monitoring-zone", status, "Sector " + name, GEOMETRY.createPolygon(
                        new Coordinate[] {new Coordinate(x, y), new Coordinate(x + side, y),
                            new Coordinate(x + side, y + side * 0.7), new Coordinate(x, y + side * 0.7),
                            new Coordinate(x, y)}), "nation", nation));
            }
        }
        return features;
    }

    private static Geometry point(double lon, double lat) {
        return GEOMETRY.createPoint(new Coordinate(lon, lat));
    }
}
