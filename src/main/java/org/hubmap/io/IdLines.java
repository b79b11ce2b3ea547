package org.hubmap.io;

import java.util.HashMap;
import java.util.Map;
import org.hubmap.model.JsonNumber;

/**
 * The line where each feature id was first seen, so that a second use can be reported. A layout of ten million
 * features has ten million ids to remember; as a map of strings they took some 1.7 GB of small objects, and as
 * their characters in one byte array about 600 MB. Here each string or number id is kept as a 64-bit hash of its
 * characters (a string and a number with the same text hash apart) with its line, in open-addressing tables of
 * primitive arrays: about 20 bytes per id whatever its length. Two different ids share a hash with a probability
 * of about n² / 2⁶⁵, one in 370 000 for a layout of ten million ids. The tables are split by the hash's top bits, so
 * that growing one copies a 64th of them.
 */
final class IdLines {
    private static final long STRING = 0x53;
    private static final long NUMBER = 0x4E;
    private static final int NONE = -1;
    private static final int SHARD_BITS = 6;
    private static final int FIRST_SLOTS = 1 << 6;

    private final Shard[] shards = new Shard[1 << SHARD_BITS];
    /** Ids of other types, which the reader never makes. */
    private final Map<Object, Integer> others = new HashMap<>();

    IdLines() {
        for (int i = 0; i < shards.length; i++) {
            shards[i] = new Shard();
        }
    }

    /** Remembers {@code line} for {@code id} unless it has one already, and returns that earlier line, or -1. */
    int putIfAbsent(Object id, int line) {
        long hash;
        if (id instanceof String s) {
            hash = hash(STRING, s);
        } else if (id instanceof JsonNumber n) {
            hash = hash(NUMBER, n.text());
        } else {
            Integer earlier = others.putIfAbsent(id, line);
            return earlier == null ? NONE : earlier;
        }
        return shards[(int) (hash >>> (Long.SIZE - SHARD_BITS))].putIfAbsent(hash, line);
    }

    /** FNV-1a over the tag and the characters, then mixed (MurmurHash3's finaliser); never 0, which marks no id. */
    private static long hash(long tag, String s) {
        long h = (0xCBF29CE484222325L ^ tag) * 0x100000001B3L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** One open-addressing table of hashes and their lines, never more than three quarters full. */
    private static final class Shard {
        private long[] hashes = new long[FIRST_SLOTS];
        private int[] lines = new int[FIRST_SLOTS];
        private int count;

        int putIfAbsent(long hash, int line) {
            int mask = hashes.length - 1;
            for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
                if (hashes[slot] == 0) {
                    hashes[slot] = hash;
                    lines[slot] = line;
                    if (4 * ++count > 3 * hashes.length) {
                        grow();
                    }
                    return NONE;
                }
                if (hashes[slot] == hash) {
                    return lines[slot];
                }
            }
        }

        private void grow() {
            long[] oldHashes = hashes;
            int[] oldLines = lines;
            hashes = new long[2 * oldHashes.length];
            lines = new int[2 * oldHashes.length];
            int mask = hashes.length - 1;
            for (int old = 0; old < oldHashes.length; old++) {
                if (oldHashes[old] != 0) {
                    int slot = (int) oldHashes[old] & mask;
                    while (hashes[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    hashes[slot] = oldHashes[old];
                    lines[slot] = oldLines[old];
                }
            }
        }
    }
}
