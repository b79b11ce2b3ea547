package org.hubmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hubmap.io.LayoutStorage;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two editors of one shared layout in two processes, as two officers at two desks: this test's JVM and a {@link
 * RemoteEditor} in another. Each sees the other's saves through its watch, and an edit made from a base the other
 * has changed since is refused, not saved over theirs. How long a change took from the start of its save to being
 * fetched on the other side is printed, not asserted: on a loaded machine it varies too much to hold to a figure.
 */
class TwoProcessesTest {
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson");
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final int ROUNDS = 5;
    private static DatabaseAddress address;

    private Process remote;
    private final BlockingQueue<Line> remoteLines = new LinkedBlockingQueue<>();
    private final StringBuffer remoteErrors = new StringBuffer();
    private final BlockingQueue<Seen> seenHere = new LinkedBlockingQueue<>();
    private LayoutStorage.Watch watch;

    @BeforeAll
    static void initialise() throws Exception {
        address = DatabaseAddress.parse(TestDatabase.freshDatabase());
        try (SharedStore store = SharedStore.connect(address)) {
            store.initialise(List.of(), List.of());
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (watch != null) {
            watch.close();
        }
        if (remote != null) {
            remote.getOutputStream().close();
            if (!remote.waitFor(30, TimeUnit.SECONDS)) {
                remote.destroyForcibly();
            }
        }
    }

    @Test
    void eachProcessSeesTheOthersSaves() throws Exception {
        push("seen");
        DatabaseStorage here = DatabaseStorage.of(address, "seen");
        Layout layout = here.read(ReadProgress.NONE).layout();
        watchHere(here);
        startRemote("seen");
        List<Long> thereMillis = new ArrayList<>();
        List<Long> hereMillis = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String mine = key(layout, 0);
            Layout edited = layout.withFeature(0, layout.features().get(0).withProperty("name", "Here " + round));
            Instant saved = Instant.now();
            here.save(edited, layout);
            layout = edited;
            Line seen = awaitRemote("seen " + mine + " Here " + round);
            thereMillis.add(Duration.between(saved, seen.at()).toMillis());

            String theirs = key(layout, 1);
            remote("rename " + theirs + " There " + round);
            Instant savedThere = Instant.parse(awaitRemote("saved ").text().substring("saved ".length()));
            Seen change = awaitHere(theirs);
            assertEquals("There " + round, change.change().feature().name());
            hereMillis.add(Duration.between(savedThere, change.at()).toMillis());
            here.take(change.changes(), List.of(theirs));
            layout = layout.withFeature(1, change.change().feature());
        }
        System.out.println("two processes: a save here was seen there after " + summary(thereMillis)
                + "; a save there was seen here after " + summary(hereMillis));
        assertEquals("There " + (ROUNDS - 1), storedName("seen", 1));
        assertEquals("Here " + (ROUNDS - 1), storedName("seen", 0));
    }

    @Test
    void theSecondOfTwoEditsFromTheSameBaseIsAConflictAndOverwritesNothing() throws Exception {
        push("conflict");
        DatabaseStorage here = DatabaseStorage.of(address, "conflict");
        Layout base = here.read(ReadProgress.NONE).layout();
        startRemote("conflict");
        String first = key(base, 0);
        String second = key(base, 1);

        remote("rename " + first + " There");
        awaitRemote("saved ");
        Layout mine = base.withFeature(0, base.features().get(0).withProperty("name", "Here"));
        FeatureConflictException conflict = assertThrows(FeatureConflictException.class, () -> here.save(mine, base));
        assertTrue(conflict.getMessage().contains("There was changed by someone else"), conflict.getMessage());
        assertEquals("There", storedName("conflict", 0));

        here.save(base.withFeature(1, base.features().get(1).withProperty("name", "Here")), base);
        // The other process has seen the change but not taken it in: its edit is still from the old base.
        awaitRemote("seen " + second + " Here");
        remote("rename " + second + " There");
        Line refused = awaitRemote("conflict ", "saved ", "failed ");
        assertTrue(refused.text().startsWith("conflict ") && refused.text().contains("Here was changed by someone"
                + " else"), refused.text());
        assertEquals("Here", storedName("conflict", 1));

        // Once it took the change in, the same edit goes through.
        remote("take");
        awaitRemote("taken");
        remote("rename " + second + " There");
        awaitRemote("saved ");
        assertEquals("There", storedName("conflict", 1));
    }

