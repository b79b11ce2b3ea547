package org.hubmap.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.hubmap.model.JsonNumber;

/**
 * The line where each feature id was first seen, so that a second use can be reported. A layout of a million
 * features has a million ids to remember; as a map of strings they took some 170 MB of small objects, which the
 * garbage collector copied and scanned again and again. Here each string or number id is kept as its characters in
 * one large byte array (one byte each for ASCII, three otherwise, after a byte that tells strings from numbers),
 * with an open-addressing table of int arrays: about 60 bytes per UUID.
 */
final class IdLines {
    private static final byte STRING = 'S';
    private static final byte NUMBER = 'N';
    private static final int NONE = -1;

    private byte[] text = new byte[1 << 12];
    private int textLength;
    /** Where each id's bytes start in {@link #text}; entry {@code count} is where the next id's will. */
    private int[] starts = new int[1 << 8];
    private int[] hashes = new int[1 << 8];
    private int[] lines = new int[1 << 8];
    private int count;
    /** Entry index plus one, or 0 for an empty slot; never more than half full. */
    private int[] slots = new int[1 << 9];
    /** Ids of other types, which the reader never makes. */
    private final Map<Object, Integer> others = new HashMap<>();
    private byte[] key = new byte[64];

    /** Remembers {@code line} for {@code id} unless it has one already, and returns that earlier line, or -1. */
    int putIfAbsent(Object id, int line) {
        int length;
        if (id instanceof String s) {
            length = encode(STRING, s);
        } else if (id instanceof JsonNumber n) {
            length = encode(NUMBER, n.text());
        } else {
            Integer earlier = others.putIfAbsent(id, line);
            return earlier == null ? NONE : earlier;
        }
        int hash = hash(key, length);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                slots[slot] = add(hash, length, line) + 1;
                if (2 * count > slots.length) {
                    rehash();
                }
                return NONE;
            }
            if (hashes[entry] == hash && Arrays.equals(text, starts[entry], starts[entry + 1], key, 0, length)) {
                return lines[entry];
            }
        }
    }

    /** Writes the tag and the characters of {@code s} into {@link #key}; returns the length. */
    private int encode(byte tag, String s) {
        int most = 1 + 3 * s.length();
        if (key.length < most) {
            key = new byte[Math.max(most, 2 * key.length)];
        }
        int length = 0;
        key[length++] = tag;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                key[length++] = (byte) c;
            } else {
                // A byte of 0x80 and up never stands for a character alone, so it marks the two that follow.
                key[length++] = (byte) 0x80;
                key[length++] = (byte) (c >>> 8);
                key[length++] = (byte) c;
            }
        }
        return length;
    }

    private int add(int hash, int length, int line) {
        if (count + 2 > starts.length) {
            starts = Arrays.copyOf(starts, 2 * starts.length);
            hashes = Arrays.copyOf(hashes, 2 * hashes.length);
            lines = Arrays.copyOf(lines, 2 * lines.length);
        }
        if (textLength + length > text.length) {
            text = Arrays.copyOf(text, Math.max(textLength + length, 2 * text.length));
        }
        System.arraycopy(key, 0, text, textLength, length);
        textLength += length;
        hashes[count] = hash;
        lines[count] = line;
        starts[count + 1] = textLength;
        return count++;
    }

    private void rehash() {
        slots = new int[2 * slots.length];
        int mask = slots.length - 1;
        for (int entry = 0; entry < count; entry++) {
            int slot = hashes[entry] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = entry + 1;
        }
    }

    private static int hash(byte[] bytes, int length) {
        int h = 1;
        for (int i = 0; i < length; i++) {
            h = 31 * h + bytes[i];
        }
        // Spread the bits, since the table uses the low ones.
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }
}
