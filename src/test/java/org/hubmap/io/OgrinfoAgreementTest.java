package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hubmap.render.SymbologyColours;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GDAL's {@code ogrinfo} reads the KML, KMZ, GeoPackage and GeoJSON sequences HubMap writes, counting the same
 * features and finding a name. Skipped where GDAL is not installed.
 */
class OgrinfoAgreementTest {
    private static final Pattern FEATURE_COUNT = Pattern.compile("Feature Count: (\\d+)");

    @TempDir
    Path folder;

    @BeforeAll
    static void needsOgrinfo() {
        assumeTrue(run(List.of("ogrinfo", "--version")).startsWith("GDAL"), "ogrinfo (gdal-bin) is not installed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kml", "kmz", "gpkg", "geojsons"})
    void ogrinfoCountsOurFeaturesAndFindsTheirNames(String extension) throws Exception {
        Path file = folder.resolve("layout." + extension);
        LayoutFormats.write(LayoutFormatsRoundTripTest.sample(), file, WriteOptions.SHORTEST,
                new SymbologyColours());
        String summary = run(List.of("ogrinfo", "-ro", "-al", "-so", file.toString()));
        Matcher count = FEATURE_COUNT.matcher(summary);
        assertTrue(count.find(), summary);
        assertEquals(5, Integer.parseInt(count.group(1)), summary);
        String all = run(List.of("ogrinfo", "-ro", "-al", file.toString()));
        assertTrue(all.contains("Hub Київ"), all);
        assertTrue(all.contains("POINT (30.5234 50.4501"), all);
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
