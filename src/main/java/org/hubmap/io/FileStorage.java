package org.hubmap.io;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hubmap.model.Layout;

/**
 * A layout kept in a GeoJSON file: read losslessly with its warnings, saved safely (a temporary file renamed into
 * place, the old version kept as {@code .bak}) and losslessly, and watched for changes made by others. It knows the
 * version of the file (time, size and identity) it last read or saved, so that neither its own saves nor a second
 * event about the same change count as changes by others, and a save never goes over a change it has not seen.
 * Two storages of the same file are equal.
 */
public final class FileStorage implements LayoutStorage {
    private final Path file;
    /** The file's absolute, normal path, by which two storages of one file are equal. */
    private final Path key;
    /** The file as this storage last read or saved it; null before either. */
    private volatile FileVersion known;
    /**
     * Held while saving and while a watch looks at a change, so that a watch never sees the file this storage just
     * wrote before it knows that version as its own.
     */
    private final Object saving = new Object();

    public FileStorage(Path file) {
        this.file = file;
        this.key = file.toAbsolutePath().normalize();
    }

    /** The file, as it was given. */
    public Path file() {
        return file;
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public String location() {
        return file.toString();
    }

    /**
     * Takes the file as it is now for the version about to be read by other means than {@link #read}: a change
     * made after this moment counts as someone else's.
     */
    @Override
    public void noteVersionRead() {
        known = FileVersion.of(key);
    }

    @Override
    public LayoutReadResult read(ReadProgress progress) throws LayoutFormatException {
        // Taken before reading: a change made while reading is then seen as a change, never lost.
        FileVersion before = FileVersion.of(key);
        LayoutReadResult result = LayoutReader.readWithWarnings(file, progress);
        known = before;
        return result;
    }

    @Override
    public List<String> save(Layout layout, Layout base) throws IOException {
        synchronized (saving) {
            SafeFileWriter.ReplaceCheck unchanged = () -> {
                if (base != null && changedElsewhere()) {
                    throw new ChangedElsewhereException(location(), removedElsewhere());
                }
            };
            unchanged.beforeReplacing();
            // Asked again once the new version is written: another program may have saved meanwhile.
            List<String> notKept = new LayoutWriter(WriteOptions.SHORTEST).save(layout, file, unchanged).notKept();
            known = FileVersion.of(key);
            return notKept;
        }
    }

    @Override
    public boolean changedElsewhere() {
        FileVersion seen = known;
        return seen != null && !seen.equals(FileVersion.of(key));
    }

    @Override
    public boolean removedElsewhere() {
        FileVersion seen = known;
        return seen != null && seen != FileVersion.MISSING && FileVersion.of(key) == FileVersion.MISSING;
    }

    @Override
    public Optional<String> version() {
        FileVersion seen = known;
        return seen == null ? Optional.empty() : Optional.of(seen.text());
    }

    @Override
    public void assumeVersion(String version) {
        known = FileVersion.parse(version);
    }

    @Override
    public Watch watch(Runnable changed) throws IOException {
        WatchService service = key.getFileSystem().newWatchService();
        key.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Thread watcher = new Thread(() -> watch(service, changed), "watch " + name());
        watcher.setDaemon(true);
        watcher.start();
        return () -> {
            try {
                service.close();
            } catch (IOException e) {
                // Closing only stops the watch; there is nothing left to tell anyone.
            }
        };
    }

    private void watch(WatchService service, Runnable changed) {
        FileVersion reported = null;
        try {
            while (true) {
                WatchKey event = service.take();
                boolean ours = false;
                for (WatchEvent<?> each : event.pollEvents()) {
                    // By name: the event's path may be of another file system than the file's, as a wrapped one's.
                    ours |= each.context() instanceof Path name
                            && name.toString().equals(file.getFileName().toString());
                }
                boolean report;
                synchronized (saving) {
                    FileVersion now = FileVersion.of(key);
                    report = ours && changedElsewhere() && !Objects.equals(now, reported);
                    if (report) {
                        reported = now;
                    }
                }
                if (report) {
                    changed.run();
                }
                event.reset();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // Closed by the watch's handle: the watch is over.
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileStorage storage && storage.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return file.toString();
    }

    /**
     * A version of a file as the file system tells it apart: when it was last written (in nanoseconds since the
     * epoch), its size and which file it is (a file renamed into place is another one). {@link #MISSING} for no
     * file, {@link #UNKNOWN} for a version that matches none.
     */
    private record FileVersion(long modifiedNanos, long size, String identity) {
        static final FileVersion MISSING = new FileVersion(0, -1, null);
        static final FileVersion UNKNOWN = new FileVersion(0, -2, null);

        static FileVersion of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                Object identity = attributes.fileKey();
                return new FileVersion(nanos(attributes.lastModifiedTime()), attributes.size(),
                        identity == null ? null : identity.toString());
            } catch (IOException e) {
                // Gone, or not to be read: either way not the version last seen.
                return MISSING;
            }
        }

        private static long nanos(FileTime time) {
            Instant instant = time.toInstant();
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        }

        /** As {@link #parse} reads it back. */
        String text() {
            return modifiedNanos + " " + size + " " + identity;
        }

        static FileVersion parse(String text) {
            String[] parts = text.split(" ", 3);
            try {
                return parts.length == 3 ? new FileVersion(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                        parts[2].equals("null") ? null : parts[2]) : UNKNOWN;
            } catch (NumberFormatException e) {
                return UNKNOWN;
            }
        }
    }
}
