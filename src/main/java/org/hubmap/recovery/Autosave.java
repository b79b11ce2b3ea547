package org.hubmap.recovery;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.hubmap.document.DocumentChange;
import org.hubmap.document.DocumentListener;
import org.hubmap.document.LayoutDocument;
import org.hubmap.io.FileStorage;
import org.hubmap.io.LayoutStorage;
import org.hubmap.model.Layout;

/**
 * Keeps one document's unsaved state in an entry of the recovery area. The document's thread only notes the
 * immutable layout it now has and the number of edits, which costs next to nothing; the area's writer thread
 * writes the latest state a moment later (the area's delay, longer for a layout slow to write: see
 * {@link WritePacing}), so a burst of edits is written once, and a state is on disk within that delay plus one
 * write of the last change. A save that leaves nothing unsaved, or an undo back
 * to the saved state, removes the entry at once; {@link #discard} removes it for good, as when the user does not
 * save; {@link #close} stops and leaves it, as a crash would.
 */
public final class Autosave implements DocumentListener {
    /** What is to be written next: the layout and its description, or {@link #REMOVE}. */
    private record Snapshot(Layout layout, String location, String name, long edits, String storedVersion) {
    }

    private static final Snapshot REMOVE = new Snapshot(null, null, null, 0, null);

    private final LayoutDocument document;
    private final EntryFolder entry;
    private final ScheduledExecutorService writer;
    private final WritePacing pacing;
    private final Clock clock;
    private final AtomicReference<Snapshot> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean stopped;
    private final Consumer<String> problems;
    private volatile String problem;
    /** Edits since the layout was last read or saved; kept on the document's thread. */
    private long edits;
    /** The number of the last snapshot written; kept on the writer thread. */
    private long generation;

    Autosave(LayoutDocument document, EntryFolder entry, long editsBefore, long generation,
            ScheduledExecutorService writer, long delayMillis, Clock clock, Consumer<String> problems) {
        this.document = document;
        this.entry = entry;
        this.edits = editsBefore;
        this.generation = generation;
        this.writer = writer;
        this.pacing = new WritePacing(delayMillis);
        this.problems = problems;
        this.clock = clock;
    }

    /** Starts following the document; a document already modified is written a moment later. */
    void start() {
        document.addListener(this);
        if (document.isModified()) {
            offer(snapshotOf(document.layout()), pacing.delayMillis());
        }
    }

    /** The entry's name in the recovery area. */
    public String id() {
        return entry.id();
    }

    @Override
    public void documentChanged(DocumentChange change) {
        if (stopped) {
            return;
        }
        if (change.featuresChanged()) {
            edits++;
        }
        if (!change.modifiedAfter()) {
            edits = 0;
            offer(REMOVE, 0);
        } else if (change.featuresChanged() || change.cause() == DocumentChange.Cause.SAVED) {
            offer(snapshotOf(change.after().layout()), pacing.delayMillis());
        }
    }

    /**
     * What went wrong with the last write, if it failed: autosave keeps trying with the next change. The area's
     * listener for problems is told of the first failure after a success.
     */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Completes once every state handed over so far has been written or removed, at once rather than later. */
    public CompletableFuture<Void> flush() {
        return CompletableFuture.runAsync(this::writePending, writer);
    }

    /** Stops following the document and removes the entry: the user chose not to keep these edits. */
    public CompletableFuture<Void> discard() {
        stop();
        return CompletableFuture.runAsync(() -> {
            try {
                entry.delete();
            } catch (IOException e) {
                report(entry.folder() + ": could not be removed: " + e.getMessage());
            }
        }, writer);
    }

    /** Stops following the document and gives up the entry's lock, leaving what was written last. */
    public CompletableFuture<Void> close() {
        stop();
        return CompletableFuture.runAsync(() -> {
            try {
                entry.unlock();
            } catch (IOException e) {
                report(entry.folder() + ": " + e.getMessage());
            }
        }, writer);
    }

    private void stop() {
        stopped = true;
        document.removeListener(this);
        pending.set(null);
    }

    private Snapshot snapshotOf(Layout layout) {
        String location = document.storage().map(Autosave::locationOf).orElse(null);
        String version = document.storage().flatMap(LayoutStorage::version).orElse(null);
        return new Snapshot(layout, location, document.name(), edits, version);
    }

    /**
     * Where {@code storage} keeps the layout, as the entry names it: a file's absolute path, so that it is found
     * again from any folder; any other storage's location as it gives it (a shared store's address and layout).
     */
    private static String locationOf(LayoutStorage storage) {
        return storage instanceof FileStorage file ? file.file().toAbsolutePath().normalize().toString()
                : storage.location();
    }

    private void offer(Snapshot snapshot, long delay) {
        pending.set(snapshot);
        try {
            if (delay == 0) {
                writer.execute(this::writePending);
            } else if (scheduled.compareAndSet(false, true)) {
                writer.schedule(this::writePending, delay, TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException e) {
            // The area is closed, as the app is closing: nothing more is kept.
            stopped = true;
        }
    }

    /** Writes the latest state handed over, on the writer thread. */
    private void writePending() {
        scheduled.set(false);
        Snapshot snapshot = pending.getAndSet(null);
        if (snapshot == null || stopped) {
            return;
        }
        try {
            if (snapshot == REMOVE) {
                entry.delete();
            } else {
                write(snapshot);
            }
            problem = null;
        } catch (IOException | RuntimeException e) {
            report(entry.folder() + ": the unsaved changes of " + snapshot.name() + " could not be kept: "
                    + e.getMessage());
        }
    }

    /** Notes a failed write and tells the area's listener, on the writer thread, once until a write succeeds. */
    private void report(String message) {
        boolean first = problem == null;
        problem = message;
        if (first) {
            problems.accept(message);
        }
    }

    private void write(Snapshot snapshot) throws IOException {
        if (!entry.lock()) {
            throw new IOException("the entry is locked by another process");
        }
        generation++;
        long started = System.nanoTime();
        entry.write(snapshot.layout(), new RecoveryEntry(entry.id(), snapshot.layout().title(), snapshot.location(),
                snapshot.name(), clock.instant(), snapshot.edits(), snapshot.storedVersion()), generation);
        pacing.written(System.nanoTime() - started);
    }
}
