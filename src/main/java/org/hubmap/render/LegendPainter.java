package org.hubmap.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Legend} onto any {@link Graphics2D}: the legend panel on screen and the legend box of every export
 * use this one drawing, with the symbols and zone styles drawn by the same code as the map's.
 */
public final class LegendPainter {
    private static final Font TITLE_FONT = MapFonts.of(Font.BOLD, 13f);
    private static final Font SECTION_FONT = MapFonts.of(Font.BOLD, 11f);
    private static final Font ENTRY_FONT = MapFonts.of(Font.PLAIN, 11f);
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final double PADDING = 10;
    private static final double SWATCH_WIDTH = 44;
    private static final double ROW_HEIGHT = 30;
    private static final double NATION_ROW_HEIGHT = 17;
    private static final double SECTION_GAP = 8;
    private static final double TITLE_HEIGHT = 20;
    private static final double SECTION_TITLE_HEIGHT = 17;
    private static final double COLUMN_GAP = 14;
    private static final String TITLE = "Legend";

    private LegendPainter() {
    }

    /** The legend's width and height in pixels. */
    public static Dimension2D size(Legend legend) {
        return size(legend, 1);
    }

    /**
     * The legend's width and height in pixels when its entries flow down {@code columns} columns side by side
     * (at least one), the first column starting under the legend's title.
     */
    public static Dimension2D size(Legend legend, int columns) {
        List<List<Row>> flowed = flow(legend, columns);
        double width = 0;
        double height = 0;
        for (List<Row> column : flowed) {
            double columnWidth = 0;
            double columnHeight = 0;
            for (Row row : column) {
                columnWidth = Math.max(columnWidth, row.width());
                columnHeight += row.height();
            }
            width += columnWidth + (width > 0 ? COLUMN_GAP : 0);
            height = Math.max(height, columnHeight);
        }
        Dimension2D size = new java.awt.Dimension();
        size.setSize(Math.ceil(width + 2 * PADDING), Math.ceil(height + 2 * PADDING));
        return size;
    }

    /** Draws the legend with its top-left corner at ({@code x}, {@code y}), on its own background. */
    public static void paint(Graphics2D g, Legend legend, double x, double y) {
        paint(g, legend, x, y, 1);
    }

    /** As {@link #paint(Graphics2D, Legend, double, double)}, in {@code columns} columns. */
    public static void paint(Graphics2D g, Legend legend, double x, double y, int columns) {
        paint(g, legend, x, y, columns, MapOutput.IMAGE);
    }

    /**
     * As {@link #paint(Graphics2D, Legend, double, double, int)}, into {@code output}: a vector document gets its
     * hatching as lines rather than tiles.
     */
    public static void paint(Graphics2D g, Legend legend, double x, double y, int columns, MapOutput output) {
        boolean vector = output == MapOutput.VECTOR;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        Dimension2D size = size(legend, columns);
        Rectangle2D box = new Rectangle2D.Double(x, y, size.getWidth(), size.getHeight());
        g.setColor(Symbology.LEGEND_BACKGROUND);
        g.fill(box);
        g.setColor(Symbology.LEGEND_BORDER);
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        double left = x + PADDING;
        for (List<Row> column : flow(legend, columns)) {
            double top = y + PADDING;
            double columnWidth = 0;
            for (Row row : column) {
                row.paint(g, left, top, vector);
                top += row.height();
                columnWidth = Math.max(columnWidth, row.width());
            }
            left += columnWidth + COLUMN_GAP;
        }
    }

