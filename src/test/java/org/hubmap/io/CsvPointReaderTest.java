package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/** Points from spreadsheets: lat/lon or MGRS columns found by the header, other columns as typed properties. */
class CsvPointReaderTest {
    @TempDir
    Path folder;

    private LayoutReadResult read(String text) throws Exception {
        Path file = folder.resolve("points.csv");
        Files.writeString(file, text);
        return LayoutFormats.read(file, ReadProgress.NONE);
    }

    @Test
    void readsLatitudeAndLongitudeWithQuotedFieldsAndTypedColumns() throws Exception {
        LayoutReadResult read = read("Name,Kind,Nation,Status,Latitude,Lng,capacity,remark\n"
                + "\"Depot, north\",Depot,ltu,Active,50.45,30.52,1200,\"said \"\"ok\"\"\"\n"
                + "Hub 1,hub,POL,planned,49.8,24.0,300,\n");
        List<LayoutFeature> features = read.layout().features();
        assertEquals(2, features.size(), read.warnings().toString());
        LayoutFeature depot = features.get(0);
        assertEquals("Depot, north", depot.name());
        assertEquals(FeatureKind.DEPOT, depot.kind());
        assertEquals("LTU", depot.nation());
        assertEquals("active", depot.status());
        assertEquals(new Coordinate(30.52, 50.45), depot.geometry().orElseThrow().getCoordinate());
        assertEquals(JsonNumber.of("1200"), depot.properties().get("capacity"));
        assertEquals("said \"ok\"", depot.properties().get("remark"));
        assertTrue(read.warnings().isEmpty(), read.warnings().toString());
    }

    @Test
    void readsMgrsWithSemicolonsAtTheCentreOfTheSquare() throws Exception {
        LayoutReadResult read = read("name;kind;mgrs;note\nKyiv;hub;36U UA 24182 91607;x\n");
        Coordinate c = read.layout().features().get(0).geometry().orElseThrow().getCoordinate();
        assertEquals(30.5234, c.x, 1e-4);
        assertEquals(50.4501, c.y, 1e-4);
    }

    @Test
    void acceptsDecimalCommasWithSemicolons() throws Exception {
        LayoutReadResult read = read("name;lat;lon\nA;50,5;30,25\n");
        assertEquals(new Coordinate(30.25, 50.5), read.layout().features().get(0).geometry().orElseThrow()
                .getCoordinate());
    }

    @Test
    void reportsEveryRejectedRowWithItsRowAndColumn() throws Exception {
        LayoutReadResult read = read("name,lat,lon,mgrs\n"
                + "ok,50,30,\n"
                + "far,95,30,\n"
                + "word,fifty,30,\n"
                + "short,50\n"
                + "grid,,,36U XX 1\n"
                + "gridded,,,36UUA2418291607\n");
        assertEquals(List.of("ok", "gridded"), read.layout().features().stream().map(LayoutFeature::name).toList());
        List<String> warnings = read.warnings().stream().map(w -> w.line() + ":" + w.column() + ": " + w.message())
                .toList();
        assertEquals(List.of(
                "3:5: row 2 rejected: column \"lat\": 95 is outside -90..90",
                "4:6: row 3 rejected: column \"lat\": \"fifty\" is not a number in decimal degrees",
                "5:1: row 4 rejected: it has 2 fields, the header has 4",
                "6:8: row 5 rejected: column \"mgrs\": \"36U XX 1\" is not an MGRS reference such as 36U UA 24182"
                        + " 91607"), warnings);
    }

    @Test
    void aHeaderWithoutPositionsIsRefused() throws Exception {
        LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> read("name,town\nA,Lviv\n"));
        assertTrue(e.getMessage().endsWith("points.csv:1:1: the header names no position: give columns lat and lon"
                + " (or latitude and longitude, y and x) in decimal degrees, or mgrs; found name, town"),
                e.getMessage());
    }
}
