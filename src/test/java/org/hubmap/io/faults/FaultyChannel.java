package org.hubmap.io.faults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A file opened for writing on a {@link FaultyFileSystem}: its writes take the disk's space left and, once there is
 * none, fail with "No space left on device" as Linux's do; the first write lets an event the file system waits for
 * happen.
 */
final class FaultyChannel extends FileChannel {
    private final FaultyFileSystem fileSystem;
    private final FileChannel real;

    FaultyChannel(FaultyFileSystem fileSystem, FileChannel real) {
        this.fileSystem = fileSystem;
        this.real = real;
    }

    /** Lets {@code src} shrink to what the disk still takes; fails when that is nothing. */
    private ByteBuffer fitting(ByteBuffer src) throws IOException {
        fileSystem.aboutToWrite();
        if (!src.hasRemaining()) {
            return src;
        }
        long taken = fileSystem.takeSpace(src.remaining());
        if (taken == 0) {
            throw new IOException("No space left on device");
        }
        ByteBuffer part = src.duplicate();
        part.limit(part.position() + (int) taken);
        return part;
    }

    private static int written(ByteBuffer src, ByteBuffer part, int count) {
        src.position(src.position() + count);
        return count;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        ByteBuffer part = fitting(src);
        return part == src ? real.write(src) : written(src, part, real.write(part));
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        ByteBuffer part = fitting(src);
        return part == src ? real.write(src, position) : written(src, part, real.write(part, position));
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            if (srcs[i].hasRemaining()) {
                int count = write(srcs[i]);
                total += count;
                if (srcs[i].hasRemaining()) {
                    break;
                }
            }
        }
        return total;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return real.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        return real.read(dsts, offset, length);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return real.read(dst, position);
    }

    @Override
    public long position() throws IOException {
        return real.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        real.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return real.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        real.truncate(size);
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        real.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return real.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(count, 1 << 16));
        long done = 0;
        while (done < count) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), count - done));
            if (src.read(buffer) <= 0) {
                break;
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                done += write(buffer, position + done);
            }
        }
        return done;
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        throw new UnsupportedOperationException("a faulty file system cannot count the writes of a mapped file");
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return real.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return real.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        real.close();
    }
}
