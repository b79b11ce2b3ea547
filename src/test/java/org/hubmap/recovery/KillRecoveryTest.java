package org.hubmap.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hubmap.io.LayoutReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process editing a layout with autosave on is killed (SIGKILL) at random moments, many times. Each time, what
 * the next start recovers is a state the process reached, and the user's file is a state it reached too, whole,
 * with its mode and owner unchanged.
 */
class KillRecoveryTest {
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson");
    private static final int ITERATIONS = 20;
    private static final Set<PosixFilePermission> MODE = PosixFilePermissions.fromString("rw-r-----");

    @TempDir
    Path folder;

    @Test
    void everyRestartRecoversAStateTheKilledProcessReached() throws Exception {
        Random random = new Random(20261207);
        int recovered = 0;
        int midWrite = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            Path run = Files.createDirectory(folder.resolve("run-" + i));
            Path file = run.resolve("plan.geojson");
            Files.copy(SAMPLE, file);
            Files.setPosixFilePermissions(file, MODE);
            Object owner = Files.readAttributes(file, PosixFileAttributes.class).owner();
            Path recovery = run.resolve("recovery");
            Set<String> states = runAndKill(file, recovery, random.nextLong(), 1 + random.nextInt(300));

            byte[] saved = Files.readAllBytes(file);
            LayoutReader.read(file);
            assertTrue(states.contains(LayoutBytes.digest(saved)), "run " + i + ": the file is a state reached");
            PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class);
            assertEquals(MODE, attributes.permissions(), "run " + i);
            assertEquals(owner, attributes.owner(), "run " + i);

            midWrite += leftTemporaries(recovery) ? 1 : 0;
            try (RecoveryArea area = new RecoveryArea(recovery)) {
                RecoveryScan scan = area.scan();
                for (String problem : scan.problems()) {
                    assertTrue(problem.contains("was being written"), "run " + i + ": " + problem);
                    assertTrue(states.contains(LayoutBytes.digest(Files.readAllBytes(keptAside(recovery)))),
                            "run " + i + ": the snapshot kept aside is a state reached");
                }
                assertTrue(scan.entries().size() <= 1, "run " + i + ": " + scan.entries());
                for (RecoveryEntry entry : scan.entries()) {
                    String digest = LayoutBytes.digest(area.restore(entry).layout());
                    assertTrue(states.contains(digest), "run " + i + ": recovered a state never reached");
                    assertEquals(file.toAbsolutePath().normalize().toString(), entry.location());
                    recovered++;
                }
            }
        }
        assertTrue(recovered > 0, "no run left anything to recover");
        System.out.printf("Killed %d times: %d left an entry to recover, %d were killed while writing one%n",
                ITERATIONS, recovered, midWrite);
    }

    /** The one snapshot moved aside into the recovery area's corrupt/ folder. */
    private static Path keptAside(Path recovery) throws Exception {
        try (Stream<Path> files = Files.walk(recovery.resolve(RecoveryArea.CORRUPT))) {
            return files.filter(f -> f.getFileName().toString().matches("layout-\\d+\\.geojson")).findFirst()
                    .orElseThrow();
        }
    }

    /** Whether a write into the recovery area was under way when the process was killed. */
    private static boolean leftTemporaries(Path recovery) throws Exception {
        if (!Files.isDirectory(recovery)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(recovery)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"));
        }
    }

    /**
     * Starts the editing process, kills it once it has announced {@code killAfter} states, and returns every state
     * it announced, read to the end of its output.
     */
    private static Set<String> runAndKill(Path file, Path recovery, long seed, int killAfter) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process editor = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AutosavingEditorProcess.class.getName(), file.toString(), recovery.toString(), Long.toString(seed))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Set<String> states = new HashSet<>();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(editor.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            boolean killed = false;
            while ((line = output.readLine()) != null) {
                if (line.startsWith("STATE ")) {
                    states.add(line.substring("STATE ".length()));
                }
                if (!killed && states.size() >= killAfter) {
                    // SIGKILL through the handle, which leaves the output open to be read to its end.
                    editor.toHandle().destroyForcibly();
                    killed = true;
                }
            }
            assertTrue(killed, "the editor ended before it was killed");
        } finally {
            editor.destroyForcibly();
            assertTrue(editor.waitFor(60, TimeUnit.SECONDS));
        }
        return states;
    }
}
