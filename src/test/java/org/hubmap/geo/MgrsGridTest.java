package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mil.nga.grid.features.Point;
import mil.nga.mgrs.MGRS;
import mil.nga.mgrs.grid.GridType;
import org.junit.jupiter.api.Test;

class MgrsGridTest {
    /** Zone 36 (30°E..36°E) and a degree of each neighbour, over central and eastern Ukraine. */
    private static final GeoBounds AROUND_ZONE_36 = new GeoBounds(29, 46, 37, 52);

    @Test
    void everyVertexOfAnEastingLineLiesOnItsEastingToAMillimetre() {
        MgrsGrid grid = MgrsGrid.of(AROUND_ZONE_36, 10_000, 9);
        int checked = 0;
        for (GridLine line : linesOf(grid, 36, GridLine.Axis.EASTING)) {
            for (GeoPosition vertex : line.vertices()) {
                assertEquals(line.valueMetres(), grid36(vertex)[0], 1e-3, line.label() + " " + vertex);
                checked++;
            }
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    @Test
    void everyVertexOfANorthingLineLiesOnItsNorthingToAMillimetre() {
        MgrsGrid grid = MgrsGrid.of(AROUND_ZONE_36, 10_000, 9);
        for (GridLine line : linesOf(grid, 36, GridLine.Axis.NORTHING)) {
            for (GeoPosition vertex : line.vertices()) {
                assertEquals(line.valueMetres(), grid36(vertex)[1], 1e-3, line.label() + " " + vertex);
            }
        }
    }

    @Test
    void linesAreClippedToTheirZoneAndTheExtent() {
        MgrsGrid grid = MgrsGrid.of(AROUND_ZONE_36, 10_000, 9);
        assertEquals(List.of(35, 36, 37), grid.lines().stream().map(GridLine::zone).distinct().toList());
        for (GridLine line : grid.lines()) {
            double meridian = UtmCoordinate.centralMeridianDegrees(line.zone());
            for (GeoPosition vertex : line.vertices()) {
                assertTrue(vertex.lonDegrees() >= meridian - 3 && vertex.lonDegrees() <= meridian + 3,
                        line + " leaves its zone at " + vertex);
                assertTrue(vertex.lonDegrees() >= 29 && vertex.lonDegrees() <= 37
                        && vertex.latDegrees() >= 46 && vertex.latDegrees() <= 52, line + " leaves the extent");
            }
        }
        // Zone 36's lines run right up to its edges at 30°E and 36°E, and so do its neighbours' from the other side.
        assertTrue(reachesLongitude(linesOf(grid, 36, GridLine.Axis.NORTHING), 30));
        assertTrue(reachesLongitude(linesOf(grid, 36, GridLine.Axis.NORTHING), 36));
        assertTrue(reachesLongitude(linesOf(grid, 36, GridLine.Axis.EASTING), 30));
        assertTrue(reachesLongitude(linesOf(grid, 35, GridLine.Axis.NORTHING), 30));
        assertTrue(reachesLongitude(linesOf(grid, 37, GridLine.Axis.NORTHING), 36));
    }

    @Test
    void linesEndOnTheExtentsEdgesOrTheirZonesEdges() {
        MgrsGrid grid = MgrsGrid.of(AROUND_ZONE_36, 100_000, 7);
        for (GridLine line : grid.lines()) {
            double meridian = UtmCoordinate.centralMeridianDegrees(line.zone());
            for (GeoPosition end : List.of(line.vertices().get(0), line.vertices().get(line.vertices().size() - 1))) {
                boolean onEdge = end.lonDegrees() == Math.max(29, meridian - 3)
                        || end.lonDegrees() == Math.min(37, meridian + 3) || end.latDegrees() == 46
                        || end.latDegrees() == 52;
                assertTrue(onEdge, line.label() + " ends inside at " + end);
            }
        }
    }

    @Test
    void chordsStayWithinAQuarterPixelOfTheTrueLine() {
        assertChordsClose(MgrsGrid.of(GeoBounds.UKRAINE, 100_000, 8), 8);
        assertChordsClose(MgrsGrid.of(AROUND_ZONE_36, 100_000, 13), 13);
        assertChordsClose(MgrsGrid.of(new GeoBounds(35.5, 47.8, 36.5, 48.3), 1_000, 14), 14);
    }

    @Test
    void aNorthingLineWhoseMiddleRisesOutOfTheExtentShowsOnEitherSide() {
        double northing = 5_550_000;
        double apexLat = TransverseMercator.reverse(0, northing)[1];
        GeoBounds extent = new GeoBounds(30.5, 46, 35.5, apexLat - 0.01);
        List<GridLine> pieces = linesOf(MgrsGrid.of(extent, 10_000, 9), 36, GridLine.Axis.NORTHING).stream()
                .filter(line -> line.valueMetres() == northing).toList();
        assertEquals(2, pieces.size());
        GridLine west = pieces.get(0);
        GridLine east = pieces.get(1);
        assertTrue(west.vertices().stream().allMatch(p -> p.lonDegrees() < 33));
        assertTrue(east.vertices().stream().allMatch(p -> p.lonDegrees() > 33));
        assertEquals(extent.northLat(), west.vertices().get(west.vertices().size() - 1).latDegrees());
        assertEquals(extent.northLat(), east.vertices().get(0).latDegrees());
        assertEquals(30.5, west.vertices().get(0).lonDegrees());
        assertEquals(35.5, east.vertices().get(east.vertices().size() - 1).lonDegrees());
    }

    @Test
    void squareNamesAgreeWithNgaAtTheirCentres() {
        MgrsGrid grid = MgrsGrid.of(GeoBounds.UKRAINE, 100_000, 7);
        for (GridSquareLabel square : grid.squares()) {
            GeoPosition p = square.position();
            MGRS nga = MGRS.from(Point.point(p.lonDegrees(), p.latDegrees()));
            String place = square.text() + " at " + p;
            assertEquals(nga.getZone(), square.zone(), place);
            assertEquals(nga.getBand(), square.band(), place);
            assertEquals(nga.getColumn(), square.column(), place);
            assertEquals(nga.getRow(), square.row(), place);
            assertTrue(square.holds(p.lonDegrees(), p.latDegrees()), place);
            assertTrue(square.visibleShare() > 0 && square.visibleShare() <= 1, place);
        }
        assertTrue(grid.squares().size() > 150, "squares " + grid.squares().size());
        List<String> names = grid.squares().stream().map(GridSquareLabel::text).toList();
        assertTrue(names.contains("36U UA"), "Kyiv's square");
        assertTrue(names.contains("35U KR"), "Lviv's square");
        assertEquals(names.size(), names.stream().distinct().count(), "each square once");
    }

    @Test
    void aSquareThatShowsWholeIsNamedAtItsCentre() {
        // 36U UA (Kyiv): eastings 300..400 km, northings 5500..5600 km, all of it between 48°N and 52°N.
        GridSquareLabel square = MgrsGrid.of(AROUND_ZONE_36, 100_000, 7).squares().stream()
                .filter(s -> s.text().equals("36U UA")).findFirst().orElseThrow();
        assertEquals(1, square.visibleShare());
        double[] centre = grid36(square.position());
        assertEquals(350_000, centre[0], 1e-3);
        assertEquals(5_550_000, centre[1], 1e-3);
    }

    @Test
    void eachSquareMeetingASmallExtentIsNamedWithinIt() {
        // A few kilometres around the corner where 36U VU, WU, VV and WV meet, on the central meridian of zone 36.
        double cornerLat = TransverseMercator.reverse(0, 5_400_000)[1];
        GeoBounds extent = new GeoBounds(32.97, cornerLat - 0.02, 33.03, cornerLat + 0.02);
        List<GridSquareLabel> squares = MgrsGrid.of(extent, 1_000, 14).squares();
        assertEquals(List.of("36U VU", "36U VV", "36U WU", "36U WV"),
                squares.stream().map(GridSquareLabel::text).sorted().toList());
        for (GridSquareLabel square : squares) {
            GeoPosition p = square.position();
            assertTrue(p.lonDegrees() > 32.97 && p.lonDegrees() < 33.03, square.toString());
            assertTrue(p.latDegrees() > extent.southLat() && p.latDegrees() < extent.northLat(), square.toString());
            assertTrue(square.holds(p.lonDegrees(), p.latDegrees()), square.toString());
            assertEquals(square.text().replace(" ", ""),
                    MGRS.from(Point.point(p.lonDegrees(), p.latDegrees())).coordinate(GridType.HUNDRED_KILOMETER));
            assertTrue(square.visibleShare() > 0 && square.visibleShare() < 0.01, square.toString());
        }
    }

    @Test
    void squaresCutByABandEdgeAreNamedInEachBand() {
        // 48°N, between bands T and U, crosses the squares of row U in zone 36 (5,300..5,400 km near the meridian).
        List<String> names = MgrsGrid.of(new GeoBounds(32.5, 47.5, 33.5, 48.5), 10_000, 10).squares().stream()
                .map(GridSquareLabel::text).toList();
        assertTrue(names.contains("36T WU") && names.contains("36U WU"), names.toString());
    }

    @Test
    void gridZoneBoundariesAreTheSixDegreeMeridiansAndEightDegreeParallels() {
        List<GridZoneBoundary> boundaries = MgrsGrid.of(AROUND_ZONE_36, 100_000, 7).boundaries();
        assertEquals(List.of(30.0, 36.0), boundaries.stream()
                .filter(b -> b.kind() == GridZoneBoundary.Kind.ZONE_EDGE).map(GridZoneBoundary::degrees).toList());
        assertEquals(List.of(48.0), boundaries.stream()
                .filter(b -> b.kind() == GridZoneBoundary.Kind.BAND_EDGE).map(GridZoneBoundary::degrees).toList());
        GridZoneBoundary meridian = boundaries.get(0);
        assertEquals(List.of(new GeoPosition(30, 46), new GeoPosition(30, 52)), meridian.vertices());
        assertEquals(boundaries, MgrsGrid.zoneBoundaries(AROUND_ZONE_36));
        assertEquals(List.of(72.0, 84.0), MgrsGrid.zoneBoundaries(new GeoBounds(40, 70, 41, 85)).stream()
                .filter(b -> b.kind() == GridZoneBoundary.Kind.BAND_EDGE).map(GridZoneBoundary::degrees).toList());
    }

    @Test
    void linesAreLabelledByTheirPrincipalDigits() {
        assertEquals("45", MgrsGrid.lineLabel(345_000, 1_000));
        assertEquals("4", MgrsGrid.lineLabel(340_000, 10_000));
        assertEquals("91", MgrsGrid.lineLabel(5_591_000, 1_000));
        assertEquals("07", MgrsGrid.lineLabel(5_607_000, 1_000));
        assertEquals("00", MgrsGrid.lineLabel(300_000, 1_000));
        assertEquals("0", MgrsGrid.lineLabel(5_600_000, 10_000));
        assertEquals("300 km", MgrsGrid.lineLabel(300_000, 100_000));
        assertEquals("5600 km", MgrsGrid.lineLabel(5_600_000, 100_000));
        GridLine line = MgrsGrid.of(AROUND_ZONE_36, 1_000, 12).lines().get(0);
        assertEquals(MgrsGrid.lineLabel(line.valueMetres(), 1_000), line.label());
    }

    @Test
    void spacingIsTheFinestWhoseLinesLieFarEnoughApart() {
        assertEquals(1_000, MgrsGrid.spacingFor(10, 70));
        assertEquals(1_000, MgrsGrid.spacingFor(1_000 / 70.0, 70));
        assertEquals(10_000, MgrsGrid.spacingFor(20, 70));
        assertEquals(10_000, MgrsGrid.spacingFor(100, 70));
        assertEquals(100_000, MgrsGrid.spacingFor(150, 70));
        assertEquals(100_000, MgrsGrid.spacingFor(500, 70));
        assertEquals(100_000, MgrsGrid.spacingFor(5_000, 70), "100 km even when those lines crowd");
        // At 49°N: zoom 7 shows 100 km lines, zoom 11 10 km lines, zoom 13 1 km lines.
        assertEquals(100_000, MgrsGrid.spacingFor(WebMercator.metresPerPixel(49, 7), 70));
        assertEquals(10_000, MgrsGrid.spacingFor(WebMercator.metresPerPixel(49, 11), 70));
        assertEquals(1_000, MgrsGrid.spacingFor(WebMercator.metresPerPixel(49, 13), 70));
    }

    @Test
    void theGridEndsAtTheEquatorAndTakesOnlyItsThreeSpacings() {
        MgrsGrid south = MgrsGrid.of(new GeoBounds(30, -10, 35, -1), 100_000, 6);
        assertTrue(south.lines().isEmpty() && south.squares().isEmpty() && south.boundaries().isEmpty());
        MgrsGrid across = MgrsGrid.of(new GeoBounds(30, -2, 35, 2), 100_000, 8);
        assertFalse(across.lines().isEmpty());
        assertTrue(across.lines().stream().flatMap(l -> l.vertices().stream()).allMatch(p -> p.latDegrees() >= 0));
        assertThrows(IllegalArgumentException.class, () -> MgrsGrid.of(AROUND_ZONE_36, 5_000, 9));
    }

    private static List<GridLine> linesOf(MgrsGrid grid, int zone, GridLine.Axis axis) {
        return grid.lines().stream().filter(l -> l.zone() == zone && l.axis() == axis).toList();
    }

    private static boolean reachesLongitude(List<GridLine> lines, double lon) {
        return lines.stream().flatMap(l -> l.vertices().stream()).anyMatch(p -> p.lonDegrees() == lon);
    }

    /** Easting and northing in metres of a position in zone 36, which the grid's own projection gives. */
    private static double[] grid36(GeoPosition p) {
        return gridOf(p, 36);
    }

    private static double[] gridOf(GeoPosition p, int zone) {
        double[] xy = TransverseMercator.forward(p.lonDegrees() - UtmCoordinate.centralMeridianDegrees(zone),
                p.latDegrees());
        return new double[] {xy[0] + UtmCoordinate.FALSE_EASTING_METRES, xy[1]};
    }

    /**
     * Checks that the true line between each two neighbouring vertices, at 32 points, lies within a quarter pixel of
     * the chord between them at {@code zoom}.
     */
    private static void assertChordsClose(MgrsGrid grid, double zoom) {
        int chords = 0;
        for (GridLine line : grid.lines()) {
            List<GeoPosition> vertices = line.vertices();
            for (int i = 1; i < vertices.size(); i++) {
                double from = along(line, vertices.get(i - 1));
                double to = along(line, vertices.get(i));
                for (int k = 1; k < 32; k++) {
                    double t = from + (to - from) * k / 32;
                    GeoPosition p = onLine(line, t);
                    double off = ChordTracer.offChordPixels(p, vertices.get(i - 1), vertices.get(i), zoom);
                    assertTrue(off <= ChordTracer.TOLERANCE_PIXELS, line.label() + " strays " + off + " px");
                }
                chords++;
            }
        }
        assertTrue(chords > 20, "chords " + chords);
    }

    /** The coordinate that changes along a line: northing along an easting line, easting along a northing line. */
    private static double along(GridLine line, GeoPosition p) {
        double[] en = gridOf(p, line.zone());
        return line.axis() == GridLine.Axis.EASTING ? en[1] : en[0];
    }

    private static GeoPosition onLine(GridLine line, double t) {
        boolean easting = line.axis() == GridLine.Axis.EASTING;
        double x = (easting ? line.valueMetres() : t) - UtmCoordinate.FALSE_EASTING_METRES;
        double[] lonLat = TransverseMercator.reverse(x, easting ? t : line.valueMetres());
        return new GeoPosition(UtmCoordinate.centralMeridianDegrees(line.zone()) + lonLat[0], lonLat[1]);
    }
}
