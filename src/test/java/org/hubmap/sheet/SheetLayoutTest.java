package org.hubmap.sheet;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.hubmap.render.MapOutput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sheet, portrait or landscape, on paper or as an image of any size, lays out without overlaps or clipping:
 * its parts lie apart and on the sheet, and what each painter draws stays inside its part, even with a title too
 * long for its line.
 */
class SheetLayoutTest {
    static Stream<SheetSize> sizes() {
        List<SheetSize> sizes = new ArrayList<>();
        for (Paper paper : Paper.values()) {
            sizes.add(SheetSize.paper(paper, true, 96));
            sizes.add(SheetSize.paper(paper, false, 96));
        }
        int[][] pixels = {{1280, 720}, {1920, 1080}, {3840, 2160}, {800, 600}, {640, 480}, {1080, 1920},
            {7680, 4320}, {2000, 2000}, {3000, 1000}};
        for (int[] p : pixels) {
            sizes.add(SheetSize.pixels(p[0], p[1]));
        }
        return sizes.stream();
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void partsLieApartAndOnTheSheet(SheetSize size) {
        SheetLayout layout = SheetLayout.of(size);
        Rectangle2D sheet = new Rectangle2D.Double(0, 0, size.widthPixels(), size.heightPixels());
        List<Map.Entry<String, Rectangle2D>> parts = new ArrayList<>(layout.parts().entrySet());
        for (int i = 0; i < parts.size(); i++) {
            Rectangle2D part = parts.get(i).getValue();
            assertTrue(part.getWidth() > 0 && part.getHeight() > 0, parts.get(i).getKey() + " is empty: " + part);
            assertTrue(sheet.contains(part), parts.get(i).getKey() + " " + part + " runs off " + sheet);
            for (int j = i + 1; j < parts.size(); j++) {
                Rectangle2D other = parts.get(j).getValue();
                if (part.createIntersection(other).getWidth() > 0 && part.createIntersection(other).getHeight() > 0) {
                    fail(parts.get(i).getKey() + " " + part + " overlaps " + parts.get(j).getKey() + " " + other);
                }
            }
        }
        assertTrue(layout.map().getWidth() * layout.map().getHeight() > 0.45 * sheet.getWidth() * sheet.getHeight(),
                "the map takes most of the sheet: " + layout.map());
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void eachPartDrawsOnlyInsideItsRoom(SheetSize size) {
        SheetSpec spec = SampleSheets.spec(size)
                .withTitle("Coalition hubs, depots and ceasefire-monitoring zones across Ukraine, revision 14")
                .withSubtitle("Planning draft for the coalition staff, from the French, British and Polish cells");
        Sheet sheet = Sheet.of(spec, SampleSheets.content());
        SheetLayout layout = sheet.layout();
        inside(sheet, layout.titleBlock(), "title block", (g, s) -> SheetPainter.paintTitleBlock(g, s));
        inside(sheet, layout.topBanner(), "banners", (g, s) -> SheetPainter.paintBanners(g, s), layout.bottomBanner());
        inside(sheet, layout.compass(), "north arrow and scale bar",
                (g, s) -> CompassPainter.paint(g, s.view(), s.layout().compass()));
        inside(sheet, layout.legend(), "legend", (g, s) -> SheetPainter.paintLegend(g, s, MapOutput.IMAGE));
        inside(sheet, layout.overview(), "overview", (g, s) -> OverviewPainter.paint(g, s, s.layout().overview()));
        inside(sheet, layout.footer(), "footer", SheetPainter::paintFooter);
    }

    /** Paints one part onto a blank sheet and checks that no pixel outside {@code rooms} changed. */
    private static void inside(Sheet sheet, Rectangle2D room, String part, BiConsumer<Graphics2D, Sheet> painter,
            Rectangle2D... more) {
        SheetSize size = sheet.spec().size();
        BufferedImage image = new BufferedImage((int) Math.ceil(size.widthPixels()),
                (int) Math.ceil(size.heightPixels()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        SheetPainter.prepare(g);
        painter.accept(g, sheet);
        g.dispose();
        List<Rectangle2D> rooms = new ArrayList<>(List.of(room));
        rooms.addAll(List.of(more));
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == 0xffffff) {
                    continue;
                }
                inked++;
                boolean within = false;
                for (Rectangle2D r : rooms) {
                    // Antialiased edges of a line drawn on the room's border reach half a pixel beyond it.
                    within |= x >= Math.floor(r.getMinX()) - 1 && x <= r.getMaxX() && y >= Math.floor(r.getMinY()) - 1
                            && y <= r.getMaxY();
                }
                if (!within) {
                    fail(part + " draws at (" + x + ", " + y + "), outside " + rooms + " on a " + size.widthPixels()
                            + " x " + size.heightPixels() + " sheet");
                }
            }
        }
        assertTrue(inked > 0, part + " draws something");
    }
}
