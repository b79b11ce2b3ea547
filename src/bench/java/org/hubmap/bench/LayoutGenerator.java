package org.hubmap.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

/**
 * Writes a plausible layout of any size over Ukraine for benchmarks, streaming (the file is never held in memory):
 * 40% hubs and 40% depots as Points, 20% monitoring zones as Polygons of 12 to 60 vertices, a quarter of the
 * drawn ones with a hole and a third of all zones circles ({@code shape: "circle"} with {@code center} and
 * {@code radius_m}). Exteriors wind counter-clockwise and holes clockwise, as RFC 7946 asks; ids are UUID
 * strings. Points are rounded to 6 decimals as if typed in, drawn zones to 8 as a drawing tool keeps them, and
 * circles keep every digit of their computed vertices.
 * A feature averages about 565 bytes, so 100 000 features make about 56 MB. The same seed gives the same bytes.
 *
 * <p>A {@linkplain Shape#RICH rich} layout adds what real files carry and readers pay for: the collection's
 * {@code hubmap:checks} member before {@code features} (which alone makes GDAL 3.6 read the whole file into memory),
 * the feature's {@code id} repeated inside its properties, properties holding arrays and objects, and a foreign
 * member on every feature. Such a feature averages about 805 bytes.
 *
 * <p>Usage: {@code LayoutGenerator [--rich] COUNT OUTPUT [SEED]}.
 */
public final class LayoutGenerator {
    private static final double WEST = 22.5;
    private static final double EAST = 40.0;
    private static final double SOUTH = 44.5;
    private static final double NORTH = 52.0;
    /** Keeps zone centres far enough inside the box that the largest zone stays inside it too. */
    private static final double ZONE_MARGIN_DEGREES = 0.6;
    private static final double MAX_ZONE_RADIUS_METRES = 40_000;

    private static final Instant FIRST_UPDATE = Instant.parse("2025-01-01T00:00:00Z");

    private static final List<String> NATIONS = List.of("UKR", "POL", "GBR", "USA", "FRA", "DEU", "CAN", "NLD",
            "ITA", "DNK", "NOR", "SWE", "FIN", "EST", "LVA", "LTU", "ROU", "CZE", "ESP", "BEL");
    private static final List<String> STATUSES = List.of("planned", "active", "degraded", "closed");
    private static final List<String> PLACES = List.of("Kyiv", "Lviv", "Odesa", "Dnipro", "Kharkiv",
            "Zaporizhzhia", "Vinnytsia", "Poltava", "Mykolaiv", "Rivne", "Zhytomyr", "Kropyvnytskyi", "Chernihiv",
            "Sumy", "Cherkasy", "Khmelnytskyi", "Ternopil", "Lutsk", "Uzhhorod", "Ivano-Frankivsk", "Chernivtsi",
            "Kherson", "Kramatorsk", "Sloviansk", "Kremenchuk", "Bila Tserkva", "Kamianets-Podilskyi", "Izmail");
    private static final List<String> NOTES = List.of("Coalition coordination centre",
            "Logistics gateway; rail siding with two loading ramps and a covered transfer shed",
            "Maritime reception", "Power supply intermittent; generators on site for 72 hours",
            "Fuel storage limited to 400 m3 until the second tank farm is repaired",
            "Access road restricted to vehicles under 40 t after the bridge inspection",
            "Shared with the regional civil protection service",
            "Medical evacuation point with a landing zone for two helicopters",
            "Demining of the northern approach still in progress; use the eastern gate",
            "Night movements need 24 hours notice to the liaison cell",
            "Cold storage for medical supplies; backup refrigeration tested monthly",
            "Observation post manned in two shifts; radio relay to the sector headquarters");

    private static final List<String> TAGS = List.of("rail", "road", "port", "air", "fuel", "medical", "cold-chain",
            "night-ops", "secured", "civil");
    private static final List<String> UNITS = List.of("1st Logistics Bn", "Coalition Support Group",
            "Regional Civil Protection", "Joint Movement Cell", "Sector HQ South", "Sector HQ North");

