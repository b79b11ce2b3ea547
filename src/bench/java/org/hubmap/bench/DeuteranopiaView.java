package org.hubmap.bench;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;
import org.hubmap.render.ColourVision;

/**
 * Writes a picture as seen with deuteranopia, to check the symbology by eye:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.hubmap.bench.DeuteranopiaView
 * -Dexec.args="docs/screenshot.png /tmp/screenshot-deuteranopia.png"}.
 */
public final class DeuteranopiaView {
    private DeuteranopiaView() {
    }

    public static void main(String[] args) throws Exception {
        BufferedImage in = ImageIO.read(new File(args[0]));
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                out.setRGB(x, y, ColourVision.deuteranopia(new Color(in.getRGB(x, y))).getRGB());
            }
        }
        ImageIO.write(out, "png", new File(args[1]));
        System.out.println("wrote " + args[1]);
    }
}
