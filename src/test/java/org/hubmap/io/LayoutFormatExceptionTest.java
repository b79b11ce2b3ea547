package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class LayoutFormatExceptionTest {
    @Test
    void aFaultAtAPlaceNamesSourceLineAndColumn() {
        LayoutFormatException e = new LayoutFormatException("maps/cities.geojson", 3, 17, DiagnosticCode.JSON_SYNTAX,
                "expected ','");
        assertEquals("maps/cities.geojson:3:17: expected ','", e.getMessage());
        assertEquals("maps/cities.geojson:3:17", e.place());
        assertEquals("maps/cities.geojson", e.source());
        assertEquals(3, e.line());
        assertEquals(17, e.column());
        assertEquals("expected ','", e.problem());
    }

    @Test
    void aFaultOfTheWholeFileNamesOnlyTheSource() {
        LayoutFormatException e = LayoutFormatException.ofWholeFile("layout.geojson", DiagnosticCode.FILE_NOT_FOUND,
                "no such file");
        assertEquals("layout.geojson: no such file", e.getMessage());
        assertEquals("layout.geojson", e.place());
        assertEquals(0, e.line());
    }

    @Test
    void isReportedWithTheFaultsOfOpeningAFile() {
        assertInstanceOf(java.io.IOException.class, LayoutFormatException.ofWholeFile("a",
                DiagnosticCode.FILE_NOT_FOUND, "b"));
    }
}
