package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.impl.maps.TileImageView;
import com.gluonhq.maps.MapView;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.awt.image.BufferedImage;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.hubmap.geo.TileId;
import org.hubmap.geo.WebMercator;
import org.hubmap.render.BasemapLayer;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.MapViewport;
import org.hubmap.render.TileCache;
import org.hubmap.ui.map.OfflineTileRetriever;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The map shows tiles drawn by HubMap's own basemap renderer, placed where they belong. */
@ExtendWith(ApplicationExtension.class)
class BasemapTilesTest {
    /** Largest difference per colour channel still taken as the same colour; allows for smoothing. */
    private static final int TOLERANCE = 24;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, List.of());
    }

    @Stop
    void stop() {
        window.dispose();
    }

    @Test
    void gluonDrawsItsTilesWithOurOfflineRetriever() throws Exception {
        WindowTesting.waitForTiles(window);

        assertInstanceOf(OfflineTileRetriever.class, TileRetrieverProvider.getInstance().load());
        Field inUse = TileImageView.class.getDeclaredField("TILE_RETRIEVER");
        inUse.setAccessible(true);
        assertInstanceOf(OfflineTileRetriever.class, inUse.get(null));
    }

    @Test
    void mapShowsTheTilesOurRendererDrawsForEachPlace() throws Exception {
        WindowTesting.waitForTiles(window);
        assertMapMatchesRenderedTiles(window.tiles().options());
    }

    @Test
    void mapShowsSeaAndLandColoursOfTheBasemap() throws Exception {
        WindowTesting.waitForTiles(window);
        TileCache cache = BundledBasemap.tiles().join();
        BasemapOptions options = window.tiles().options();
        int sea = dominantColour(cache.tile(WebMercator.tileAt(31.0, 43.5, 6), options));
        int land = dominantColour(cache.tile(WebMercator.tileAt(31.0, 49.0, 6), options));

        BufferedImage shot = WindowTesting.snapshot(mapView());
        assertTrue(share(shot, sea) > 0.02, "sea colour missing");
        assertTrue(share(shot, land) > 0.02, "land colour missing");
    }

    @Test
    void switchingALayerRepaintsTheTilesGluonAlreadyHolds(FxRobot robot) throws Exception {
        WindowTesting.waitForTiles(window);
        AtomicInteger mostPending = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> window.tiles().pendingTilesProperty().addListener(
                (o, before, now) -> mostPending.accumulateAndGet(now.intValue(), Math::max))).get();

        WindowTesting.clickMenuItem(robot, "View", "Sea");
        WindowTesting.waitForTiles(window);

        assertTrue(mostPending.get() > 0, "no tile was repainted");
        assertTrue(!window.tiles().options().shows(BasemapLayer.SEA));
        assertMapMatchesRenderedTiles(window.tiles().options());
    }

    /** Compares a grid of map pixels with the same places in tiles rendered directly, allowing a few misses. */
    private void assertMapMatchesRenderedTiles(BasemapOptions options) throws Exception {
        TileCache cache = BundledBasemap.tiles().join();
        BufferedImage shot = WindowTesting.snapshot(mapView());
        MapViewport view = window.map().getViewport();
        int zoom = (int) Math.round(view.zoom());
        assertTrue(Math.abs(view.zoom() - zoom) < 1e-9, "expected a whole zoom level, was " + view.zoom());

        Map<TileId, BufferedImage> tiles = new HashMap<>();
        int compared = 0;
        int matching = 0;
        for (int y = 3; y < shot.getHeight() - 3; y += 9) {
            for (int x = 3; x < shot.getWidth() - 3; x += 9) {
                double worldX = WebMercator.lonToPixelX(view.lonAt(x + 0.5), zoom);
                double worldY = WebMercator.latToPixelY(view.latAt(y + 0.5), zoom);
                TileId tile = new TileId(zoom, (long) (worldX / 256), (long) (worldY / 256));
                int expected = tiles.computeIfAbsent(tile, id -> cache.tile(id, options))
                        .getRGB((int) worldX % 256, (int) worldY % 256);
                compared++;
                if (close(expected, shot.getRGB(x, y))) {
                    matching++;
                }
            }
        }
        assertTrue(matching >= 0.8 * compared, matching + " of " + compared + " map pixels match the tiles");
    }

    private Node mapView() {
        return window.map().getChildrenUnmodifiable().stream().filter(MapView.class::isInstance).findFirst()
                .orElseThrow();
    }

    private static int dominantColour(BufferedImage image) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) | 0xff000000, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static double share(BufferedImage image, int colour) {
        int same = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (close(colour, image.getRGB(x, y))) {
                    same++;
                }
            }
        }
        return (double) same / (image.getWidth() * image.getHeight());
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}
