package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.hubmap.geo.GeodesicArea;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class ZoneAreaSumTest {
    @Test
    void addsAreasInTheOrderGivenToTheLastBit() {
        GeometryFactory factory = new GeometryFactory();
        SplittableRandom random = new SplittableRandom(3);
        double expected = 0;
        try (ZoneAreaSum sum = new ZoneAreaSum()) {
            for (int i = 0; i < 1000; i++) {
                double x = 23 + 16 * random.nextDouble();
                double y = 45 + 6 * random.nextDouble();
                double size = Math.pow(10, -4 + 4 * random.nextDouble());
                Geometry zone = factory.createPolygon(new Coordinate[] {new Coordinate(x, y),
                    new Coordinate(x + size, y), new Coordinate(x + size, y + size), new Coordinate(x, y)});
                expected += GeodesicArea.squareMetres(zone);
                sum.add(zone);
            }
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(sum.squareMetres()));
            assertEquals(sum.squareMetres(), sum.squareMetres(), "asking again gives the same");
        }
    }
}
