package org.hubmap.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that it is never seen half written, and so that it stays what it was. The new content goes to
 * a temporary file in the same folder, is flushed to disk, and only then renamed over the original, atomically
 * where the file system allows; the previous version is kept beside it as {@code FILE.bak}. Whatever fails before
 * the rename (an exception, a full disk, the process killed) leaves the original untouched and removes the
 * temporary file where it can; temporary files that killed saves left behind are removed by the next save. A
 * failure is reported about the file saved, saying what happened, that the file is unchanged and what to do, in
 * place of the system's words about a temporary file the user never heard of.
 *
 * <p>On a shared folder a save must not take the file from colleagues:
 * <ul>
 *   <li>the new file gets the old one's mode, owner and group; where the process may not give it the owner or
 *       group (only root may give a file away), the save says so ({@link Saved#notKept()});</li>
 *   <li>a new file gets the mode the umask gives, as any program's new file does;</li>
 *   <li>a symbolic link is kept: the file it leads to is replaced;</li>
 *   <li>a read-only file is refused, with what to do, even by root;</li>
 *   <li>nothing but a regular file is replaced or read: a folder, a named pipe or a device is refused;</li>
 *   <li>the {@code .bak} is the old file itself, linked under the new name rather than copied, so keeping it costs
 *       neither time nor disk space.</li>
 * </ul>
 */
public final class SafeFileWriter {
    /** How many symbolic links a path may pass through before it counts as a loop, as on Linux. */
    private static final int MOST_LINKS = 40;
    private static final String TEMPORARY_SUFFIX = ".tmp";

    private SafeFileWriter() {
    }

    /**
     * What a save could not keep of the file it replaced: its owner or group, in sentences; empty when it kept all.
     *
     * @param file the file written, which is the file a symbolic link given led to
     * @param notKept what of the old file the new one lacks
     */
    public record Saved(Path file, List<String> notKept) {
        public Saved {
            notKept = List.copyOf(notKept);
        }
    }

    /** Writes what {@code content} produces to {@code target}, keeping the version it replaces as {@code .bak}. */
    public static Saved write(Path target, ContentWriter content) throws IOException {
        return write(target, true, content);
    }

    /**
     * Writes what {@code content} produces to {@code target}; with {@code keepBackup}, the version it replaces is
     * kept as {@code .bak}, as a layout's is. An exported picture or document is made again from its layout, so
     * none is kept for it.
     *
     * @throws AccessDeniedException when the file is read-only or may not be written
     * @throws FileSystemException when the target is not a regular file, or its links loop
     */
    public static Saved write(Path target, boolean keepBackup, ContentWriter content) throws IOException {
        return write(target, keepBackup, content, () -> { });
    }

    /**
     * As {@link #write(Path, boolean, ContentWriter)}; {@code check} runs once the new content is on disk, just
     * before it takes the old file's place, and may still refuse the save (someone else changed the file while this
     * wrote, say) by throwing: the file is then left as it is.
     *
     * @throws AccessDeniedException when the file is read-only or may not be written, or its folder may not be
     *     changed
     * @throws NoSuchFileException when its folder does not exist, or vanished while saving
     * @throws FileSystemException when the target is not a regular file, or its links loop, or the disk is full
     */
    public static Saved write(Path target, boolean keepBackup, ContentWriter content, ReplaceCheck check)
            throws IOException {
        FileTime started = FileTime.fromMillis(System.currentTimeMillis());
        Path file = linkedFile(target.toAbsolutePath());
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            throw SaveFaults.folderGone(file, folder);
        }
        BasicFileAttributes old = existing(file);
        if (old != null) {
            requireReplaceable(file, old);
        }
        try {
            removeStaleTemporaries(folder, file.getFileName().toString(), started);
            return replace(file, old, keepBackup, content, check);
        } catch (NotAFault e) {
            throw e.getCause();
        } catch (IOException e) {
            throw SaveFaults.explained(file, folder, e);
        }
    }

    private static Saved replace(Path file, BasicFileAttributes old, boolean keepBackup, ContentWriter content,
            ReplaceCheck check) throws IOException {
        Path folder = file.getParent();
        Path temporary = newTemporary(folder, file.getFileName().toString(), TEMPORARY_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                DiskStream disk = new DiskStream(Channels.newOutputStream(channel));
                OutputStream out = new BufferedOutputStream(disk, 1 << 16);
                try {
                    content.writeTo(out);
                } catch (IOException e) {
                    // The content's own failure (its source unreadable, say) is no fault of the disk's.
                    if (!disk.failed) {
                        throw new NotAFault(e);
                    }
                    throw e;
                }
                out.flush();
                channel.force(true);
            }
            List<String> notKept = old instanceof PosixFileAttributes posix ? keepOwnership(posix, temporary)
                    : List.of();
            try {
                check.beforeReplacing();
            } catch (IOException e) {
                throw new NotAFault(e);
            }
            if (keepBackup && old != null) {
                keepBackup(file);
            }
            moveOver(temporary, file);
            moved = true;
            syncFolder(folder);
            return new Saved(file, notKept);
        } catch (IOException | RuntimeException | Error e) {
            if (!moved) {
                removeQuietly(temporary, e);
            }
            throw e;
        }
    }

    /** Removes what a failed save left; where that fails too, {@code problem} says so and stays what is thrown. */
    private static void removeQuietly(Path temporary, Throwable problem) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            problem.addSuppressed(e);
        }
    }

    /** The file {@code path} leads to through any symbolic links; the path itself when it is none. */
    static Path linkedFile(Path path) throws IOException {
        Path file = path;
        for (int links = 0; Files.isSymbolicLink(file); links++) {
            if (links == MOST_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many symbolic links (a loop?)");
            }
            file = file.getParent().resolve(Files.readSymbolicLink(file)).normalize();
        }
        return file;
    }

    /** The attributes of {@code file}, POSIX ones where the file system has them; null when there is none. */
    private static BasicFileAttributes existing(Path file) throws IOException {
        try {
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS) != null) {
                return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            }
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Refuses what must not be replaced: anything but a regular file, and a file that is read-only. */
    private static void requireReplaceable(Path file, BasicFileAttributes old) throws IOException {
        if (!old.isRegularFile()) {
            String kind = old.isDirectory() ? "a folder" : old.isOther() ? "a named pipe, socket or device"
                    : "not a regular file";
            throw new FileSystemException(file.toString(), null,
                    "is " + kind + "; layouts and maps are saved only to regular files: choose a file name");
        }
        if (old instanceof PosixFileAttributes posix && !anyWrite(posix.permissions())) {
            throw new AccessDeniedException(file.toString(), null, "the file is read-only (mode "
                    + PosixFilePermissions.toString(posix.permissions())
                    + "): make it writable, or save under another name");
        }
        if (!Files.isWritable(file)) {
            throw new AccessDeniedException(file.toString(), null,
                    "you may not write this file: save under another name");
        }
    }

    private static boolean anyWrite(Set<PosixFilePermission> permissions) {
        return permissions.contains(PosixFilePermission.OWNER_WRITE)
                || permissions.contains(PosixFilePermission.GROUP_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /**
     * Gives {@code temporary} the owner, group and mode of the file it replaces, the mode last: changing the owner
     * may clear some mode bits. What the process may not set is returned, in sentences.
     */
    private static List<String> keepOwnership(PosixFileAttributes old, Path temporary) throws IOException {
        List<String> notKept = new ArrayList<>();
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        PosixFileAttributes now = view.readAttributes();
        if (!now.owner().equals(old.owner())) {
            try {
                view.setOwner(old.owner());
            } catch (FileSystemException e) {
                notKept.add("its owner " + old.owner().getName() + " (only root may give a file to another user):"
                        + " it is now " + now.owner().getName() + "'s");
            }
        }
        if (!now.group().equals(old.group())) {
            try {
                view.setGroup(old.group());
            } catch (FileSystemException e) {
                notKept.add("its group " + old.group().getName() + " (you are not in it): it is now in "
                        + now.group().getName());
            }
        }
        view.setPermissions(old.permissions());
        return notKept;
    }

    /**
     * Keeps {@code file} as {@code FILE.bak}: linked under that name where the file system can, which keeps the
     * very file already on disk; else copied and flushed.
     */
    private static void keepBackup(Path file) throws IOException {
        Path backup = file.resolveSibling(file.getFileName() + ".bak");
        Path temporary = unusedTemporaryName(file.getParent(), file.getFileName().toString(),
                ".bak" + TEMPORARY_SUFFIX);
        try {
            try {
                Files.createLink(temporary, file);
            } catch (UnsupportedOperationException | FileSystemException e) {
                copyFlushed(file, temporary);
            }
            moveOver(temporary, backup);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void copyFlushed(Path file, Path copy) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(copy, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
                done += in.transferTo(done, size - done, out);
            }
            out.force(true);
        }
    }

    /**
     * Removes the temporary files earlier saves of {@code name} left in {@code folder} when they were killed: those
     * last written before this save began. A save still running elsewhere keeps writing its own, so it is spared.
     */
    private static void removeStaleTemporaries(Path folder, String name, FileTime started) throws IOException {
        try (DirectoryStream<Path> ours = Files.newDirectoryStream(folder,
                entry -> isTemporaryOf(entry.getFileName().toString(), name))) {
            for (Path stale : ours) {
                BasicFileAttributes attributes = Files.readAttributes(stale, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() && attributes.lastModifiedTime().compareTo(started) < 0) {
                    Files.deleteIfExists(stale);
                }
            }
        }
    }

    /** Whether {@code entry} is a name this class gives the temporary files of saves of {@code name}. */
    static boolean isTemporaryOf(String entry, String name) {
        String prefix = "." + name + ".";
        if (!entry.startsWith(prefix) || !entry.endsWith(TEMPORARY_SUFFIX)) {
            return false;
        }
        String middle = entry.substring(prefix.length(), entry.length() - TEMPORARY_SUFFIX.length());
        if (middle.endsWith(".bak")) {
            middle = middle.substring(0, middle.length() - ".bak".length());
        }
        return !middle.isEmpty() && middle.chars().allMatch(Character::isDigit);
    }

    /**
     * A new, empty temporary file for a save of {@code name}. Made as any program makes a new file, so that it has
     * the mode the umask gives, where {@link Files#createTempFile} would make it owner-only.
     */
    private static Path newTemporary(Path folder, String name, String suffix) throws IOException {
        while (true) {
            Path temporary = unusedTemporaryName(folder, name, suffix);
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                // Another save took the name first; draw another.
            }
        }
    }

    private static Path unusedTemporaryName(Path folder, String name, String suffix) {
        long number = ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
        return folder.resolve("." + name + "." + number + suffix);
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

    /**
     * A save that failed for another reason than the file system (the content could not be made, or the save's
     * {@link ReplaceCheck} refused it), carried past the explaining of the file system's failures.
     */
    private static final class NotAFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAFault(IOException why) {
            super(why);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** The temporary file's stream, which remembers whether writing to the disk failed. */
    private static final class DiskStream extends FilterOutputStream {
        private boolean failed;

        DiskStream(OutputStream disk) {
            super(disk);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }
    }

    /** A last look before a save takes the old file's place, which may still refuse it. */
    @FunctionalInterface
    public interface ReplaceCheck {
        void beforeReplacing() throws IOException;
    }

    /** Produces a file's content. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}
