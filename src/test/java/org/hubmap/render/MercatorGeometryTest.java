package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Rectangle2D;
import org.hubmap.geo.WebMercator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class MercatorGeometryTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Test
    void projectsIntoWorldPixelsAtZoomZero() {
        Geometry line = GEOMETRY.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(30.52, 50.45)});
        Geometry world = MercatorGeometry.project(line);
        assertEquals(128, world.getCoordinates()[0].x, 1e-9);
        assertEquals(128, world.getCoordinates()[0].y, 1e-9);
        assertEquals(WebMercator.lonToPixelX(30.52, 0), world.getCoordinates()[1].x, 1e-12);
        assertEquals(WebMercator.latToPixelY(50.45, 0), world.getCoordinates()[1].y, 1e-12);
        assertEquals(30.52, line.getCoordinates()[1].x, "the source is left alone");
        assertEquals(1024, MercatorGeometry.scale(10));
    }

    @Test
    void polygonPathsKeepTheirHoles() {
        Geometry square = GEOMETRY.createPolygon(
                GEOMETRY.createLinearRing(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 0),
                    new Coordinate(10, 10), new Coordinate(0, 10), new Coordinate(0, 0)}),
                new org.locationtech.jts.geom.LinearRing[] {GEOMETRY.createLinearRing(new Coordinate[] {
                    new Coordinate(4, 4), new Coordinate(6, 4), new Coordinate(6, 6), new Coordinate(4, 6),
                    new Coordinate(4, 4)})});
        var path = GeometryPaths.toPath(square);
        assertEquals(new Rectangle2D.Double(0, 0, 10, 10), path.getBounds2D());
        assertEquals(false, path.contains(5, 5));
        assertEquals(true, path.contains(2, 2));
    }
}
