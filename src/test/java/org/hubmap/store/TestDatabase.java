package org.hubmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway PostgreSQL server with PostGIS for the shared store's tests, which run against a real server, never a
 * mock.
 *
 * <p>The server is the one named by the environment variable {@code HUBMAP_TEST_DATABASE}, a libpq URI such as
 * {@code postgresql://hubmap@127.0.0.1:5433/hubmap_test} (CI sets it from {@code .ci/postgres start}). Without it,
 * the first call starts a server of its own with {@code .ci/postgres start} in a temporary folder, once per JVM, and
 * a shutdown hook stops it with {@code .ci/postgres stop}. When neither works the tests fail, saying so; they are
 * never skipped.
 *
 * <p>Each test class can take a database of its own from {@link #freshDatabase()}, so that it does not see the
 * layouts of another. Roles are not per database but shared by the whole server: a test that creates roles should
 * name them after its database and drop them when done.
 */
public final class TestDatabase {
    private static final String ENVIRONMENT_VARIABLE = "HUBMAP_TEST_DATABASE";

    private static final long START_TIMEOUT_SECONDS = 180;
    private static final long STOP_TIMEOUT_SECONDS = 60;

    private static String uri;
    private static RuntimeException startFailure;

    private TestDatabase() {
    }

    /**
     * The libpq URI of the test database, {@code postgresql://USER@HOST:PORT/DATABASE}, starting the server on the
     * first call when {@code HUBMAP_TEST_DATABASE} is not set.
     *
     * @throws IllegalStateException when {@code HUBMAP_TEST_DATABASE} is not such a URI or no server could be started
     */
    public static synchronized String uri() {
        if (uri == null) {
            // A failed start is not tried again by every test, each waiting for it to fail.
            if (startFailure != null) {
                throw new IllegalStateException(startFailure.getMessage(), startFailure);
            }
            String given = System.getenv(ENVIRONMENT_VARIABLE);
            try {
                uri = given != null && !given.isBlank() ? fromEnvironment(given.strip()) : startServer();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return uri;
    }

    /** The test database's JDBC URL, {@code jdbc:postgresql://HOST:PORT/DATABASE}. */
    public static String jdbcUrl() {
        return jdbcUrl(uri());
    }

    /** The JDBC URL, {@code jdbc:postgresql://HOST:PORT/DATABASE}, of a libpq URI such as {@link #uri()} gives. */
    public static String jdbcUrl(String libpqUri) {
        URI parsed = parse(libpqUri);
        int port = parsed.getPort() == -1 ? 5432 : parsed.getPort();
        return "jdbc:postgresql://" + parsed.getHost() + ":" + port + parsed.getPath();
    }

    /** The user the test database's URI names, a superuser: {@code hubmap} on servers {@code .ci/postgres} starts. */
    public static String user() {
        return credentials(uri()).getProperty("user");
    }

    /** A new connection to the test database as its superuser; the caller closes it. */
    public static Connection connect() throws SQLException {
        return connect(uri());
    }

    /** A new connection, as the user it names, to the database of a libpq URI as {@link #freshDatabase()} gives. */
    public static Connection connect(String libpqUri) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(libpqUri), credentials(libpqUri));
    }

    /**
     * Creates an empty database with PostGIS on the test server, named {@code t_} and random letters and digits, and
     * returns its libpq URI. It is left for the server's end, since that server is thrown away.
     */
    public static String freshDatabase() throws SQLException {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        URI server = parse(uri());
        String fresh;
        try {
            fresh = new URI(server.getScheme(), server.getUserInfo(), server.getHost(), server.getPort(), "/" + name,
                    server.getQuery(), null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot name database " + name + " on " + server, e);
        }
        try (Connection connection = connect(fresh); Statement statement = connection.createStatement()) {
            statement.execute("create extension postgis");
        }
        return fresh;
    }

    private static String fromEnvironment(String given) {
        try {
            return parse(given).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(ENVIRONMENT_VARIABLE + ": " + e.getMessage(), e);
        }
    }

    private static URI parse(String libpqUri) {
        URI parsed;
        try {
            parsed = new URI(libpqUri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(notAUri(libpqUri), e);
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        if (!List.of("postgresql", "postgres").contains(scheme) || parsed.getHost() == null
                || parsed.getUserInfo() == null || parsed.getPath() == null || parsed.getPath().length() < 2) {
            throw new IllegalArgumentException(notAUri(libpqUri));
        }
        return parsed;
    }

    private static String notAUri(String libpqUri) {
        return "\"" + libpqUri + "\" is not a database URI like postgresql://USER@HOST:PORT/DATABASE";
    }

    private static Properties credentials(String libpqUri) {
        String userInfo = parse(libpqUri).getUserInfo();
        int colon = userInfo.indexOf(':');
        Properties credentials = new Properties();
        credentials.setProperty("user", colon < 0 ? userInfo : userInfo.substring(0, colon));
        if (colon >= 0) {
            credentials.setProperty("password", userInfo.substring(colon + 1));
        }
        return credentials;
    }

    private static String startServer() {
        // Surefire runs tests in the project folder and also names it in the property basedir.
        Path project = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path script = project.resolve(".ci/postgres").toAbsolutePath();
        if (!Files.isRegularFile(script)) {
            throw cannotStart("there is no " + script + " to start one with");
        }
        Path folder;
        try {
            folder = Files.createTempDirectory("hubmap-postgres");
        } catch (IOException e) {
            throw cannotStart("no temporary folder for it: " + e);
        }
        // Registered before the start, so that a server left by a start that failed part way is stopped too.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopServer(script, folder), "test database stop"));
        Result result = run(script, "start", folder, START_TIMEOUT_SECONDS);
        String started = result.output().strip();
        if (result.exitCode() != 0 || started.isEmpty()) {
            throw cannotStart(script + " start " + folder + " failed (exit " + result.exitCode() + "):\n"
                    + result.errors().strip());
        }
        return started;
    }

    private static void stopServer(Path script, Path folder) {
        Result result = run(script, "stop", folder, STOP_TIMEOUT_SECONDS);
        if (result.exitCode() != 0) {
            System.err.println(script + " stop " + folder + " failed:\n" + result.errors().strip());
        }
    }

    private static IllegalStateException cannotStart(String why) {
        return new IllegalStateException("The shared store's tests need a PostgreSQL server with PostGIS and could not"
                + " start one: " + why + "\nInstall the Debian packages postgresql-15 and postgresql-15-postgis-3,"
                + " or set " + ENVIRONMENT_VARIABLE + " to a server's URI, postgresql://USER@HOST:PORT/DATABASE.");
    }

    private record Result(int exitCode, String output, String errors) {
    }

    private static Result run(Path script, String verb, Path folder, long timeoutSeconds) {
        Process process;
        try {
            process = new ProcessBuilder("bash", script.toString(), verb, folder.toString()).start();
        } catch (IOException e) {
            return new Result(-1, "", "cannot run bash: " + e);
        }
        // Both streams are read while the script runs, so that neither fills its pipe and stalls it, and neither
        // keeps the wait below from giving up on a script that hangs.
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "", "no answer within " + timeoutSeconds + " s\n" + errors.getNow(""));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return new Result(-1, "", "interrupted");
        }
        return new Result(process.exitValue(), output.join(), errors.join());
    }

    private static String readAll(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
