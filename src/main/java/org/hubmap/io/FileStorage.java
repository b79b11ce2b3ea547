package org.hubmap.io;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import org.hubmap.model.Layout;

/**
 * A layout kept in a GeoJSON file: read losslessly with its warnings, saved safely (a temporary file renamed into
 * place, the old version kept as {@code .bak}) and losslessly, and watched for changes made by others. Two storages
 * of the same file are equal.
 */
public final class FileStorage implements LayoutStorage {
    private final Path file;
    /** The file's absolute, normal path, by which two storages of one file are equal. */
    private final Path key;
    /** When this storage last saved the file, so that its own saves are not taken for changes by others. */
    private volatile FileTime savedAt;

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

    @Override
    public LayoutReadResult read(ReadProgress progress) throws LayoutFormatException {
        return LayoutReader.readWithWarnings(file, progress);
    }

    @Override
    public void save(Layout layout, Layout base) throws IOException {
        new LayoutWriter(WriteOptions.SHORTEST).save(layout, file);
        savedAt = Files.getLastModifiedTime(file);
    }

    @Override
    public Watch watch(Runnable changed) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
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
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    ours |= event.context() instanceof Path name && name.equals(file.getFileName());
                }
                if (ours && !savedHere()) {
                    changed.run();
                }
                key.reset();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // Closed by the watch's handle: the watch is over.
        }
    }

    /** Whether the file is as this storage last saved it. */
    private boolean savedHere() {
        try {
            FileTime saved = savedAt;
            return saved != null && saved.equals(Files.getLastModifiedTime(file));
        } catch (IOException e) {
            return false;
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
}
