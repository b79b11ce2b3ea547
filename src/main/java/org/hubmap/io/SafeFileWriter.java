package org.hubmap.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that it is never seen half written. The new content goes to a temporary file in the same
 * folder, is flushed to disk, and only then renamed over the original, atomically where the file system allows;
 * the previous version is kept beside it as {@code FILE.bak}. Whatever fails before the rename (an exception, a
 * full disk, the process killed) leaves the original untouched and removes the temporary file where it can.
 */
public final class SafeFileWriter {
    private SafeFileWriter() {
    }

    /** Writes what {@code content} produces to {@code target}, keeping the version it replaces as {@code .bak}. */
    public static void write(Path target, ContentWriter content) throws IOException {
        write(target, true, content);
    }

    /**
     * Writes what {@code content} produces to {@code target}; with {@code keepBackup}, the version it replaces is
     * kept as {@code .bak}, as a layout's is. An exported picture or document is made again from its layout, so
     * none is kept for it.
     */
    public static void write(Path target, boolean keepBackup, ContentWriter content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "no such folder");
        }
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (keepBackup && Files.exists(absolute)) {
                keepBackup(absolute);
            }
            moveOver(temporary, absolute);
            moved = true;
            syncFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static void keepBackup(Path file) throws IOException {
        Path backup = file.resolveSibling(file.getFileName() + ".bak");
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".bak.tmp");
        try {
            Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            moveOver(temporary, backup);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void moveOver(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, and then the rename must do. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The file's content is already on disk; only the rename's durability is left to the file system.
        }
    }

    /** Produces a file's content. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}
