package org.hubmap.recovery;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hubmap.document.LayoutDocument;
import org.hubmap.io.FileStorage;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;

/**
 * The folder that holds the unsaved edits of every open layout, one entry each, in the user's settings folder:
 * {@code $XDG_CONFIG_HOME/hubmap/recovery}, or {@code ~/.config/hubmap/recovery} without it, unless the system
 * property {@value #FOLDER_PROPERTY} names another. It gives each document an {@link Autosave}, and on the next
 * start lists the entries no running HubMap holds ({@link #scan}), restores them and discards them. Entries that
 * cannot be read are moved to {@code corrupt/} inside it and reported, never deleted.
 *
 * <p>All writing happens on one background thread of the area's own, which {@link #close} ends once what was
 * handed to it is written.
 */
public final class RecoveryArea implements AutoCloseable {
    /** The system property that names another folder for the recovery area. */
    public static final String FOLDER_PROPERTY = "hubmap.recovery.dir";
    /** How long after a change its state is written, so that a burst of edits is written once. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
    static final String CORRUPT = "corrupt";
    private static final int CLOSING_SECONDS = 10;

    private final Path folder;
    private final long delayMillis;
    private final Clock clock;
    private volatile Consumer<String> problems = problem -> { };
    private final ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "autosave");
        thread.setDaemon(true);
        return thread;
    });

    /** The area in {@code folder}, writing each change {@code delay} after it. */
    public RecoveryArea(Path folder, Duration delay, Clock clock) {
        this.folder = folder;
        this.delayMillis = Math.max(1, delay.toMillis());
        this.clock = clock;
        // On closing, removals and writes handed over are done; snapshots still waiting for their delay are not.
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** The area in {@code folder}, writing each change a second after it. */
    public RecoveryArea(Path folder) {
        this(folder, DEFAULT_DELAY, Clock.systemUTC());
    }

    /** The area where the user's settings are kept, as the class description says. */
    public static RecoveryArea inSettingsFolder() {
        return new RecoveryArea(settingsFolder(System.getProperty(FOLDER_PROPERTY), System.getenv(),
                System.getProperty("user.home")));
    }

    /**
     * Where the area is: {@code property} when set, else under {@code XDG_CONFIG_HOME} from {@code environment}
     * when that is an absolute path (as the XDG specification asks), else under {@code home}'s {@code .config}.
     */
    static Path settingsFolder(String property, Map<String, String> environment, String home) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String config = environment.get("XDG_CONFIG_HOME");
        Path base = config != null && Path.of(config).isAbsolute() ? Path.of(config) : Path.of(home, ".config");
        return base.resolve("hubmap").resolve("recovery");
    }

    public Path folder() {
        return folder;
    }

    /**
     * Tells {@code listener}, on the writer thread, when an autosave cannot keep a layout's changes (a full disk, a
     * folder that may not be written), in a sentence naming the folder; once until that autosave writes again.
     */
    public void onProblem(Consumer<String> listener) {
        problems = listener;
    }

    /** Starts keeping {@code document}'s unsaved state in a new entry. */
    public Autosave autosave(LayoutDocument document) {
        String id = clock.instant().toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Autosave autosave = new Autosave(document, new EntryFolder(folder.resolve(id)), 0, 0, writer, delayMillis,
                clock, this::report);
        autosave.start();
        return autosave;
    }

    private void report(String problem) {
        problems.accept(problem);
    }

    /**
     * Keeps {@code document}, restored from {@code entry}, in that same entry from now on, so that the edits stay
     * kept until they are saved or discarded.
     *
     * @throws IOException when the entry is held by another process or cannot be locked
     */
    public Autosave resume(LayoutDocument document, RecoveryEntry entry) throws IOException {
        EntryFolder folderOf = new EntryFolder(folder.resolve(entry.id()));
        if (!folderOf.lock()) {
            throw new IOException(folderOf.folder() + ": in use by another HubMap");
        }
        Autosave autosave = new Autosave(document, folderOf, entry.edits(), folderOf.lastGeneration(), writer,
                delayMillis, clock, this::report);
        autosave.start();
        return autosave;
    }

