package org.hubmap.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutReadResult;
import org.hubmap.io.ReadProgress;

/**
 * The layouts named at start, read in the background while the toolkit starts and the window is built, and handed
 * to the window when it reads them: then the map can draw them with its first frame. A file that changed since it
 * was read early (its time, size or identity), or could not be read, is read again as any other, so the window sees
 * what is on disk when it asks and reports faults as usual. Only small files are read early: a large one is read by
 * the window, with its progress bar and Cancel.
 */
final class EarlyLayoutReads implements LayoutSource {
    /** Files up to this size read within a few hundred milliseconds, well before the window is up. */
    static final long MAX_EARLY_BYTES = 4L << 20;

    private final LayoutSource source;
    private final Map<Path, CompletableFuture<Optional<EarlyRead>>> reads = new ConcurrentHashMap<>();

    private EarlyLayoutReads(LayoutSource source) {
        this.source = source;
    }

    /** Starts reading those of {@code files} that are small enough on {@code background}, one after the other. */
    static EarlyLayoutReads start(List<Path> files, LayoutSource source, Executor background) {
        EarlyLayoutReads early = new EarlyLayoutReads(source);
        for (Path file : files) {
            Optional<FileVersion> version = FileVersion.of(file);
            if (version.isPresent() && version.get().size() <= MAX_EARLY_BYTES) {
                early.reads.putIfAbsent(keyOf(file),
                        CompletableFuture.supplyAsync(() -> early.readEarly(file, version.get()), background));
            }
        }
        return early;
    }

    /** Completes once every early read has finished, whatever its outcome. */
    CompletableFuture<Void> finished() {
        return CompletableFuture.allOf(reads.values().toArray(CompletableFuture[]::new));
    }

    @Override
    public LayoutReadResult read(Path file, ReadProgress progress) throws LayoutFormatException {
        CompletableFuture<Optional<EarlyRead>> early = reads.remove(keyOf(file));
        if (early != null) {
            Optional<EarlyRead> done = early.join();
            if (done.isPresent() && FileVersion.of(file).equals(Optional.of(done.get().version()))) {
                return done.get().result();
            }
        }
        return source.read(file, progress);
    }

    private Optional<EarlyRead> readEarly(Path file, FileVersion version) {
        try {
            return Optional.of(new EarlyRead(version, source.read(file, ReadProgress.NONE)));
        } catch (LayoutFormatException | RuntimeException e) {
            // Read again when the window asks, which reports the fault with the others.
            return Optional.empty();
        }
    }

    private static Path keyOf(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private record EarlyRead(FileVersion version, LayoutReadResult result) {
    }

    /** A file as the file system describes it: the same version while none of these change. */
    record FileVersion(long modifiedNanos, long size, Object identity) {
        static Optional<FileVersion> of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    return Optional.empty();
                }
                return Optional.of(new FileVersion(attributes.lastModifiedTime().toInstant().getEpochSecond()
                        * 1_000_000_000L + attributes.lastModifiedTime().toInstant().getNano(), attributes.size(),
                        Objects.requireNonNullElse(attributes.fileKey(), "")));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
