package org.hubmap.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.ReadProgress;
import org.hubmap.store.DatabaseAddress;
import org.hubmap.store.SharedStore;
import org.hubmap.store.StoreException;

/**
 * Pushes a layout file into a shared store and pulls one out, as one process each, for bench/db.sh to time against
 * ogr2ogr. The store's own commands (`hubmap db ...`) will do the same; until they exist, this is how the benchmark
 * reaches {@link SharedStore}.
 *
 * <p>Usage: {@code StoreTransfer init URI}, {@code StoreTransfer push FILE URI NAME}, {@code StoreTransfer pull URI
 * NAME OUT}, where URI is a libpq URI such as {@code postgresql://hubmap@127.0.0.1:5432/bench}.
 */
public final class StoreTransfer {
    private StoreTransfer() {
    }

    public static void main(String[] args) throws IOException {
        try {
            System.out.println(run(args));
        } catch (StoreException | LayoutFormatException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private static String run(String[] args) throws IOException {
        String usage = "usage: StoreTransfer init URI | push FILE URI NAME | pull URI NAME OUT";
        if (args.length == 0) {
            throw new IllegalArgumentException(usage);
        }
        switch (args[0]) {
            case "init" -> {
                expect(args, 2, usage);
                try (SharedStore store = SharedStore.connect(DatabaseAddress.parse(args[1]))) {
                    return String.join("\n", store.initialise(List.of(), List.of()));
                }
            }
            case "push" -> {
                expect(args, 4, usage);
                try (SharedStore store = SharedStore.connect(DatabaseAddress.parse(args[2]))) {
                    SharedStore.PushReport report = store.push(Path.of(args[1]), args[3], ReadProgress.NONE);
                    return args[3] + ": " + report.added() + " features added";
                }
            }
            case "pull" -> {
                expect(args, 4, usage);
                try (SharedStore store = SharedStore.connect(DatabaseAddress.parse(args[1]));
                        OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[3])),
                                1 << 16)) {
                    return args[2] + ": " + store.pull(args[2], out) + " features written";
                }
            }
            default -> throw new IllegalArgumentException(usage);
        }
    }

    private static void expect(String[] args, int count, String usage) {
        if (args.length != count) {
            throw new IllegalArgumentException(usage);
        }
    }
}
