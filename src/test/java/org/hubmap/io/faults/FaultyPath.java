package org.hubmap.io.faults;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * A path of a {@link FaultyFileSystem}: a path of the default file system it stands for, spelt the same, so that
 * messages name the real file. Everything a path computes is the real path's, wrapped again.
 */
final class FaultyPath implements Path {
    private final FaultyFileSystem fileSystem;
    private final Path real;

    FaultyPath(FaultyFileSystem fileSystem, Path real) {
        this.fileSystem = fileSystem;
        this.real = real;
    }

    /** The path of the default file system this one stands for. */
    Path real() {
        return real;
    }

    /** The real path of {@code path}, which must belong to a faulty file system. */
    static Path real(Path path) {
        if (path instanceof FaultyPath faulty) {
            return faulty.real;
        }
        throw new ProviderMismatchException(path + " is not a path of a faulty file system");
    }

    private Path wrap(Path path) {
        return path == null ? null : new FaultyPath(fileSystem, path);
    }

    @Override
    public FaultyFileSystem getFileSystem() {
        return fileSystem;
    }

    @Override
    public boolean isAbsolute() {
        return real.isAbsolute();
    }

    @Override
    public Path getRoot() {
        return wrap(real.getRoot());
    }

    @Override
    public Path getFileName() {
        return wrap(real.getFileName());
    }

    @Override
    public Path getParent() {
        return wrap(real.getParent());
    }

    @Override
    public int getNameCount() {
        return real.getNameCount();
    }

    @Override
    public Path getName(int index) {
        return wrap(real.getName(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        return wrap(real.subpath(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
        return other instanceof FaultyPath faulty && real.startsWith(faulty.real);
    }

    @Override
    public boolean endsWith(Path other) {
        return other instanceof FaultyPath faulty && real.endsWith(faulty.real);
    }

    @Override
    public Path normalize() {
        return wrap(real.normalize());
    }

    @Override
    public Path resolve(Path other) {
        return wrap(real.resolve(real(other)));
    }

    @Override
    public Path relativize(Path other) {
        return wrap(real.relativize(real(other)));
    }

    @Override
    public URI toUri() {
        try {
            return new URI(FaultyFileSystemProvider.SCHEME, null, real.toAbsolutePath().toString(), null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Path toAbsolutePath() {
        return wrap(real.toAbsolutePath());
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
        return wrap(real.toRealPath(options));
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers)
            throws IOException {
        return real.register(watcher, events, modifiers);
    }

    @Override
    public int compareTo(Path other) {
        return real.compareTo(real(other));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FaultyPath faulty && faulty.fileSystem == fileSystem && faulty.real.equals(real);
    }

    @Override
    public int hashCode() {
        return real.hashCode();
    }

    @Override
    public String toString() {
        return real.toString();
    }
}
