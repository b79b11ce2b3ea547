package org.hubmap.render;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;

/**
 * The simple look of crowded zones ({@link ZoneMosaic}) cut into tiles of {@value #CELLS} by {@value #CELLS}
 * cells, one set per whole zoom, and remembered, so that a view moving over zones it has shown before only pastes
 * their cells. A view at a fractional zoom shows the tiles of the nearest whole zoom scaled, as the basemap's
 * tiles are, so a cell is 3 to 6 pixels wide on screen.
 *
 * <p>A tile is remembered under the very outlines it shows, in their drawing order, compared by identity. Features
 * are immutable and keep their outlines until edited, so an edit, a selection or another layout opened only
 * redraws the tiles whose outlines changed. Thread-safe.
 */
final class ZoneMosaicTiles {
    /** Cells along a tile's side: 256 pixels at the tile's zoom, as basemap tiles. */
    static final int CELLS = 64;
    private static final int TILE_PIXELS = CELLS * Symbology.ZONE_CELL_PIXELS;
    /**
     * At most this many tiles are remembered, 16 KB each: some 100 MB at most, enough for some fifty views of a
     * large screen, each at its own place and zoom. Only zones crowded together make tiles.
     */
    private static final int CAPACITY = 6_000;

    private final BoundedMemo<TileKey, BufferedImage> tiles = new BoundedMemo<>(CAPACITY);

    /**
     * Draws into {@code frame} the simple look of the zones and rings at the positions {@code shown} of
     * {@code index}; those drawn as lines are left out. When {@code ontoClear}, {@code g}'s pixels in the frame are
     * all transparent, and are replaced rather than blended over, which costs a fraction as much.
     */
    void paint(Graphics2D g, ScreenFrame frame, MarkIndex index, BitSet shown, boolean ontoClear) {
        int zoom = tileZoom(frame.scale());
        double tileScale = MercatorGeometry.scale(zoom);
        double tileWorld = TILE_PIXELS / tileScale;
        Envelope area = frame.worldArea(0);
        long firstX = (long) Math.floor(area.getMinX() / tileWorld);
        long firstY = (long) Math.floor(area.getMinY() / tileWorld);
        int across = (int) (Math.ceil(area.getMaxX() / tileWorld) - firstX);
        int down = (int) (Math.ceil(area.getMaxY() / tileWorld) - firstY);
        List<List<Integer>> inTile = outlinesByTile(index, shown, tileWorld, firstX, firstY, across, down);
        int[][] cells = new int[across * down][];
        // Tiles not remembered are built on every processor: a view moved to new ground may need dozens.
        IntStream.range(0, cells.length).parallel().filter(t -> inTile.get(t) != null).forEach(t -> {
            List<Integer> positions = inTile.get(t);
            TileKey key = TileKey.of(zoom, firstX + t % across, firstY + t / across, index, positions);
            BufferedImage tile = tiles.get(key, k -> build(k, index, positions));
            cells[t] = ((DataBufferInt) tile.getRaster().getDataBuffer()).getData();
        });
        if (inTile.stream().anyMatch(Objects::nonNull)) {
            paintCells(g, frame, tileScale, firstX, firstY, across, down, cells, ontoClear);
        }
    }

    /**
     * Draws the tiles' cells as the view shows them, each screen pixel taking the cell under its centre. The
     * scaling is done here, row by row, into one image drawn unscaled: Java2D's own scaled drawing of images
     * costs several times as much.
     */
    private static void paintCells(Graphics2D g, ScreenFrame frame, double tileScale, long firstX, long firstY,
            int across, int down, int[][] cells, boolean ontoClear) {
        int width = (int) Math.ceil(frame.widthPixels());
        int height = (int) Math.ceil(frame.heightPixels());
        double cellsPerPixel = tileScale / frame.scale() / Symbology.ZONE_CELL_PIXELS;
        int[] tileColumn = new int[width];
        int[] cellColumn = new int[width];
        for (int x = 0; x < width; x++) {
            long cell = (long) Math.floor((frame.originX() + x + 0.5) * cellsPerPixel);
            long column = Math.floorDiv(cell, CELLS) - firstX;
            // A pixel the view's rounding adds beyond its last tile shows nothing.
            tileColumn[x] = column >= 0 && column < across ? (int) column : -1;
            cellColumn[x] = (int) Math.floorMod(cell, CELLS);
        }
        BufferedImage image = ScratchImage.ofThisThread().atLeast(width, height);
        int stride = image.getWidth();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        long lastCellRow = Long.MIN_VALUE;
        for (int y = 0; y < height; y++) {
            long cellRow = (long) Math.floor((frame.originY() + y + 0.5) * cellsPerPixel);
            int row = y * stride;
            if (cellRow == lastCellRow) {
                System.arraycopy(pixels, row - stride, pixels, row, width);
                continue;
            }
            lastCellRow = cellRow;
            long tileRow = Math.floorDiv(cellRow, CELLS) - firstY;
            if (tileRow < 0 || tileRow >= down) {
                Arrays.fill(pixels, row, row + width, 0);
                continue;
            }
            int first = (int) tileRow * across;
            int cellOffset = (int) Math.floorMod(cellRow, CELLS) * CELLS;
            for (int x = 0; x < width; x++) {
                int column = tileColumn[x];
                int[] tile = column < 0 ? null : cells[first + column];
                pixels[row + x] = tile == null ? 0 : tile[cellOffset + cellColumn[x]];
            }
        }
        Composite composite = g.getComposite();
        if (ontoClear) {
            g.setComposite(AlphaComposite.Src);
        }
        g.drawImage(image, 0, 0, width, height, 0, 0, width, height, null);
        g.setComposite(composite);
    }

