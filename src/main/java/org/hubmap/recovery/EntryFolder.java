package org.hubmap.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.LayoutWriter;
import org.hubmap.io.ReadProgress;
import org.hubmap.io.SafeFileWriter;
import org.hubmap.io.WriteOptions;
import org.hubmap.model.Layout;

/**
 * The files of one entry of the recovery area, in a folder of its own: the layout as its file would be saved
 * ({@code layout-N.geojson}, N counting the snapshots), a description naming the layout's file and what it holds
 * ({@code entry.properties}), and a lock file its autosave holds a lock on while it runs. A snapshot writes the
 * new layout file, then the description naming it, each safely, then removes the old layout file: whenever the
 * process is killed, the description names a complete layout.
 */
final class EntryFolder {
    static final String DESCRIPTION = "entry.properties";
    private static final String LOCK = "lock";
    private static final String LAYOUT_PREFIX = "layout-";
    private static final String LAYOUT_SUFFIX = ".geojson";
    private static final String FORMAT = "1";

    private final Path folder;
    private FileChannel lockChannel;
    private FileLock lock;

    EntryFolder(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    String id() {
        return folder.getFileName().toString();
    }

    /**
     * Takes the entry's lock, making its folder if need be; false when another process, or another holder in this
     * one, has it.
     */
    boolean lock() throws IOException {
        if (lock != null) {
            return true;
        }
        Files.createDirectories(folder);
        ownerOnly(folder);
        FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock taken = channel.tryLock();
            if (taken != null) {
                lockChannel = channel;
                lock = taken;
                return true;
            }
        } catch (OverlappingFileLockException e) {
            // Held by an autosave of this very process: the layout is open here.
        }
        channel.close();
        return false;
    }

    void unlock() throws IOException {
        if (lockChannel != null) {
            lockChannel.close();
        }
        lockChannel = null;
        lock = null;
    }

