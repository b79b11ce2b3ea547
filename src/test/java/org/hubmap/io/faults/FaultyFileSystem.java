package org.hubmap.io.faults;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The default file system, seen through a provider that can be told to fail as disks do. Paths of it are spelt as
 * the real files they stand for; with no fault asked for, every operation is the real one. Faults hold until
 * {@link #clearFaults()}, except {@link #whileWriting}, which happens once.
 */
public final class FaultyFileSystem extends FileSystem {
    private static final FileSystem REAL = FileSystems.getDefault();

    private final FaultyFileSystemProvider provider = new FaultyFileSystemProvider(this);
    private final AtomicLong spaceLeftBytes = new AtomicLong(Long.MAX_VALUE);
    private final Set<Path> readOnlyFolders = ConcurrentHashMap.newKeySet();
    private volatile boolean ownersKept = true;
    private final AtomicReference<Runnable> duringWrite = new AtomicReference<>();

    /** The path of this file system that stands for {@code real}, a path of the default file system. */
    public Path path(Path real) {
        return new FaultyPath(this, real);
    }

    /** The disk takes {@code bytes} more bytes, then every write fails as a full disk's does. */
    public void fillDiskAfter(long bytes) {
        spaceLeftBytes.set(bytes);
    }

    /**
     * Nothing may be made, removed or renamed in {@code folder} (a path of this file system), as in a folder
     * without write permission; files already in it may still be written.
     */
    public void makeReadOnly(Path folder) {
        readOnlyFolders.add(FaultyPath.real(folder).toAbsolutePath().normalize());
    }

    /** Giving a file another owner or group is refused, as it is to anyone but root. */
    public void refuseGivingFilesAway() {
        ownersKept = false;
    }

    /**
     * Runs {@code event} once, on the first write to a file after this call, as something another program does
     * while a save is under way: deleting or replacing the file, removing its folder.
     */
    public void whileWriting(Runnable event) {
        duringWrite.set(event);
    }

    /** Back to the real disk's behaviour. */
    public void clearFaults() {
        spaceLeftBytes.set(Long.MAX_VALUE);
        readOnlyFolders.clear();
        ownersKept = true;
        duringWrite.set(null);
    }

    /** Takes up to {@code wanted} bytes of the space left; how many it may write. */
    long takeSpace(long wanted) {
        while (true) {
            long left = spaceLeftBytes.get();
            long taken = Math.min(left, wanted);
            if (left == Long.MAX_VALUE || spaceLeftBytes.compareAndSet(left, left - taken)) {
                return taken;
            }
        }
    }

    /** Runs the event asked for while writing, if one waits. */
    void aboutToWrite() {
        Runnable event = duringWrite.getAndSet(null);
        if (event != null) {
            event.run();
        }
    }

    boolean isReadOnlyFolder(Path realFolder) {
        return realFolder != null && readOnlyFolders.contains(realFolder.toAbsolutePath().normalize());
    }

    boolean ownersKept() {
        return ownersKept;
    }

    @Override
    public FaultyFileSystemProvider provider() {
        return provider;
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("the faulty file system stays open, as the default one does");
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public String getSeparator() {
        return REAL.getSeparator();
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        List<Path> roots = new java.util.ArrayList<>();
        REAL.getRootDirectories().forEach(root -> roots.add(path(root)));
        return roots;
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return REAL.getFileStores();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return REAL.supportedFileAttributeViews();
    }

    @Override
    public Path getPath(String first, String... more) {
        return path(REAL.getPath(first, more));
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        PathMatcher real = REAL.getPathMatcher(syntaxAndPattern);
        return path -> real.matches(FaultyPath.real(path));
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        return REAL.getUserPrincipalLookupService();
    }

    @Override
    public WatchService newWatchService() throws IOException {
        return REAL.newWatchService();
    }
}