    /** The whole zoom whose tiles a view drawn at {@code scale} shows: the nearest. */
    static int tileZoom(double scale) {
        return Math.max(0, (int) Math.floor(Math.log(scale) / Math.log(2) + 0.5));
    }

    /** How many tiles are remembered now. */
    int size() {
        return tiles.size();
    }

    /**
     * Per tile of the view, row by row, the positions in drawing order of the tinted outlines that meet it; null
     * for a tile none meets.
     */
    private static List<List<Integer>> outlinesByTile(MarkIndex index, BitSet shown, double tileWorld, long firstX,
            long firstY, int across, int down) {
        List<List<Integer>> inTile = new ArrayList<>(across * down);
        for (int i = 0; i < across * down; i++) {
            inTile.add(null);
        }
        for (int i = shown.nextSetBit(0); i >= 0; i = shown.nextSetBit(i + 1)) {
            if (index.simpleTint(i) == 0) {
                continue;
            }
            // From the index's arrays: visiting each of thousands of outlines scattered in memory costs more.
            int fromX = (int) Math.max(0, Math.floor(index.areaBound(i, 0) / tileWorld) - firstX);
            int fromY = (int) Math.max(0, Math.floor(index.areaBound(i, 1) / tileWorld) - firstY);
            int toX = (int) Math.min(across - 1, Math.floor(index.areaBound(i, 2) / tileWorld) - firstX);
            int toY = (int) Math.min(down - 1, Math.floor(index.areaBound(i, 3) / tileWorld) - firstY);
            for (int ty = fromY; ty <= toY; ty++) {
                for (int tx = fromX; tx <= toX; tx++) {
                    List<Integer> positions = inTile.get(ty * across + tx);
                    if (positions == null) {
                        positions = new ArrayList<>();
                        inTile.set(ty * across + tx, positions);
                    }
                    positions.add(i);
                }
            }
        }
        return inTile;
    }

    /**
     * The cells of one tile. An outline too small to hold any cell's centre tints the cell of its name's anchor,
     * so that no zone vanishes, whichever tile that cell is in.
     */
    private static BufferedImage build(TileKey key, MarkIndex index, List<Integer> positions) {
        double scale = MercatorGeometry.scale(key.zoom());
        ScreenFrame tile = new ScreenFrame(scale, key.x() * TILE_PIXELS, key.y() * TILE_PIXELS, TILE_PIXELS,
                TILE_PIXELS);
        Envelope tileWorld = tile.worldArea(0);
        ZoneMosaic mosaic = new ZoneMosaic(tile);
        for (int position : positions) {
            FeatureMark.AreaShape shape = index.simpleShape(position);
            int tint = index.simpleTint(position);
            if (mosaic.add(shape, tint)) {
                continue;
            }
            double anchorX = index.anchorX(position);
            double anchorY = index.anchorY(position);
            boolean anchorHere = anchorX >= tileWorld.getMinX() && anchorX < tileWorld.getMaxX()
                    && anchorY >= tileWorld.getMinY() && anchorY < tileWorld.getMaxY();
            if (anchorHere && (tileWorld.covers(shape.envelope()) || !ZoneMosaic.holdsCellCentre(shape, scale))) {
                mosaic.tintCellAt(anchorX, anchorY, tint);
            }
        }
        return mosaic.image();
    }

    /**
     * A tile by its zoom and column and row, and the outlines it shows in drawing order, compared by identity;
     * the hash reads only the index's arrays, not the outlines, which lie all over memory.
     */
    private record TileKey(int zoom, long x, long y, FeatureMark.AreaShape[] shapes, int hash) {
        static TileKey of(int zoom, long x, long y, MarkIndex index, List<Integer> positions) {
            FeatureMark.AreaShape[] shapes = new FeatureMark.AreaShape[positions.size()];
            int hash = 31 * (31 * zoom + Long.hashCode(x)) + Long.hashCode(y);
            for (int i = 0; i < shapes.length; i++) {
                int position = positions.get(i);
                shapes[i] = index.simpleShape(position);
                hash = 31 * hash + Double.hashCode(index.anchorX(position)) + index.simpleTint(position);
            }
            return new TileKey(zoom, x, y, shapes, hash);
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof TileKey k) || k.hash != hash || k.zoom != zoom || k.x != x || k.y != y
                    || k.shapes.length != shapes.length) {
                return false;
            }
            for (int i = 0; i < shapes.length; i++) {
                if (k.shapes[i] != shapes[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "tile " + zoom + "/" + x + "/" + y + " of " + shapes.length + " outlines";
        }
    }
}
