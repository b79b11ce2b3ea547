package org.hubmap.io.faults;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.spi.FileSystemProvider;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The provider of one {@link FaultyFileSystem}: each operation is the default provider's on the real path, unless
 * a fault the file system was told of applies, and then it fails as Linux fails it.
 */
final class FaultyFileSystemProvider extends FileSystemProvider {
    static final String SCHEME = "faulty";

    private final FaultyFileSystem fileSystem;

    FaultyFileSystemProvider(FaultyFileSystem fileSystem) {
        this.fileSystem = fileSystem;
    }

    private static Path real(Path path) {
        return FaultyPath.real(path);
    }

    private static FileSystemProvider realProvider(Path real) {
        return real.getFileSystem().provider();
    }

    /** Refuses, as a folder without write permission does, to make, remove or rename {@code path} in it. */
    private void requireWritableFolderOf(Path path) throws AccessDeniedException {
        Path real = real(path).toAbsolutePath();
        if (fileSystem.isReadOnlyFolder(real.getParent())) {
            throw new AccessDeniedException(path.toString());
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
        throw new UnsupportedOperationException("make one with new FaultyFileSystem()");
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
        return fileSystem;
    }

    @Override
    public Path getPath(URI uri) {
        return fileSystem.getPath(uri.getPath());
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
            FileAttribute<?>... attrs) throws IOException {
        return newFileChannel(path, options, attrs);
    }

    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        boolean creates = options.contains(StandardOpenOption.CREATE_NEW)
                || options.contains(StandardOpenOption.CREATE) && Files.notExists(real(path));
        if (creates) {
            requireWritableFolderOf(path);
        }
        FileChannel channel = FileChannel.open(real(path), options, attrs);
        boolean writes = options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
        return writes ? new FaultyChannel(fileSystem, channel) : channel;
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        DirectoryStream<Path> entries = Files.newDirectoryStream(real(dir),
                entry -> filter.accept(fileSystem.path(entry)));
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                Iterator<Path> each = entries.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return each.hasNext();
                    }

                    @Override
                    public Path next() {
                        return fileSystem.path(each.next());
                    }
                };
            }

            @Override
            public void close() throws IOException {
                entries.close();
            }
        };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        requireWritableFolderOf(dir);
        Files.createDirectory(real(dir), attrs);
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        requireWritableFolderOf(link);
        Files.createSymbolicLink(real(link), real(target), attrs);
    }

    @Override
    public void createLink(Path link, Path existing) throws IOException {
        requireWritableFolderOf(link);
        Files.createLink(real(link), real(existing));
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        return fileSystem.path(Files.readSymbolicLink(real(link)));
    }

    @Override
    public void delete(Path path) throws IOException {
        requireWritableFolderOf(path);
        Files.delete(real(path));
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        requireWritableFolderOf(target);
        Files.copy(real(source), real(target), options);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        requireWritableFolderOf(source);
        requireWritableFolderOf(target);
        Files.move(real(source), real(target), options);
    }

    @Override
    public boolean isSameFile(Path path, Path path2) throws IOException {
        return Files.isSameFile(real(path), real(path2));
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
        return Files.isHidden(real(path));
    }

    @Override
    public FileStore getFileStore(Path path) throws IOException {
        return Files.getFileStore(real(path));
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        if (Arrays.asList(modes).contains(AccessMode.WRITE) && fileSystem.isReadOnlyFolder(real(path))) {
            throw new AccessDeniedException(path.toString());
        }
        realProvider(real(path)).checkAccess(real(path), modes);
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        V view = Files.getFileAttributeView(real(path), type, options);
        if (view instanceof PosixFileAttributeView posix && type == PosixFileAttributeView.class) {
            return type.cast(new GuardedPosixView(fileSystem, path, posix));
        }
        return view;
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        return Files.readAttributes(real(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
            throws IOException {
        return Files.readAttributes(real(path), attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        Files.setAttribute(real(path), attribute, value, options);
    }
}
