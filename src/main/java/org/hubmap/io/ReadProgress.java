package org.hubmap.io;

/** Receives a reader's progress and tells it whether to stop. Called on the reading thread. */
public interface ReadProgress {
    /** No progress wanted, never cancelled. */
    ReadProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} bytes are read; total is 0 when unknown. */
    void bytesRead(long done, long total);

    /** Whether the reader should give up; it then throws {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }
}