    /**
     * The entries no running HubMap holds, oldest first. An entry that was never completely written holds nothing
     * and is removed; one whose description cannot be read is moved aside and reported.
     */
    public RecoveryScan scan() throws IOException {
        List<RecoveryEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path each : entryFolders()) {
            EntryFolder entry = new EntryFolder(each);
            if (!entry.lock()) {
                continue;
            }
            try {
                if (!entry.described()) {
                    incomplete(entry).ifPresent(problems::add);
                    continue;
                }
                entries.add(entry.read());
            } catch (EntryFolder.EntryProblem e) {
                problems.add(e.getMessage() + "; kept in " + entry.moveAside(folder.resolve(CORRUPT)));
            } finally {
                entry.unlock();
            }
        }
        entries.sort(Comparator.comparing(RecoveryEntry::savedAt));
        return new RecoveryScan(entries, problems);
    }

    /**
     * Removes an entry whose first snapshot was never described, as when the process was killed while writing it:
     * it is removed when it holds no layout, and otherwise moved aside, since its layout may be the only copy of
     * some changes; the sentence says so.
     */
    private Optional<String> incomplete(EntryFolder entry) throws IOException {
        if (entry.lastGeneration() == 0) {
            entry.delete();
            return Optional.empty();
        }
        return Optional.of(entry.folder() + ": was being written when HubMap stopped, and does not say which layout"
                + " it belongs to; it is kept in " + entry.moveAside(folder.resolve(CORRUPT)));
    }

    /**
     * The layout {@code entry} holds, exactly as it was last written. The entry stays until it is discarded or
     * {@linkplain #resume resumed} and then saved.
     *
     * @throws CorruptEntryException when it cannot be read; it has then been moved aside, as the message says
     * @throws IOException when another HubMap holds it, or it is gone
     */
    public RecoveredLayout restore(RecoveryEntry entry) throws IOException {
        EntryFolder folderOf = new EntryFolder(folder.resolve(entry.id()));
        if (!Files.isDirectory(folderOf.folder())) {
            throw new NoSuchFileException(folderOf.folder().toString(), null, "no longer in the recovery area");
        }
        if (!folderOf.lock()) {
            throw new IOException(folderOf.folder() + ": in use by another HubMap");
        }
        try {
            return new RecoveredLayout(entry, folderOf.readLayout(entry));
        } catch (EntryFolder.EntryProblem e) {
            Path aside = folderOf.moveAside(folder.resolve(CORRUPT));
            throw new CorruptEntryException(e.getMessage() + "; the entry is kept in " + aside);
        } finally {
            folderOf.unlock();
        }
    }

    /**
     * Restores {@code entry} as a document to edit on: its changes laid, unsaved, over its file as it is now, so
     * that saving writes to that file, and kept in the same entry from now on. A change made to the file since the
     * changes were kept counts as someone else's, so saving asks before it overwrites it. A file gone or no longer
     * readable leaves the changes laid over nothing, to be saved again; the warnings say so.
     *
     * @throws CorruptEntryException when the entry cannot be read; it has then been moved aside
     * @throws IOException when another HubMap holds it, or it is gone
     */
    public ReopenedLayout reopen(RecoveryEntry entry) throws IOException {
        RecoveredLayout recovered = restore(entry);
        List<String> warnings = new ArrayList<>();
        if (entry.file().filter(RecoveryArea::isSharedLocation).isPresent()) {
            // Laid over the stored layout as it is now, these edits would be saved over whatever others changed
            // since: they come back as a new layout instead, to be merged into the shared one or saved as a file.
            warnings.add(entry.file().get() + ": these unsaved changes to a shared layout are restored as a new"
                    + " layout; open the shared layout from the database and compare them with it, or save them as"
                    + " a file");
            LayoutDocument document = LayoutDocument.restored(null, null, recovered.layout(), entry.name());
            return new ReopenedLayout(document, resume(document, entry), warnings);
        }
        FileStorage storage = entry.file().map(Path::of).map(FileStorage::new).orElse(null);
        Layout stored = null;
        if (storage != null && Files.exists(storage.file())) {
            try {
                stored = storage.read(ReadProgress.NONE).layout();
                if (entry.storedVersion() != null) {
                    storage.assumeVersion(entry.storedVersion());
                }
            } catch (LayoutFormatException e) {
                warnings.add(e.getMessage() + " (saving the restored layout replaces it)");
            }
        }
        LayoutDocument document = LayoutDocument.restored(storage, stored, recovered.layout(), entry.name());
        return new ReopenedLayout(document, resume(document, entry), warnings);
    }

    /** Whether {@code location} is a shared store's, such as {@code postgresql://...}, rather than a file's. */
    static boolean isSharedLocation(String location) {
        return location.startsWith("postgresql://") || location.startsWith("postgres://");
    }

    /** Removes {@code entry}: the user chose not to restore it. Nothing happens when it is gone already. */
    public void discard(RecoveryEntry entry) throws IOException {
        EntryFolder folderOf = new EntryFolder(folder.resolve(entry.id()));
        if (Files.isDirectory(folderOf.folder()) && folderOf.lock()) {
            folderOf.delete();
        }
    }

    /**
     * Ends the writer thread once it has done what was handed over to do at once, such as removing discarded
     * entries, waiting up to {@value #CLOSING_SECONDS} seconds for it: the writer's thread does not keep the
     * process alive, so an entry the user discarded on quitting would otherwise be left to be offered again.
     * Snapshots still waiting for their delay are not written; autosaves still open stop writing.
     */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(CLOSING_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Path> entryFolders() throws IOException {
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().equals(CORRUPT)) {
                    folders.add(entry);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return folders;
    }
}