    /** The legend drawn into a new image at {@code scale} device pixels per pixel, for screens and documents. */
    public static BufferedImage image(Legend legend, double scale) {
        Dimension2D size = size(legend);
        BufferedImage image = new BufferedImage((int) Math.ceil(size.getWidth() * scale),
                (int) Math.ceil(size.getHeight() * scale), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            paint(g, legend, 0, 0);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The legend's rows in {@code columns} columns (or fewer), as even in height as whole sections allow: a
     * section taller than a column's share is cut, and each piece after the first is headed again.
     */
    private static List<List<Row>> flow(Legend legend, int columns) {
        List<List<Row>> blocks = new ArrayList<>();
        double total = TITLE_HEIGHT;
        for (Legend.Section section : legend.sections()) {
            total += new SectionRow(section.title()).height();
            for (Legend.Entry entry : section.entries()) {
                total += new EntryRow(entry).height();
            }
        }
        double share = total / Math.max(1, columns);
        for (Legend.Section section : legend.sections()) {
            List<Row> block = new ArrayList<>(List.of(new SectionRow(section.title())));
            double height = block.get(0).height();
            for (Legend.Entry entry : section.entries()) {
                Row row = new EntryRow(entry);
                if (block.size() > 1 && height + row.height() > share) {
                    blocks.add(block);
                    block = new ArrayList<>(List.of(new SectionRow(section.title() + ", continued")));
                    height = block.get(0).height();
                }
                block.add(row);
                height += row.height();
            }
            blocks.add(block);
        }
        if (blocks.isEmpty()) {
            blocks.add(new ArrayList<>());
        }
        blocks.get(0).add(0, new TitleRow());
        return balanced(blocks, columns);
    }

    /**
     * {@code blocks} in order, in at most {@code columns} columns, so that the tallest column is as short as it can
     * be (a linear partition, solved exactly: legends have a handful of blocks).
     */
    private static List<List<Row>> balanced(List<List<Row>> blocks, int columns) {
        int n = blocks.size();
        int k = Math.max(1, Math.min(columns, n));
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + blocks.get(i).stream().mapToDouble(Row::height).sum();
        }
        // best[c][i]: the least tallest column for the first i blocks in c columns; cut[c][i]: where the last starts.
        double[][] best = new double[k + 1][n + 1];
        int[][] cut = new int[k + 1][n + 1];
        for (int i = 0; i <= n; i++) {
            best[1][i] = prefix[i];
        }
        for (int c = 2; c <= k; c++) {
            for (int i = 0; i <= n; i++) {
                best[c][i] = best[c - 1][i];
                cut[c][i] = i;
                for (int j = 1; j < i; j++) {
                    double tallest = Math.max(best[c - 1][j], prefix[i] - prefix[j]);
                    if (tallest < best[c][i] - 1e-9) {
                        best[c][i] = tallest;
                        cut[c][i] = j;
                    }
                }
            }
        }
        List<List<Row>> flowed = new ArrayList<>();
        int end = n;
        for (int c = k; c >= 1 && end > 0; c--) {
            int start = c == 1 ? 0 : cut[c][end];
            List<Row> column = new ArrayList<>();
            for (int b = start; b < end; b++) {
                column.addAll(blocks.get(b));
            }
            if (!column.isEmpty()) {
                flowed.add(0, column);
            }
            end = start;
        }
        return flowed;
    }

    /** One line of the legend: its size, and how it is drawn with its top-left corner at a point. */
    private interface Row {
        double width();

        double height();

        void paint(Graphics2D g, double left, double top, boolean vector);
    }

    private record TitleRow() implements Row {
        @Override
        public double width() {
            return TITLE_FONT.getStringBounds(TITLE, MEASURE).getWidth();
        }

        @Override
        public double height() {
            return TITLE_HEIGHT;
        }

        @Override
        public void paint(Graphics2D g, double left, double top, boolean vector) {
            g.setColor(Symbology.LEGEND_TEXT);
            g.setFont(TITLE_FONT);
            g.drawString(TITLE, (float) left, (float) (top + 13));
        }
    }

    private record SectionRow(String title) implements Row {
        @Override
        public double width() {
            return SECTION_FONT.getStringBounds(title, MEASURE).getWidth();
        }

        @Override
        public double height() {
            return SECTION_GAP + SECTION_TITLE_HEIGHT;
        }

        @Override
        public void paint(Graphics2D g, double left, double top, boolean vector) {
            g.setColor(Symbology.LEGEND_TEXT);
            g.setFont(SECTION_FONT);
            g.drawString(title, (float) left, (float) (top + SECTION_GAP + 12));
        }
    }

    private record EntryRow(Legend.Entry entry) implements Row {
        @Override
        public double width() {
            return SWATCH_WIDTH + 8 + ENTRY_FONT.getStringBounds(entry.text(), MEASURE).getWidth();
        }

        @Override
        public double height() {
            return entry instanceof Legend.NationEntry ? NATION_ROW_HEIGHT : ROW_HEIGHT;
        }

        @Override
        public void paint(Graphics2D g, double left, double top, boolean vector) {
            paintSwatch(g, entry, left, top, height(), vector);
            g.setColor(Symbology.LEGEND_TEXT);
            g.setFont(ENTRY_FONT);
            g.drawString(entry.text(), (float) (left + SWATCH_WIDTH + 8), (float) (top + height() / 2 + 4));
        }
    }

    private static void paintSwatch(Graphics2D g, Legend.Entry entry, double left, double top, double rowHeight,
            boolean vector) {
        FeaturePainter.Hatching hatching = new FeaturePainter.Hatching(0, vector);
        double centreX = left + SWATCH_WIDTH / 2;
        double centreY = top + rowHeight / 2;
        AffineTransform saved = g.getTransform();
        if (entry instanceof Legend.SymbolEntry symbol) {
            FeaturePainter.paintSymbol(g, centreX, centreY, symbol.style(), "", false);
        } else if (entry instanceof Legend.AreaEntry area) {
            Rectangle2D within = new Rectangle2D.Double(left, top + 4, SWATCH_WIDTH, rowHeight - 8);
            if (area.circle()) {
                double r = within.getHeight() / 2;
                FeaturePainter.paintArea(g, new Ellipse2D.Double(centreX - r, centreY - r, 2 * r, 2 * r), true,
                        area.style(), false, within, hatching);
                FeaturePainter.paintCentreMark(g, centreX, centreY, area.style());
            } else {
                Rectangle2D swatch = new Rectangle2D.Double(left + 3, top + 5, SWATCH_WIDTH - 6, rowHeight - 10);
                FeaturePainter.paintArea(g, swatch, true, area.style(), false, within, hatching);
            }
        } else if (entry instanceof Legend.NationEntry nation) {
            LabelText code = NationCode.text(nation.code());
            g.translate(centreX - code.bounds().centerX(), centreY - code.capMiddleY());
            code.paint(g, true);
        }
        g.setTransform(saved);
    }
}
