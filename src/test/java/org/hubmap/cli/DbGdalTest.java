package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.store.DatabaseAddress;
import org.hubmap.store.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GDAL, and so QGIS, which opens PostGIS through it, reads a layout pushed with {@code hubmap db push} as a plain
 * PostGIS table: every feature, its geometry in EPSG:4326. Skipped where GDAL is not installed.
 */
class DbGdalTest {
    private static final String SAMPLE = "maps/sample-layout.geojson";
    private static final long GDAL_SECONDS = 120;

    private static String connection;
    private static Layout sample;

    @BeforeAll
    static void pushTheSample() throws Exception {
        assumeTrue(gdalIsInstalled(), "ogrinfo and ogr2ogr (gdal-bin) are not installed");
        String uri = TestDatabase.freshDatabase();
        assertEquals(0, CommandRun.withInput("", DbCommand.class, "init", "--db", uri).exitCode());
        CommandRun push = CommandRun.withInput("", DbCommand.class, "push", SAMPLE, "--db", uri, "--layout",
                "sample");
        assertEquals(0, push.exitCode(), push.err());
        // Another layout in the same tables, which the filters below must leave out.
        assertEquals(0, CommandRun.withInput("", DbCommand.class, "push",
                "src/test/resources/layouts/valid/warnings.geojson", "--db", uri, "--layout", "other").exitCode());
        DatabaseAddress address = DatabaseAddress.parse(uri);
        connection = "PG:host=" + address.host() + " port=" + address.port() + " dbname=" + address.database()
                + " user=" + address.user();
        sample = LayoutReader.read(Path.of(SAMPLE));
    }

    @Test
    void ogrinfoCountsThePushedFeaturesInWgs84() throws Exception {
        String summary = run(List.of("ogrinfo", "-ro", "-so", connection, "hubmap.layout_features", "-where",
                "layout = 'sample'"));
        assertTrue(summary.contains("Feature Count: " + sample.features().size() + "\n"), summary);
        assertTrue(summary.contains("ID[\"EPSG\",4326]]"), summary);
        assertTrue(summary.contains("Geometry Column = geom"), summary);

        String all = run(List.of("ogrinfo", "-ro", "-so", connection, "hubmap.features"));
        assertTrue(all.contains("Feature Count: " + (sample.features().size() + 6) + "\n"), all);
        assertTrue(all.contains("ID[\"EPSG\",4326]]"), all);
    }

    @Test
    void ogr2ogrExportsTheLayoutsFeaturesWithTheirIdsAndPositions() throws Exception {
        String geoJson = run(List.of("ogr2ogr", "-f", "GeoJSON", "/vsistdout/", connection, "-sql",
                "SELECT feature_id, name, kind, nation, geom FROM hubmap.layout_features WHERE layout = 'sample'"
                        + " ORDER BY fid"));
        JsonNode features = new ObjectMapper().readTree(geoJson).get("features");
        assertEquals(sample.features().size(), features.size(), geoJson);
        List<String> ids = new ArrayList<>();
        features.forEach(feature -> ids.add(feature.get("properties").get("feature_id").asText()));
        assertEquals(sample.features().stream().map(LayoutFeature::id).map(String::valueOf).toList(), ids);
        JsonNode first = features.get(0).get("geometry");
        assertEquals(sample.features().get(0).geometry().orElseThrow().getGeometryType(),
                first.get("type").asText());
    }

    private static boolean gdalIsInstalled() {
        try {
            return run(List.of("ogrinfo", "--version")).startsWith("GDAL")
                    && run(List.of("ogr2ogr", "--version")).startsWith("GDAL");
        } catch (IOException e) {
            return false;
        }
    }

    /** What {@code command} prints on standard output; it must end well within {@link #GDAL_SECONDS}. */
    private static String run(List<String> command) throws IOException {
        Path errors = Files.createTempFile("gdal", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(GDAL_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end within " + GDAL_SECONDS + " s");
            }
            assertEquals(0, process.exitValue(), command + ":\n" + Files.readString(errors));
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + command.get(0) + " ran", e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