    /** Writes {@code layout} as snapshot {@code generation}, described by {@code entry}. */
    void write(Layout layout, RecoveryEntry entry, long generation) throws IOException {
        Path layoutFile = folder.resolve(LAYOUT_PREFIX + generation + LAYOUT_SUFFIX);
        SafeFileWriter.write(layoutFile, false, out -> new LayoutWriter(WriteOptions.SHORTEST).write(layout, out));
        Properties description = new Properties();
        description.setProperty("format", FORMAT);
        description.setProperty("title", entry.title());
        if (entry.location() != null) {
            description.setProperty("location", entry.location());
        }
        description.setProperty("name", entry.name());
        description.setProperty("savedAt", entry.savedAt().toString());
        description.setProperty("edits", Long.toString(entry.edits()));
        description.setProperty("layout", layoutFile.getFileName().toString());
        if (entry.storedVersion() != null) {
            description.setProperty("version", entry.storedVersion());
        }
        SafeFileWriter.write(folder.resolve(DESCRIPTION), false, out -> description.store(out, null));
        for (Path old : layoutFiles()) {
            if (!old.equals(layoutFile)) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** The highest snapshot number among the layout files here; 0 when there are none. */
    long lastGeneration() throws IOException {
        long last = 0;
        for (Path file : layoutFiles()) {
            String name = file.getFileName().toString();
            try {
                last = Math.max(last, Long.parseLong(name.substring(LAYOUT_PREFIX.length(),
                        name.length() - LAYOUT_SUFFIX.length())));
            } catch (NumberFormatException e) {
                // Not a name this class gives; not a snapshot.
            }
        }
        return last;
    }

    /** Whether a description was written: an entry without one was never complete, and holds nothing to offer. */
    boolean described() {
        return Files.isRegularFile(folder.resolve(DESCRIPTION));
    }

    /**
     * What the entry holds, as its description says.
     *
     * @throws EntryProblem when the description cannot be read or lacks something
     */
    RecoveryEntry read() throws EntryProblem {
        Path file = folder.resolve(DESCRIPTION);
        Properties description = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            description.load(in);
        } catch (IllegalArgumentException | IOException e) {
            throw new EntryProblem(file + ": cannot be read: " + e.getMessage());
        }
        if (!FORMAT.equals(description.getProperty("format"))) {
            throw new EntryProblem(file + ": not an entry this version of HubMap wrote (format "
                    + description.getProperty("format") + ")");
        }
        for (String key : List.of("title", "name", "savedAt", "edits", "layout")) {
            if (description.getProperty(key) == null) {
                throw new EntryProblem(file + ": \"" + key + "\" is missing");
            }
        }
        try {
            return new RecoveryEntry(id(), description.getProperty("title"), description.getProperty("location"),
                    description.getProperty("name"), Instant.parse(description.getProperty("savedAt")),
                    Long.parseLong(description.getProperty("edits")), description.getProperty("version"));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new EntryProblem(file + ": " + e.getMessage());
        }
    }

    /** Reads the layout the description names, with the title it had. */
    Layout readLayout(RecoveryEntry entry) throws EntryProblem {
        Properties description = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(DESCRIPTION))) {
            description.load(in);
        } catch (IllegalArgumentException | IOException e) {
            throw new EntryProblem(folder.resolve(DESCRIPTION) + ": cannot be read: " + e.getMessage());
        }
        String name = description.getProperty("layout", "");
        if (!name.startsWith(LAYOUT_PREFIX) || !name.endsWith(LAYOUT_SUFFIX) || name.contains("/")) {
            throw new EntryProblem(folder.resolve(DESCRIPTION) + ": \"layout\" names no snapshot: " + name);
        }
        try {
            Layout read = LayoutReader.readWithWarnings(folder.resolve(name), ReadProgress.NONE).layout();
            return new Layout(entry.title(), read.features(), read.collectionMembers(), read.text().orElse(null));
        } catch (LayoutFormatException e) {
            throw new EntryProblem(e.getMessage());
        }
    }

    /**
     * Removes the entry: its description first, so that it is never offered half removed, then its other files and
     * its folder. The lock, if held, is given up last.
     */
    void delete() throws IOException {
        Files.deleteIfExists(folder.resolve(DESCRIPTION));
        for (Path file : files()) {
            if (!file.getFileName().toString().equals(LOCK)) {
                Files.deleteIfExists(file);
            }
        }
        unlock();
        Files.deleteIfExists(folder.resolve(LOCK));
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // Something else was put in it; the entry is gone all the same, as its description is.
        }
    }

    /** Moves the entry, whole, into {@code aside}, under a name no other entry there has; returns where it went. */
    Path moveAside(Path aside) throws IOException {
        unlock();
        Files.createDirectories(aside);
        for (int n = 0; ; n++) {
            Path target = aside.resolve(n == 0 ? id() : id() + "-" + n);
            try {
                return Files.move(folder, target);
            } catch (FileAlreadyExistsException e) {
                // Taken by an entry moved aside before; try the next name.
            }
        }
    }

    private List<Path> layoutFiles() throws IOException {
        List<Path> layouts = new ArrayList<>();
        for (Path file : files()) {
            String name = file.getFileName().toString();
            if (name.startsWith(LAYOUT_PREFIX) && name.endsWith(LAYOUT_SUFFIX)) {
                layouts.add(file);
            }
        }
        return layouts;
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            entries.forEach(files::add);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return files;
    }

    /** Why an entry cannot be read, as a sentence naming the file and, where known, its line and column. */
    static final class EntryProblem extends Exception {
        private static final long serialVersionUID = 1L;

        EntryProblem(String message) {
            super(message);
        }
    }

    /**
     * Lets only the user into the folder: a plan may be classified, and its unsaved changes must not be readable by
     * other users of the machine whatever the umask gives new files.
     */
    private static void ownerOnly(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
