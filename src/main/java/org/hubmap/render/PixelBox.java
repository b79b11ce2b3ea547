package org.hubmap.render;

/**
 * An axis-aligned rectangle in world pixels at one zoom, y growing southwards. Edges that only touch do not
 * intersect.
 */
record PixelBox(double minX, double minY, double maxX, double maxY) {

    /** A box of the given size with its top-left corner at (x, y). */
    static PixelBox ofSize(double x, double y, double width, double height) {
        return new PixelBox(x, y, x + width, y + height);
    }

    /** A square of half side {@code radius} centred on (x, y). */
    static PixelBox around(double x, double y, double radius) {
        return new PixelBox(x - radius, y - radius, x + radius, y + radius);
    }

    boolean intersects(PixelBox other) {
        return minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY;
    }

    /** This box moved by (dx, dy). */
    PixelBox shifted(double dx, double dy) {
        return new PixelBox(minX + dx, minY + dy, maxX + dx, maxY + dy);
    }

    /** This box grown by {@code margin} on every side. */
    PixelBox grown(double margin) {
        return new PixelBox(minX - margin, minY - margin, maxX + margin, maxY + margin);
    }

    /**
     * How far apart this box and {@code other} are: the larger of the gaps between them along x and along y, 0 when
     * they meet. A box grown by {@code d} meets exactly the boxes less than {@code d} away.
     */
    double distanceTo(PixelBox other) {
        double gapX = Math.max(0, Math.max(other.minX - maxX, minX - other.maxX));
        double gapY = Math.max(0, Math.max(other.minY - maxY, minY - other.maxY));
        return Math.max(gapX, gapY);
    }

    /** The smallest box holding this one and the point ({@code x}, {@code y}). */
    PixelBox including(double x, double y) {
        return new PixelBox(Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y));
    }

    double width() {
        return maxX - minX;
    }

    double height() {
        return maxY - minY;
    }

    double centerX() {
        return (minX + maxX) / 2;
    }

    double centerY() {
        return (minY + maxY) / 2;
    }
}
