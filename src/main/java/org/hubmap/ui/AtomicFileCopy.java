package org.hubmap.ui;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Copies a file's bytes unchanged so that the target is never seen half-written: the copy goes to a temporary
 * file in the target's folder, is flushed to disk, and is then renamed over the target in one step.
 */
final class AtomicFileCopy {
    private AtomicFileCopy() {
    }

    static void copy(Path source, Path target) throws IOException {
        Path absoluteTarget = target.toAbsolutePath();
        if (Files.exists(absoluteTarget) && Files.isSameFile(source, absoluteTarget)) {
            return;
        }
        Path folder = absoluteTarget.getParent();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "no such folder");
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, "." + absoluteTarget.getFileName(), ".tmp");
        } catch (FileSystemException e) {
            // The temporary file's random name would only confuse; the folder is what the user can fix.
            throw new FileSystemException(folder.toString(), null, "cannot create a file in this folder");
        }
        try {
            Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, absoluteTarget, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
