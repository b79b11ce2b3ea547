package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;

class BackgroundSinkTest {
    @Test
    void handsOverEveryFeatureInOrderOnOneOtherThread() {
        List<Object> ids = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        try (BackgroundSink sink = new BackgroundSink(feature -> {
            ids.add(feature.id());
            threads.add(Thread.currentThread());
        }, "test sink")) {
            for (int i = 0; i < 10_000; i++) {
                sink.accept(feature(i));
            }
            sink.finish();
        }
        assertEquals(10_000, ids.size());
        for (int i = 0; i < ids.size(); i++) {
            assertEquals("f" + i, ids.get(i));
        }
        assertTrue(threads.stream().allMatch(t -> t == threads.get(0) && t != Thread.currentThread()));
    }

    @Test
    void whatTheSinkThrowsStopsTheReadingThread() {
        IllegalStateException thrown = new IllegalStateException("disk full");
        RuntimeException caught = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (BackgroundSink sink = new BackgroundSink(feature -> {
                if (feature.id().equals("f300")) {
                    throw thrown;
                }
            }, "test sink")) {
                return assertThrows(RuntimeException.class, () -> {
                    for (int i = 0; i < 1_000_000; i++) {
                        sink.accept(feature(i));
                    }
                    sink.finish();
                });
            }
        });
        assertSame(thrown, caught);
    }

    @Test
    void closingWithoutFinishingEndsTheThread() {
        List<Object> ids = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (BackgroundSink sink = new BackgroundSink(feature -> ids.add(feature.id()), "test sink")) {
                for (int i = 0; i < 5_000; i++) {
                    sink.accept(feature(i));
                }
            }
        });
        assertTrue(ids.size() < 5_000, "the last batch is dropped");
    }

    private static LayoutFeature feature(int i) {
        return new LayoutFeature("f" + i, Map.of(), null);
    }
}
