package org.hubmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hubmap.io.CountryOutline;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.LayoutWriter;
import org.hubmap.io.WriteOptions;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check settings saved in a layout file, read back by whoever opens it next. */
class CheckSettingsFileTest {
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson");

    private static String written(Layout layout) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LayoutWriter(WriteOptions.SHORTEST).write(layout, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void thresholdsSetOnTheSampleLayoutAreSavedAndReadBack(@TempDir Path folder) throws Exception {
        Layout sample = LayoutReader.read(SAMPLE);
        CheckSettings settings = CheckSettings.defaults().withDepotZoneMinDistanceMetres(2_500)
                .withEnabled(CheckKind.DUPLICATE_NAME, false);
        Path file = folder.resolve("sample.geojson");
        new LayoutWriter(WriteOptions.SHORTEST).save(settings.writeTo(sample), file);

        String before = Files.readString(SAMPLE);
        String after = Files.readString(file);
        String header = "{\"type\": \"FeatureCollection\",\n \"name\": \"Sample post-ceasefire layout\",\n";
        String added = "\"hubmap:checks\":{\"depot_zone_min_distance_m\":2500,\"disabled\":[\"duplicate-name\"]},\n ";
        assertEquals(before.replace(header + " \"features\"", header + " " + added + "\"features\""), after,
                "the member is added before the features; every other byte is as it was");

        Layout reopened = LayoutReader.read(file);
        assertEquals(settings, CheckSettings.readFrom(reopened).settings());
        assertEquals(List.of(), CheckSettings.readFrom(reopened).warnings());
        assertEquals(after, written(reopened), "saved again unchanged, the same bytes");
    }

    @Test
    void thresholdsChangedAgainReplaceOnlyTheValue(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("sample.geojson");
        Files.writeString(file, written(CheckSettings.defaults().writeTo(LayoutReader.read(SAMPLE))));
        Layout first = LayoutReader.read(file);
        String before = written(first);
        String after = written(CheckSettings.defaults().withDepotZoneMinDistanceMetres(7_000).writeTo(first));
        assertEquals(before.replace("\"depot_zone_min_distance_m\":5000", "\"depot_zone_min_distance_m\":7000"),
                after);
    }

    @Test
    void whoeverOpensTheSavedLayoutGetsTheSameChecks(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("sample.geojson");
        Layout sample = LayoutReader.read(SAMPLE);
        new LayoutWriter(WriteOptions.SHORTEST).save(CheckSettings.defaults().withDepotZoneMinDistanceMetres(60_000)
                .withEnabled(CheckKind.ZONE_OVERLAP, false).writeTo(sample), file);

        PlanningChecks checks = new PlanningChecks(CountryOutline.ukraine());
        assertEquals(List.of("Depot Pavlohrad is 54.1 km from the boundary of Sector Centre (minimum 60 km)."),
                checks.check(LayoutReader.read(file)).violations().stream().map(CheckViolation::message).toList());
    }
}
