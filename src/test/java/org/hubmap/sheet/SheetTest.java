package org.hubmap.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hubmap.geo.GeoBounds;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeodesicDistance;
import org.hubmap.geo.ScaleBarSpec;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.Legend;
import org.hubmap.render.MapViewport;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class SheetTest {
    private static final GeoBounds WEST = new GeoBounds(23.0, 48.6, 27.8, 51.2);

    @Test
    void theMapShowsAllItWasAskedForAtARoundScale() {
        for (SheetSize size : List.of(SheetSize.paper(Paper.A4, true, 300), SheetSize.paper(Paper.A3, false, 150),
                SheetSize.pixels(3840, 2160), SheetSize.pixels(800, 600))) {
            for (GeoBounds extent : List.of(GeoBounds.UKRAINE, WEST, new GeoBounds(30.4, 50.3, 30.7, 50.5))) {
                Sheet sheet = Sheet.of(SampleSheets.spec(size).withExtent(extent), SampleSheets.content());
                GeoBounds shown = sheet.view().bounds();
                assertTrue(shown.westLon() <= extent.westLon() + 1e-9 && shown.eastLon() >= extent.eastLon() - 1e-9
                        && shown.southLat() <= extent.southLat() + 1e-9
                        && shown.northLat() >= extent.northLat() - 1e-9, shown + " holds " + extent);
                double denominator = sheet.view().scaleDenominator();
                assertEquals(Sheet.roundUp(denominator), denominator, denominator * 1e-9, "a round scale");
                assertEquals(sheet.layout().map().getWidth(), sheet.view().widthPixels());
                assertEquals(size.dotsPerInch(), sheet.view().dotsPerInch());
            }
        }
    }

    @Test
    void roundScalesAreThoseOfPaperMaps() {
        assertEquals(2_500_000, Sheet.roundUp(2_317_000));
        assertEquals(5_000_000, Sheet.roundUp(4_000_001));
        assertEquals(50_000, Sheet.roundUp(50_000));
        assertEquals(75_000, Sheet.roundUp(61_000));
        assertEquals(1_000_000, Sheet.roundUp(760_000));
        assertEquals("1:7 500 000", Sheet.of(SampleSheets.spec(SheetSize.paper(Paper.A4, true, 96)),
                SampleSheets.content()).scaleText(), "all of Ukraine on A4");
    }

    @Test
    void theMapStaysOnTheBasemapWhereTheGroundAllows() {
        // Portrait A4 of ground as large as Ukraine, 1.5° north of the basemap's southern edge, shows more ground
        // north to south than asked: centred on that ground, the map would run off the basemap by about 1°.
        GeoBounds data = SampleSheets.basemap().bounds();
        GeoBounds ukraine = GeoBounds.UKRAINE;
        double south = data.southLat() + 1.5;
        GeoBounds nearTheEdge = new GeoBounds(ukraine.westLon(), south, ukraine.eastLon(),
                south + ukraine.northLat() - ukraine.southLat());
        Sheet sheet = Sheet.of(SampleSheets.spec(SheetSize.paper(Paper.A4, false, 96)).withExtent(nearTheEdge),
                SampleSheets.content());
        GeoBounds shown = sheet.view().bounds();
        // Within a hundredth of a degree, a twentieth of a pixel at this scale: rounding the scale after moving
        // the map may zoom out by that much.
        assertTrue(shown.southLat() >= data.southLat() - 0.01 && shown.northLat() <= data.northLat() + 0.01,
                shown + " within " + data);
    }

    @Test
    void theScaleBarIsTrueToTheGeodesicAtTheCentreLatitude() {
        for (SheetSize size : List.of(SheetSize.paper(Paper.A4, true, 300), SheetSize.paper(Paper.A2, false, 300),
                SheetSize.pixels(3840, 2160), SheetSize.pixels(1280, 720))) {
            for (GeoBounds extent : List.of(GeoBounds.UKRAINE, WEST, new GeoBounds(30.4, 50.3, 30.7, 50.5))) {
                Sheet sheet = Sheet.of(SampleSheets.spec(size).withExtent(extent), SampleSheets.content());
                MapViewport view = sheet.view();
                ScaleBarSpec bar = CompassPainter.scaleBar(view, 200);
                double centre = view.widthPixels() / 2;
                double ground = GeodesicDistance.metres(
                        new GeoPosition(view.lonAt(centre - bar.lengthPixels() / 2), view.centerLat()),
                        new GeoPosition(view.lonAt(centre + bar.lengthPixels() / 2), view.centerLat()));
                assertEquals(bar.lengthMetres(), ground, bar.lengthMetres() * 2e-4,
                        "a bar of " + bar.label() + " on " + size + " at 1:" + view.scaleDenominator());
            }
        }
    }

    @Test
    void theLegendListsExactlyWhatTheMapShows() {
        Sheet west = Sheet.of(SampleSheets.spec(SheetSize.paper(Paper.A4, true, 96)).withExtent(WEST),
                SampleSheets.content());
        MapViewport view = west.view();
        // Features inside the map surely show; a symbol just beyond its edge may show in part; far beyond, none.
        List<LayoutFeature> inside = new ArrayList<>();
        List<LayoutFeature> inOrNear = new ArrayList<>();
        for (LayoutFeature feature : SampleSheets.sampleLayout().features()) {
            Envelope e = feature.geometry().orElseThrow().getEnvelopeInternal();
            double left = view.screenX(e.getMinX());
            double right = view.screenX(e.getMaxX());
            double top = view.screenY(e.getMaxY());
            double bottom = view.screenY(e.getMinY());
            if (right >= 0 && left <= view.widthPixels() && bottom >= 0 && top <= view.heightPixels()) {
                inside.add(feature);
            }
            double symbol = 40;
            if (right >= -symbol && left <= view.widthPixels() + symbol && bottom >= -symbol
                    && top <= view.heightPixels() + symbol) {
                inOrNear.add(feature);
            }
        }
        Set<String> shown = texts(west.legend());
        assertTrue(shown.containsAll(texts(Legend.ofFeatures(inside))), shown + " lists what is inside");
        assertTrue(texts(Legend.ofFeatures(inOrNear)).containsAll(shown), shown + " lists nothing far off the map");
        Sheet all = SampleSheets.of(SheetSize.paper(Paper.A4, true, 96));
        assertNotEquals(texts(all.legend()), shown, "the west shows less than all of Ukraine");
        assertTrue(texts(all.legend()).contains("Monitoring zones"));
        assertTrue(!shown.contains("Monitoring zones"), shown.toString());
        assertTrue(shown.contains("Nations: Denmark") && !shown.contains("Nations: France"), shown.toString());
    }

    private static Set<String> texts(Legend legend) {
        Set<String> texts = new TreeSet<>();
        for (Legend.Section section : legend.sections()) {
            texts.add(section.title());
            section.entries().forEach(entry -> texts.add(section.title() + ": " + entry.text()));
        }
        return texts;
    }
}
