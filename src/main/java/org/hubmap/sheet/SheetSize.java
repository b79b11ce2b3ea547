package org.hubmap.sheet;

import org.hubmap.render.MapViewport;

/**
 * How large a sheet is and how finely it is resolved: its width and height in map pixels (1/96 inch, in which the
 * sheet is laid out and every symbol and name is sized) and the device pixels per inch of its raster form.
 *
 * @param widthPixels width in map pixels
 * @param heightPixels height in map pixels
 * @param dotsPerInch device pixels per inch of the sheet as a PNG, recorded in the file
 * @param paper the paper it is printed on, or null for a sheet sized in pixels
 */
public record SheetSize(double widthPixels, double heightPixels, double dotsPerInch, Paper paper) {
    /** The least and most dots per inch a paper sheet may have. */
    public static final int LEAST_DPI = 96;
    public static final int MOST_DPI = 600;
    /** The largest raster a sheet may become, in device pixels along either side: 8K. */
    public static final int MOST_DEVICE_PIXELS = 7680;
    /**
     * Image sheets sized in pixels are laid out no larger than this, so that a 4K image reads like a full-HD sheet
     * drawn at twice the resolution.
     */
    static final double READABLE_WIDTH_PIXELS = 1920;
    static final double READABLE_HEIGHT_PIXELS = 1080;
    /** Image sheets are laid out at least this large, and drawn smaller when they are smaller. */
    static final double SMALLEST_WIDTH_PIXELS = 1280;
    static final double SMALLEST_HEIGHT_PIXELS = 720;
    private static final int SLIDE_WIDTH_DEVICE_PIXELS = 2560;
    private static final int SLIDE_HEIGHT_DEVICE_PIXELS = 1440;
    /** How much longer than the other one side of a sheet may be. */
    static final double MOST_ASPECT = 3;
    private static final double MILLIMETRES_PER_INCH = 25.4;

    public SheetSize {
        if (!(widthPixels > 0 && heightPixels > 0 && dotsPerInch > 0)) {
            throw new IllegalArgumentException("a sheet needs a positive size and resolution");
        }
        if (Math.max(widthPixels, heightPixels) > MOST_ASPECT * Math.min(widthPixels, heightPixels)) {
            throw new IllegalArgumentException("one side of a sheet may be at most 3 times as long as the other");
        }
    }

    /** A sheet of {@code paper}, on its side when {@code landscape}, at {@code dotsPerInch} (96 to 600). */
    public static SheetSize paper(Paper paper, boolean landscape, int dotsPerInch) {
        if (dotsPerInch < LEAST_DPI || dotsPerInch > MOST_DPI) {
            throw new IllegalArgumentException("DPI must be from " + LEAST_DPI + " to " + MOST_DPI + ", not "
                    + dotsPerInch);
        }
        double shortPixels = paper.shortMillimetres() / MILLIMETRES_PER_INCH * MapViewport.PIXELS_PER_INCH;
        double longPixels = paper.longMillimetres() / MILLIMETRES_PER_INCH * MapViewport.PIXELS_PER_INCH;
        SheetSize size = landscape ? new SheetSize(longPixels, shortPixels, dotsPerInch, paper)
                : new SheetSize(shortPixels, longPixels, dotsPerInch, paper);
        size.checkDevicePixels();
        return size;
    }

    /**
     * A 16:9 slide, 13.333 by 7.5 inches: 1280 by 720 map pixels, drawn at twice screen resolution so that it stays
     * sharp on a projector.
     */
    public static SheetSize slide() {
        return pixels(SLIDE_WIDTH_DEVICE_PIXELS, SLIDE_HEIGHT_DEVICE_PIXELS, 2 * MapViewport.PIXELS_PER_INCH);
    }

    /**
     * An image sheet exactly {@code widthDevicePixels} by {@code heightDevicePixels}. Images larger than full HD
     * are laid out as a full-HD sheet drawn at a higher resolution, so that names and symbols stay legible on
     * the screen or slide they are made for: a 3840 x 2160 image is a 1920 x 1080 sheet at 192 DPI. Images
     * smaller than 1280 x 720 are laid out at that size, drawn smaller, so that the map keeps its room.
     */
    public static SheetSize pixels(int widthDevicePixels, int heightDevicePixels) {
        double scale = Math.max(widthDevicePixels / READABLE_WIDTH_PIXELS, heightDevicePixels / READABLE_HEIGHT_PIXELS);
        if (scale < 1) {
            scale = Math.min(1, Math.min(widthDevicePixels / SMALLEST_WIDTH_PIXELS,
                    heightDevicePixels / SMALLEST_HEIGHT_PIXELS));
        }
        return pixels(widthDevicePixels, heightDevicePixels, MapViewport.PIXELS_PER_INCH * scale);
    }

    /** An image sheet exactly {@code widthDevicePixels} by {@code heightDevicePixels} at {@code dotsPerInch}. */
    public static SheetSize pixels(int widthDevicePixels, int heightDevicePixels, double dotsPerInch) {
        if (widthDevicePixels < 1 || heightDevicePixels < 1) {
            throw new IllegalArgumentException("an image needs at least one pixel each way");
        }
        double scale = dotsPerInch / MapViewport.PIXELS_PER_INCH;
        SheetSize size = new SheetSize(widthDevicePixels / scale, heightDevicePixels / scale, dotsPerInch, null);
        size.checkDevicePixels();
        return size;
    }

    private void checkDevicePixels() {
        if (deviceWidth() > MOST_DEVICE_PIXELS || deviceHeight() > MOST_DEVICE_PIXELS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "a %d x %d pixel image is larger than 8K (%d pixels along a side)", deviceWidth(),
                    deviceHeight(), MOST_DEVICE_PIXELS));
        }
    }

    /** Device pixels per map pixel. */
    public double deviceScale() {
        return dotsPerInch / MapViewport.PIXELS_PER_INCH;
    }

    /** The width of the sheet as an image, in whole device pixels. */
    public int deviceWidth() {
        return (int) Math.round(widthPixels * deviceScale());
    }

    /** The height of the sheet as an image, in whole device pixels. */
    public int deviceHeight() {
        return (int) Math.round(heightPixels * deviceScale());
    }

    /** Whether the sheet is wider than it is tall. */
    public boolean landscape() {
        return widthPixels > heightPixels;
    }

    /** The width in PDF points (1/72 inch). */
    public double widthPoints() {
        return widthPixels * 72 / MapViewport.PIXELS_PER_INCH;
    }

    /** The height in PDF points (1/72 inch). */
    public double heightPoints() {
        return heightPixels * 72 / MapViewport.PIXELS_PER_INCH;
    }
}
