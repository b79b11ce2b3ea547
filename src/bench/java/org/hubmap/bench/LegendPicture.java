package org.hubmap.bench;

import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.hubmap.io.LayoutReader;
import org.hubmap.render.Legend;
import org.hubmap.render.LegendPainter;

/**
 * Writes the legend of a layout as a PNG at twice the screen's pixel density, for the documentation:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.hubmap.bench.LegendPicture
 * -Dexec.args="maps/sample-layout.geojson docs/legend.png"}.
 */
public final class LegendPicture {
    private LegendPicture() {
    }

    public static void main(String[] args) throws Exception {
        Path layout = Path.of(args.length > 0 ? args[0] : "maps/sample-layout.geojson");
        Path png = Path.of(args.length > 1 ? args[1] : "docs/legend.png");
        Legend legend = Legend.of(List.of(LayoutReader.read(layout)));
        ImageIO.write(LegendPainter.image(legend, 2), "png", png.toFile());
        System.out.println("wrote " + png);
    }
}
