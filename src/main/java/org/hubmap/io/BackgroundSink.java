package org.hubmap.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import org.hubmap.model.LayoutFeature;

/**
 * Hands features to another sink that runs on a thread of its own, so that what it does with them (writing them
 * out, measuring them) overlaps with reading the next ones. Features reach it in the order given, in batches, so
 * that the two threads meet once per batch rather than once per feature; at most a few batches wait, so memory
 * stays small. When the sink throws, the next {@link #accept} (or {@link #finish}) throws the same exception on
 * the reading thread, which stops the reading.
 */
final class BackgroundSink implements FeatureSink, AutoCloseable {
    private static final int BATCH_SIZE = 256;
    private static final int WAITING_BATCHES = 4;
    /** Tells the sink's thread that no batch follows. */
    private static final List<LayoutFeature> END = List.of();

    private final FeatureSink sink;
    private final BlockingQueue<List<LayoutFeature>> batches = new ArrayBlockingQueue<>(WAITING_BATCHES);
    private final Thread thread;
    private List<LayoutFeature> batch = new ArrayList<>(BATCH_SIZE);
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private boolean ended;

    /** Starts the thread that will run {@code sink}. */
    BackgroundSink(FeatureSink sink, String threadName) {
        this.sink = sink;
        this.thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void accept(LayoutFeature feature) {
        throwIfFailed();
        batch.add(feature);
        if (batch.size() == BATCH_SIZE) {
            handOver(batch);
            batch = new ArrayList<>(BATCH_SIZE);
        }
    }

    /** Hands over what is left and waits until the sink has taken every feature; throws what the sink threw. */
    void finish() {
        end();
        throwIfFailed();
    }

    /** Without {@link #finish} first, the features still waiting are dropped; the sink's thread ends either way. */
    @Override
    public void close() {
        if (!ended) {
            abandoned = true;
            end();
        }
    }

    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        if (!batch.isEmpty() && !abandoned) {
            handOver(batch);
        }
        handOver(END);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void handOver(List<LayoutFeature> features) {
        try {
            batches.put(features);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned = true;
            throw new CancellationException("interrupted while handing features over");
        }
    }

    private void throwIfFailed() {
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
    }

    /** The sink's thread: takes batches until the end, and after a failure only takes them, so none waits. */
    private void run() {
        try {
            for (List<LayoutFeature> features = batches.take(); features != END; features = batches.take()) {
                for (int i = 0; i < features.size() && failure == null && !abandoned; i++) {
                    sink.accept(features.get(i));
                }
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            drain();
        } catch (InterruptedException e) {
            failure = new CancellationException("the thread taking features was interrupted");
            drain();
        }
    }

    private void drain() {
        try {
            while (batches.take() != END) {
                // Dropped: the reading thread learns of the failure at its next feature and stops.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