    /** What the features carry besides their geometry. */
    public enum Shape {
        /** Scalar properties only, no foreign members. */
        FLAT,
        /** A collection member before the features, the id inside properties, nested values, foreign members. */
        RICH
    }

    private final SplittableRandom random;
    private final JsonGenerator g;
    private final Shape shape;

    private LayoutGenerator(long seed, JsonGenerator g, Shape shape) {
        this.random = new SplittableRandom(seed);
        this.g = g;
        this.shape = shape;
    }

    public static void main(String[] args) throws IOException {
        boolean rich = args.length > 0 && args[0].equals("--rich");
        int first = rich ? 1 : 0;
        int left = args.length - first;
        if (left < 2 || left > 3) {
            System.err.println("usage: LayoutGenerator [--rich] COUNT OUTPUT [SEED]");
            System.exit(2);
        }
        long count = Long.parseLong(args[first]);
        Path output = Path.of(args[first + 1]);
        long seed = left == 3 ? Long.parseLong(args[first + 2]) : 1;
        write(count, seed, output, rich ? Shape.RICH : Shape.FLAT);
        System.out.printf("%s: %d features, %d bytes%n", output, count, Files.size(output));
    }

    /** Writes {@code count} flat features made from {@code seed} to {@code output}. */
    public static void write(long count, long seed, Path output) throws IOException {
        write(count, seed, output, Shape.FLAT);
    }

