package org.hubmap.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of expensive values: it keeps the {@code capacity} most recently used ones and
 * forgets the least recently used beyond that. When several threads ask for a missing key at once, one computes
 * the value and the others wait for it, so every value is computed once while it stays remembered.
 */
final class BoundedMemo<K, V> {
    private final Map<K, CompletableFuture<V>> entries;
    private long hits;
    private long misses;

    BoundedMemo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, CompletableFuture<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The value remembered for {@code key}, or {@code compute}'s value for it, computed in this thread. If
     * {@code compute} fails, nothing is remembered and the failure reaches every thread waiting for the key.
     */
    V get(K key, Function<? super K, ? extends V> compute) {
        CompletableFuture<V> known;
        CompletableFuture<V> pending = new CompletableFuture<>();
        synchronized (this) {
            known = entries.get(key);
            if (known != null) {
                hits++;
            } else {
                misses++;
                entries.put(key, pending);
            }
        }
        if (known != null) {
            return await(known);
        }
        try {
            V value = compute.apply(key);
            pending.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                entries.remove(key, pending);
            }
            pending.completeExceptionally(e);
            throw e;
        }
    }

    /** The value remembered for {@code key} when it has been computed; empty while none is, or it is being computed. */
    synchronized Optional<V> ready(K key) {
        CompletableFuture<V> known = entries.get(key);
        return known != null && known.isDone() && !known.isCompletedExceptionally()
                ? Optional.of(known.join()) : Optional.empty();
    }

    private static <V> V await(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** How many calls found their key remembered, or being computed by another thread. */
    synchronized long hitCount() {
        return hits;
    }

    /** How many calls computed a value. */
    synchronized long missCount() {
        return misses;
    }

    /** How many values are remembered now. */
    synchronized int size() {
        return entries.size();
    }
}
