package org.hubmap.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a layout is read from: a file, or a stream such as standard input, which is read once, as it comes, and is
 * named in messages by a name of its own. A stream has no extension, so its format is told by its first bytes
 * alone; KMZ and GeoPackage, which are read from their end, are refused from a stream with what to do instead.
 */
public final class LayoutSource {
    /**
     * Bytes of a stream looked at to tell its format: enough to see the end of a first feature of some size, to tell
     * newline-delimited GeoJSON from a document.
     */
    private static final int HEAD_BYTES = 1 << 16;

    private final Path file;
    private final BufferedInputStream stream;
    private final Path name;
    private LayoutFormat format;

    private LayoutSource(Path file, BufferedInputStream stream, Path name) {
        this.file = file;
        this.stream = stream;
        this.name = name;
    }

    /** A layout file. */
    public static LayoutSource file(Path file) {
        return new LayoutSource(Objects.requireNonNull(file), null, file);
    }

    /** A stream read once; {@code name}, such as {@code <stdin>}, names it in messages and is its layout's title. */
    public static LayoutSource stream(InputStream in, Path name) {
        return new LayoutSource(null, new BufferedInputStream(in, 1 << 16), Objects.requireNonNull(name));
    }

    /** The file's path, or the stream's name. */
    public Path name() {
        return name;
    }

    /** The file, empty for a stream. */
    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The format to read this as; throws, naming what it is, when HubMap cannot read it. */
    LayoutFormat format() throws LayoutFormatException {
        if (format == null) {
            format = file != null ? FormatSniffer.formatOf(file) : FormatSniffer.formatOfStream(head(), name);
        }
        return format;
    }

    /** The stream, from its first byte. */
    InputStream stream() {
        return stream;
    }

    private byte[] head() throws LayoutFormatException {
        try {
            stream.mark(HEAD_BYTES);
            byte[] head = stream.readNBytes(HEAD_BYTES);
            stream.reset();
            return head;
        } catch (IOException e) {
            throw LayoutFormatException.ofWholeFile(name.toString(), DiagnosticCode.FILE_UNREADABLE,
                    "cannot be read: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return name.toString();
    }
}
