package org.hubmap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.PositionFormat;

/**
 * Writes positions one a line for the {@code coord} benchmark, in the forms officers type, taking turns: signed
 * decimal degrees ({@code 50.45012 30.52344}), decimal degrees with hemisphere letters, DMS, MGRS and UTM. Positions
 * are random, three in four over Ukraine and the rest anywhere from 80°S to 84°N. The same seed gives the same bytes.
 *
 * <p>Usage: {@code PositionLinesGenerator COUNT OUTPUT [SEED]}.
 */
public final class PositionLinesGenerator {
    private static final int FORMS = 5;

    private PositionLinesGenerator() {
    }

    public static void main(String[] args) throws IOException {
        long count = Long.parseLong(args[0]);
        Path output = Path.of(args[1]);
        SplittableRandom random = new SplittableRandom(args.length > 2 ? Long.parseLong(args[2]) : 1);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8), 1 << 16)) {
            for (long i = 0; i < count; i++) {
                GeoPosition p = random.nextInt(4) > 0
                        ? new GeoPosition(random.nextDouble(22, 40.5), random.nextDouble(44, 52.5))
                        : new GeoPosition(random.nextDouble(-180, 180), random.nextDouble(-80, 84));
                out.write(line(p, (int) (i % FORMS)));
                out.write('\n');
            }
        }
    }

    private static String line(GeoPosition p, int form) {
        return switch (form) {
            case 0 -> String.format(Locale.ROOT, "%.5f %.5f", p.latDegrees(), p.lonDegrees());
            case 1 -> PositionFormat.DECIMAL_DEGREES.format(p);
            case 2 -> PositionFormat.DEGREES_MINUTES_SECONDS.format(p);
            case 3 -> PositionFormat.MGRS.format(p);
            default -> PositionFormat.UTM.format(p);
        };
    }
}
