package org.hubmap.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.hubmap.geo.TileId;
import org.hubmap.geo.WebMercator;
import org.hubmap.render.Basemap;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.BasemapTileRenderer;
import org.hubmap.render.LabelLanguage;
import org.hubmap.render.TileCache;

/**
 * Writes a PNG of the bundled basemap stitched from cached tiles, exactly as the map view shows them, for judging
 * the look by eye.
 *
 * <p>Usage: {@code BasemapPreview ZOOM LON LAT WIDTH HEIGHT en|uk OUTPUT.png}, for example
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.hubmap.bench.BasemapPreview
 * -Dexec.args="7 30.52 50.45 1200 800 en /tmp/kyiv-7.png"}.
 */
public final class BasemapPreview {
    private BasemapPreview() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 7) {
            System.err.println("usage: BasemapPreview ZOOM LON LAT WIDTH HEIGHT en|uk OUTPUT.png");
            System.exit(2);
        }
        int zoom = Integer.parseInt(args[0]);
        double lon = Double.parseDouble(args[1]);
        double lat = Double.parseDouble(args[2]);
        int width = Integer.parseInt(args[3]);
        int height = Integer.parseInt(args[4]);
        LabelLanguage language = args[5].toLowerCase(Locale.ROOT).startsWith("uk")
                ? LabelLanguage.UKRAINIAN : LabelLanguage.ENGLISH;
        Path output = Path.of(args[6]);

        TileCache cache = new TileCache(new BasemapTileRenderer(Basemap.loadBundled()), 512);
        BasemapOptions options = BasemapOptions.defaults().withLanguage(language);
        BufferedImage mosaic = mosaic(cache, options, zoom, lon, lat, width, height);
        ImageIO.write(mosaic, "png", output.toFile());
        System.out.println("wrote " + output + " (" + width + "x" + height + ", zoom " + zoom + ")");
    }

    static BufferedImage mosaic(TileCache cache, BasemapOptions options, int zoom, double lon, double lat, int width,
            int height) {
        int size = WebMercator.TILE_SIZE;
        long left = Math.round(WebMercator.lonToPixelX(lon, zoom) - width / 2.0);
        long top = Math.round(WebMercator.latToPixelY(lat, zoom) - height / 2.0);
        BufferedImage mosaic = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = mosaic.createGraphics();
        for (long ty = Math.floorDiv(top, size); ty * size < top + height; ty++) {
            for (long tx = Math.floorDiv(left, size); tx * size < left + width; tx++) {
                BufferedImage tile = cache.tile(new TileId(zoom, tx, ty), options);
                g.drawImage(tile, (int) (tx * size - left), (int) (ty * size - top), null);
            }
        }
        g.dispose();
        return mosaic;
    }
}
