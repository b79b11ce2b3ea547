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
