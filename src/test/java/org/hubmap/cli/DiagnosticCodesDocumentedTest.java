package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hubmap.check.CheckKind;
import org.hubmap.io.DiagnosticCode;
import org.junit.jupiter.api.Test;

/** Every code that --json prints is unique, kebab-case and explained in docs/diagnostics.md, and no other is. */
class DiagnosticCodesDocumentedTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (.+) \\|$");

    @Test
    void everyCodeIsUniqueAndDocumentedOnce() throws IOException {
        List<String> codes = new ArrayList<>();
        Stream.of(DiagnosticCode.values()).map(DiagnosticCode::code).forEach(codes::add);
        Stream.of(CheckKind.values()).map(CheckKind::code).forEach(codes::add);
        codes.add(DiagnosticsJson.CHECK_SETTINGS);
        assertEquals(codes.size(), new HashSet<>(codes).size(), "codes must be unique: " + codes);
        assertTrue(codes.stream().allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*")), codes.toString());

        List<String> documented = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/diagnostics.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                documented.add(row.group(1));
                assertTrue(row.group(2).strip().length() > 10, "a meaning for " + row.group(1));
            }
        }
        assertEquals(codes.stream().sorted().toList(), documented.stream().sorted().toList());
    }
}
