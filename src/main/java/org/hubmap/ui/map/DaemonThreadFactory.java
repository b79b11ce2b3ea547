package org.hubmap.ui.map;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbered daemon threads, so that background drawing and file work never keep the application alive after its
 * window closes.
 */
public final class DaemonThreadFactory implements ThreadFactory {
    private final String namePrefix;
    private final AtomicInteger count = new AtomicInteger();

    public DaemonThreadFactory(String namePrefix) {
        this.namePrefix = namePrefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, namePrefix + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