    private static void push(String layoutName) throws Exception {
        try (SharedStore store = SharedStore.connect(address)) {
            store.push(SAMPLE, layoutName, ReadProgress.NONE);
        }
    }

    private static String key(Layout layout, int index) {
        return FeatureRow.key(layout.features().get(index).id());
    }

    private static String storedName(String layoutName, int index) throws Exception {
        DatabaseStorage storage = DatabaseStorage.of(address, layoutName);
        try {
            return storage.read(ReadProgress.NONE).layout().features().get(index).name();
        } finally {
            storage.disconnect();
        }
    }

    private void watchHere(DatabaseStorage storage) throws Exception {
        BlockingQueue<Boolean> connected = new LinkedBlockingQueue<>();
        watch = storage.watch(() -> {
            try {
                RemoteChanges changes = storage.fetchChanges();
                Instant at = Instant.now();
                for (RemoteChanges.Change change : changes.changed()) {
                    seenHere.add(new Seen(changes, change, at));
                }
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        }, connected::add);
        assertEquals(Boolean.TRUE, connected.poll(DEADLINE.toSeconds(), TimeUnit.SECONDS),
                "the watch here connects");
    }

    private Seen awaitHere(String key) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            Seen seen = seenHere.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (seen == null) {
                throw new AssertionError("no change to " + key + " was seen here within " + DEADLINE.toSeconds()
                        + " s");
            }
            if (seen.change().key().equals(key)) {
                return seen;
            }
        }
    }

    private void startRemote(String layoutName) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        remote = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RemoteEditor.class.getName(),
                address.toString(), layoutName).start();
        Thread output = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(remote.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    remoteLines.add(new Line(line, Instant.now()));
                }
            } catch (IOException e) {
                remoteLines.add(new Line("failed reading its output: " + e, Instant.now()));
            }
        }, "remote editor output");
        output.setDaemon(true);
        output.start();
        Thread errors = new Thread(() -> {
            try {
                remoteErrors.append(new String(remote.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                remoteErrors.append(e);
            }
        }, "remote editor errors");
        errors.setDaemon(true);
        errors.start();
        awaitRemote("ready");
        awaitRemote("listening");
    }

    private void remote(String command) {
        PrintStream in = new PrintStream(remote.getOutputStream(), true, StandardCharsets.UTF_8);
        in.println(command);
    }

    /** The remote editor's next line starting with one of {@code starts}, skipping others. */
    private Line awaitRemote(String... starts) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        List<String> skipped = new ArrayList<>();
        while (true) {
            Line line = remoteLines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("the other process did not say " + String.join(" or ", starts) + " within "
                        + DEADLINE.toSeconds() + " s; it said " + skipped + (remote.isAlive() ? ""
                        : " and ended with " + remote.exitValue()) + "; its errors: " + remoteErrors);
            }
            for (String start : starts) {
                if (line.text().startsWith(start)) {
                    return line;
                }
            }
            skipped.add(line.text());
        }
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return "min " + sorted.get(0) + " ms, median " + sorted.get(sorted.size() / 2) + " ms, max "
                + sorted.get(sorted.size() - 1) + " ms over " + sorted.size() + " saves";
    }

    private record Line(String text, Instant at) {
    }

    private record Seen(RemoteChanges changes, RemoteChanges.Change change, Instant at) {
    }
}
