package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hubmap.geo.TileId;
import org.junit.jupiter.api.Test;

class TileCacheTest {
    private final BasemapTileRenderer renderer = new BasemapTileRenderer(TestBasemaps.bundled());

    private static TileId tile(int i) {
        return new TileId(9, 300 + i, 170);
    }

    @Test
    void hitsReturnTheSameImage() {
        TileCache cache = new TileCache(renderer, 8);
        BufferedImage first = cache.tile(tile(0), BasemapOptions.defaults());
        assertSame(first, cache.tile(tile(0), BasemapOptions.defaults()));
        assertEquals(1, cache.hitCount());
        assertEquals(1, cache.missCount());
    }

    @Test
    void differentOptionsAreDifferentTiles() {
        TileCache cache = new TileCache(renderer, 8);
        BufferedImage english = cache.tile(tile(0), BasemapOptions.defaults());
        BufferedImage ukrainian = cache.tile(tile(0), BasemapOptions.defaults().withLanguage(LabelLanguage.UKRAINIAN));
        BufferedImage noRivers = cache.tile(tile(0), BasemapOptions.defaults().withLayer(BasemapLayer.RIVERS, false));
        assertNotSame(english, ukrainian);
        assertNotSame(english, noRivers);
        assertEquals(3, cache.missCount());
        assertEquals(0, cache.hitCount());
    }

    @Test
    void leastRecentlyUsedTilesAreEvictedBeyondCapacity() {
        TileCache cache = new TileCache(renderer, 3);
        BufferedImage zero = cache.tile(tile(0), BasemapOptions.defaults());
        cache.tile(tile(1), BasemapOptions.defaults());
        cache.tile(tile(2), BasemapOptions.defaults());
        assertSame(zero, cache.tile(tile(0), BasemapOptions.defaults()), "0 is now the most recently used");
        cache.tile(tile(3), BasemapOptions.defaults());
        assertEquals(3, cache.size());
        assertSame(zero, cache.tile(tile(0), BasemapOptions.defaults()));
        long misses = cache.missCount();
        cache.tile(tile(1), BasemapOptions.defaults());
        assertEquals(misses + 1, cache.missCount(), "1 was the least recently used and was evicted");
        for (int i = 0; i < 10; i++) {
            cache.tile(tile(i), BasemapOptions.defaults());
            assertTrue(cache.size() <= 3);
        }
    }

    @Test
    void capacityMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new TileCache(renderer, 0));
    }

    @Test
    void concurrentRequestsForOneTileRenderItOnce() throws Exception {
        TileCache cache = new TileCache(renderer, 16);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<BufferedImage>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.tile(tile(0), BasemapOptions.defaults());
                }));
            }
            start.countDown();
            Set<BufferedImage> images = new HashSet<>();
            for (Future<BufferedImage> result : results) {
                images.add(result.get());
            }
            assertEquals(1, images.size());
            assertEquals(1, cache.missCount());
            assertEquals(threads - 1, cache.hitCount());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentMixedRequestsStayWithinCapacity() throws Exception {
        TileCache cache = new TileCache(renderer, 5);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BufferedImage>> results = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                TileId tile = tile(i % 9);
                results.add(pool.submit(() -> cache.tile(tile, BasemapOptions.defaults())));
            }
            for (Future<BufferedImage> result : results) {
                assertEquals(256, result.get().getWidth());
            }
            assertTrue(cache.size() <= 5);
            assertEquals(60, cache.hitCount() + cache.missCount());
        } finally {
            pool.shutdownNow();
        }
    }
}
