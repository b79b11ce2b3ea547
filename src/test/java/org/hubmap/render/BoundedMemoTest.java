package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    @Test
    void failuresAreNotRemembered() {
        BoundedMemo<String, String> memo = new BoundedMemo<>(2);
        IllegalStateException failure = new IllegalStateException("broken");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> memo.get("a", key -> {
            throw failure;
        })));
        assertEquals(0, memo.size());
        assertEquals("A", memo.get("a", key -> "A"));
        assertEquals(2, memo.missCount());
    }

    @Test
    void remembersAtMostItsCapacity() {
        BoundedMemo<Integer, Integer> memo = new BoundedMemo<>(2);
        for (int i = 0; i < 5; i++) {
            memo.get(i, key -> key * key);
        }
        assertEquals(2, memo.size());
        assertEquals(16, memo.get(4, key -> -1));
        assertEquals(-1, memo.get(0, key -> -1));
    }
}
