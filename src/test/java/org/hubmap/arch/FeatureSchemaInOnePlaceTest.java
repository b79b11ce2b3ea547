package org.hubmap.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The keys of the properties HubMap gives meaning to are written in one class, {@code model.FeatureSchema}: every
 * other class reads a feature's properties by its constants, so a key cannot be misspelt in one layer, and a
 * reader finds what each key means in one place.
 */
class FeatureSchemaInOnePlaceTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path SCHEMA = Path.of("src/main/java/org/hubmap/model/FeatureSchema.java");
    /** A property map read or written with a schema key spelt out, or the keys that only mean one thing. */
    private static final Pattern SPELT_OUT = Pattern.compile(
            "(?:properties\\(\\)|properties|\\bp)\\.(?:get|put|containsKey|remove|getOrDefault)\\(\\s*\"(?:kind|name"
                    + "|nation|status|capacity|notes|shape|center|radius_m|protection_radius_m)\""
                    + "|\"(?:radius_m|protection_radius_m)\"");

    @Test
    void noClassButTheSchemaSpellsOutAPropertyKey() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(SCHEMA)).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = SPELT_OUT.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "use the constants of FeatureSchema");
    }
}