    /** Writes {@code count} features of {@code shape} made from {@code seed} to {@code output}. */
    public static void write(long count, long seed, Path output, Shape shape) throws IOException {
        JsonFactory json = JsonFactory.builder().build();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
                JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            new LayoutGenerator(seed, g, shape).writeLayout(count);
        }
    }

    private void writeLayout(long count) throws IOException {
        g.writeRaw("{\"type\":\"FeatureCollection\",\"name\":\"Generated benchmark layout\",");
        if (shape == Shape.RICH) {
            g.writeRaw("\"hubmap:checks\":{\"depot_zone_min_distance_m\":5000,\"disabled\":[]},");
        }
        g.writeRaw("\"features\":[");
        for (long i = 0; i < count; i++) {
            g.writeRaw(i == 0 ? "\n" : ",\n");
            writeFeature(i);
        }
        g.writeRaw("\n]}\n");
    }

    private void writeFeature(long index) throws IOException {
        int roll = random.nextInt(10);
        String kind = roll < 4 ? "hub" : roll < 8 ? "depot" : "monitoring-zone";
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        String id = uuid();
        g.writeStringField("id", id);
        if (shape == Shape.RICH) {
            writeSource(index);
        }
        g.writeObjectFieldStart("properties");
        if (shape == Shape.RICH) {
            g.writeStringField("id", id);
        }
        g.writeStringField("kind", kind);
        g.writeStringField("name", name(kind, index));
        g.writeStringField("nation", pick(NATIONS));
        g.writeStringField("status", pick(STATUSES));
        g.writeStringField("updated", updated());
        if (shape == Shape.RICH) {
            writeNested();
        }
        if (kind.equals("monitoring-zone")) {
            writeZone();
        } else {
            g.writeNumberField("capacity", 50 * (1 + random.nextInt(60)));
            if (random.nextInt(4) != 0) {
                g.writeStringField("notes", pick(NOTES));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(sixDecimals(between(WEST, EAST)));
            g.writeNumber(sixDecimals(between(SOUTH, NORTH)));
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A feature-level foreign member: where the feature came from. */
    private void writeSource(long index) throws IOException {
        g.writeObjectFieldStart("hubmap:source");
        g.writeStringField("system", "planning-cell");
        g.writeNumberField("revision", 1 + random.nextInt(40));
        g.writeNumberField("row", index);
        g.writeEndObject();
    }

    /** Properties holding an array of text and an object with a nested array of numbers. */
    private void writeNested() throws IOException {
        g.writeArrayFieldStart("tags");
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            g.writeString(pick(TAGS));
        }
        g.writeEndArray();
        g.writeObjectFieldStart("contact");
        g.writeStringField("unit", pick(UNITS));
        g.writeStringField("net", "VHF " + (30 + random.nextInt(58)) + "." + random.nextInt(10) + " MHz");
        g.writeArrayFieldStart("shifts");
        g.writeNumber(6 + random.nextInt(3));
        g.writeNumber(18 + random.nextInt(3));
        g.writeEndArray();
        g.writeBooleanField("verified", random.nextBoolean());
        g.writeEndObject();
    }

    /** Writes the rest of a zone's properties and its geometry member. */
    private void writeZone() throws IOException {
        double lon = between(WEST + ZONE_MARGIN_DEGREES, EAST - ZONE_MARGIN_DEGREES);
        double lat = between(SOUTH + ZONE_MARGIN_DEGREES, NORTH - ZONE_MARGIN_DEGREES);
        long radiusMetres = 1000 * Math.round(between(2, MAX_ZONE_RADIUS_METRES / 1000));
        boolean circle = random.nextInt(3) == 0;
        g.writeStringField("shape", circle ? "circle" : "polygon");
        if (circle) {
            g.writeArrayFieldStart("center");
            g.writeNumber(sixDecimals(lon));
            g.writeNumber(sixDecimals(lat));
            g.writeEndArray();
            g.writeNumberField("radius_m", radiusMetres);
        }
        g.writeStringField("notes", pick(NOTES));
        g.writeEndObject();
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Polygon");
        g.writeArrayFieldStart("coordinates");
        int vertices = 12 + random.nextInt(49);
        if (circle) {
            writeRing(sixDecimals(lon), sixDecimals(lat), radiusMetres, 1, vertices, true, 0);
        } else {
            writeRing(lon, lat, radiusMetres, 0.6, vertices, true, 8);
            if (random.nextInt(4) == 0) {
                // Every exterior vertex lies at least 0.6 radius out, so a hole of 0.25 radius stays inside.
                writeRing(lon, lat, radiusMetres * 0.25, 0.8, 8 + random.nextInt(9), false, 8);
            }
        }
        g.writeEndArray();
    }

    /**
     * A closed ring of {@code vertices} distinct positions around a centre, star-shaped (so never crossing
     * itself), each vertex between {@code minimumFactor} and 1 times {@code radiusMetres} away on the ellipsoid,
     * rounded to {@code decimals} places (0: not rounded).
     */
    private void writeRing(double lon, double lat, double radiusMetres, double minimumFactor, int vertices,
            boolean counterClockwise, int decimals) throws IOException {
        double scale = Math.pow(10, decimals);
        g.writeStartArray();
        double firstLon = 0;
        double firstLat = 0;
        for (int i = 0; i < vertices; i++) {
            // Azimuths run clockwise from north, so walking them backwards winds counter-clockwise.
            double azimuth = 360.0 * i / vertices;
            GeodesicData vertex = Geodesic.WGS84.Direct(lat, lon, counterClockwise ? -azimuth : azimuth,
                    radiusMetres * (minimumFactor == 1 ? 1 : between(minimumFactor, 1)));
            double vertexLon = decimals == 0 ? vertex.lon2 : Math.round(vertex.lon2 * scale) / scale;
            double vertexLat = decimals == 0 ? vertex.lat2 : Math.round(vertex.lat2 * scale) / scale;
            if (i == 0) {
                firstLon = vertexLon;
                firstLat = vertexLat;
            }
            writePosition(vertexLon, vertexLat);
        }
        writePosition(firstLon, firstLat);
        g.writeEndArray();
    }

    private void writePosition(double lon, double lat) throws IOException {
        g.writeStartArray();
        g.writeNumber(lon);
        g.writeNumber(lat);
        g.writeEndArray();
    }

    private String name(String kind, long index) {
        String place = pick(PLACES);
        return switch (kind) {
            case "hub" -> "Hub " + place + " " + index;
            case "depot" -> "Depot " + place + " " + index;
            default -> place + " monitoring sector " + index;
        };
    }

    /** A time in 2025 as RFC 3339 UTC text, to the minute. */
    private String updated() {
        return FIRST_UPDATE.plusSeconds(60L * random.nextInt(365 * 24 * 60)).toString();
    }

    /** A random version 4 UUID as text, drawn from this generator's seed. */
    private String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new java.util.UUID(high, low).toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private double between(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    private static double sixDecimals(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
