package org.hubmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code src/main/sh/hubmap}, installed beside the jar, run with a stand-in for Java that writes
 * the arguments it was given, one a line.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("src/main/sh/hubmap");

    @TempDir
    Path folder;
    private Path installed;
    private Path javaHome;
    private Path argumentsSeen;

    @BeforeEach
    void install() throws IOException {
        Path target = Files.createDirectories(folder.resolve("install/target"));
        installed = target.resolve("hubmap");
        Files.copy(SCRIPT, installed);
        Files.setPosixFilePermissions(installed, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(target.resolve("hubmap.jar"), "");
        javaHome = Files.createDirectories(folder.resolve("jdk/bin")).getParent();
        argumentsSeen = folder.resolve("arguments.txt");
        Path java = javaHome.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + argumentsSeen + "'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> launch(Path script, Path workingFolder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        assertEquals(0, process.exitValue(), output);
        assertEquals("", output, "the launcher itself printed something");
        return Files.readAllLines(argumentsSeen);
    }

    @Test
    void passesEveryArgumentUnchangedToTheJarBesideIt() throws Exception {
        List<String> seen = launch(installed, folder, "validate", "a file with spaces.geojson", "", "*");

        Path jar = installed.resolveSibling("hubmap.jar").toRealPath();
        int jarAt = seen.indexOf("-jar");
        assertEquals(jar.toString(), seen.get(jarAt + 1));
        assertEquals(List.of("validate", "a file with spaces.geojson", "", "*"), seen.subList(jarAt + 2, seen.size()));
    }

    @Test
    void worksThroughALinkFromAnyFolder() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("elsewhere-hubmap"), installed);
        Path anyFolder = Files.createDirectories(folder.resolve("somewhere/else"));

        List<String> seen = launch(link, anyFolder, "--version");

        assertEquals(installed.resolveSibling("hubmap.jar").toRealPath().toString(),
                seen.get(seen.indexOf("-jar") + 1));
    }

    @Test
    void theWindowUsesTheClassDataArchiveOnlyWhenItIsThere() throws Exception {
        assertFalse(launch(installed, folder, "layout.geojson").stream()
                .anyMatch(argument -> argument.contains("SharedArchiveFile")));

        Path archive = Files.writeString(installed.resolveSibling("hubmap-window.jsa"), "");
        List<String> seen = launch(installed, folder, "layout.geojson");

        assertTrue(seen.contains("-XX:SharedArchiveFile=" + archive.toRealPath()), seen.toString());
        // Never a failure or a warning when the archive does not fit this Java or this jar.
        assertTrue(seen.containsAll(List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off")),
                seen.toString());
        assertTrue(seen.indexOf("-Xshare:auto") < seen.indexOf("-jar"), seen.toString());
    }

    @Test
    void headlessCommandsMapNoArchive() throws Exception {
        Files.writeString(installed.resolveSibling("hubmap-window.jsa"), "");

        assertFalse(launch(installed, folder, "stats", "x.geojson").stream()
                .anyMatch(argument -> argument.contains("SharedArchiveFile")));
    }

    @Test
    void headlessCommandsKeepTheirMemoryToWhatTheyHold() throws Exception {
        List<String> options = optionsBeforeJar(launch(installed, folder, "validate", "x.geojson"));

        assertTrue(options.containsAll(List.of("-XX:+UseSerialGC", "-Xmn16m", "-XX:MaxHeapFreeRatio=20")),
                options.toString());
        assertTrue(optionsBeforeJar(launch(installed, folder, "layout.geojson")).isEmpty());
    }

    @Test
    void headlessCommandsAndTheWindowGetTheirOwnJavaOptions() throws Exception {
        String script = Files.readString(installed);
        Files.writeString(installed, script
                .replaceAll("(?m)^HEADLESS_JVM_OPTIONS\\+=.*\n", "")
                .replaceAll("(?m)^HEADLESS_JVM_OPTIONS=.*$", "HEADLESS_JVM_OPTIONS=\"-Dfor=commands\"")
                .replace("WINDOW_JVM_OPTIONS=\"\"", "WINDOW_JVM_OPTIONS=\"-Dfor=window -Dsecond=option\""));

        assertEquals(List.of("-Dfor=commands"), optionsBeforeJar(launch(installed, folder, "check", "x.geojson")));
        assertEquals(List.of("-Dfor=commands"), optionsBeforeJar(launch(installed, folder, "--help")));
        assertEquals(List.of("-Dfor=window", "-Dsecond=option"),
                optionsBeforeJar(launch(installed, folder, "layout.geojson")));
        assertEquals(List.of("-Dfor=window", "-Dsecond=option"), optionsBeforeJar(launch(installed, folder)));
    }

    @Test
    void knowsEveryHeadlessCommandOfMain() throws IOException {
        String line = Files.readAllLines(SCRIPT).stream().filter(l -> l.startsWith("HEADLESS_COMMANDS=")).findFirst()
                .orElseThrow();
        Set<String> listed = new TreeSet<>(Arrays.asList(line.replaceAll(".*=\"(.*)\"", "$1").trim().split(" +")));

        Set<String> expected = new TreeSet<>(Main.commandLine().getSubcommands().keySet());
        expected.addAll(List.of("-h", "--help", "-V", "--version"));
        assertEquals(expected, listed);
    }

    private static List<String> optionsBeforeJar(List<String> seen) {
        return seen.subList(0, seen.indexOf("-jar"));
    }
}
