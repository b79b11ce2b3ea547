package org.hubmap.io;

import java.util.Locale;

/**
 * The most bytes of JSON text one feature may take. Every reader holds a feature whole while reading it (its
 * values, and for lossless saving its exact text), so without a limit one feature with a very long property array
 * would take all the memory there is; with it, reading takes memory in proportion to this limit, not to the file.
 * Real features, even zones with thousands of vertices, are a few megabytes at most.
 *
 * @param mostBytes the most bytes one feature's text may take
 */
record FeatureSizeLimit(long mostBytes) {
    /**
     * The limit every command and the window read layouts within. A feature's values take several times its text:
     * 16 MB of one-digit numbers are 8 million values, some 500 MB of heap, which a Java of 1 GB still holds.
     */
    static final FeatureSizeLimit DEFAULT = new FeatureSizeLimit(16L << 20);

    /** "16 MB", "1 KB", "100 bytes". */
    String described() {
        if (mostBytes % (1 << 20) == 0) {
            return mostBytes / (1 << 20) + " MB";
        }
        if (mostBytes % (1 << 10) == 0) {
            return mostBytes / (1 << 10) + " KB";
        }
        return String.format(Locale.ROOT, "%d bytes", mostBytes);
    }
}
