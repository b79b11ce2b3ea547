package org.hubmap.ui.window;

import javafx.concurrent.Task;
import org.hubmap.io.ReadProgress;

/** Background work that reads a layout: its progress bar follows the bytes read, and Cancel stops the reading. */
public abstract class ReadingTask<T> extends Task<T> {
    /** The reader's progress as this task's, and the user's cancel as the reader's. */
    protected final ReadProgress readProgress() {
        return new ReadProgress() {
            @Override
            public void bytesRead(long done, long total) {
                if (total > 0) {
                    updateProgress(done, total);
                }
            }

            @Override
            public boolean cancelled() {
                return isCancelled();
            }
        };
    }
}
