package org.hubmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;

/** A feature's row as COPY's text format takes it. */
class FeatureRowTest {
    @Test
    void hexIsWhatJtsWrites() {
        SplittableRandom random = new SplittableRandom(7);
        for (int length : new int[] {0, 1, 21, 1000}) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertEquals(WKBWriter.toHex(bytes), FeatureRow.hex(bytes));
        }
    }

    @Test
    void pointIsHexEwkbWithTheSridOfWgs84() {
        String ewkb = FeatureRow.ewkb(new GeometryFactory().createPoint(new Coordinate(1, 2)));
        assertEquals("0101000020E6100000000000000000F03F0000000000000040", ewkb);
    }

    @Test
    void copyTextEscapesWhatCopyWouldReadAsSeparatorsAndKeepsTheRest() {
        StringBuilder line = new StringBuilder();
        new FeatureRow("a\tb", null, "0101", "{\"notes\": \"x\\\\y\nz\r\"}").appendCopyText(line);
        assertEquals("a\\tb\t\\N\t0101\t{\"notes\": \"x\\\\\\\\y\\nz\\r\"}", line.toString());
    }
}
