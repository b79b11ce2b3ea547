package org.hubmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of a test's own, started by {@code .ci/postgres} in a folder of its own, for tests that kill
 * or freeze the server under their clients, which the shared test server must not suffer. Closing it stops it and
 * removes its folder.
 */
final class ThrowawayServer implements AutoCloseable {
    private static final long SCRIPT_SECONDS = 180;

    private final Path folder;
    private final DatabaseAddress address;

    private ThrowawayServer(Path folder, DatabaseAddress address) {
        this.folder = folder;
        this.address = address;
    }

    /** Starts a server in a new folder under the temporary folder, where the server's user can reach it. */
    static ThrowawayServer start() throws Exception {
        Path folder = Files.createTempDirectory("hubmap-server");
        try {
            return new ThrowawayServer(folder, DatabaseAddress.parse(script("start", folder)));
        } catch (Exception | AssertionError e) {
            script("stop", folder);
            throw e;
        }
    }

    /** Its database, as its superuser. */
    DatabaseAddress address() {
        return address;
    }

    /** Stops it at once, as a crash would; what was committed and written out survives. */
    void kill() throws Exception {
        script("kill", folder);
    }

    /** Starts it again after {@link #kill}, on the same port. */
    void restart() throws Exception {
        script("restart", folder);
    }

    /** Stops its processes where they are: connections stay open and nothing answers. */
    void freeze() throws Exception {
        script("freeze", folder);
    }

    /** Lets the processes {@link #freeze} stopped go on. */
    void thaw() throws Exception {
        script("thaw", folder);
    }

    @Override
    public void close() throws Exception {
        script("stop", folder);
    }

    /** Runs {@code .ci/postgres VERB FOLDER}; what it printed. */
    private static String script(String verb, Path folder) throws Exception {
        Path project = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path output = Files.createTempFile("hubmap-postgres", ".out");
        Path errors = Files.createTempFile("hubmap-postgres", ".err");
        try {
            Process process = new ProcessBuilder("bash", project.resolve(".ci/postgres").toString(), verb,
                    folder.toString()).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
            if (!process.waitFor(SCRIPT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(".ci/postgres " + verb + " gave no answer within " + SCRIPT_SECONDS + " s");
            }
            assertEquals(0, process.exitValue(), () -> ".ci/postgres " + verb + " failed: " + read(errors));
            return Files.readString(output, StandardCharsets.UTF_8).strip();
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
