package org.hubmap.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hubmap.export.PdfSheetWriter;
import org.hubmap.export.PngSheetWriter;
import org.hubmap.geo.GeoBounds;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.Layout;
import org.hubmap.render.Basemap;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.FeatureMarks;
import org.hubmap.render.MapPainter;
import org.hubmap.sheet.Classification;
import org.hubmap.sheet.DateTimeGroup;
import org.hubmap.sheet.Sheet;
import org.hubmap.sheet.SheetContent;
import org.hubmap.sheet.SheetSize;
import org.hubmap.sheet.SheetSpec;

/**
 * Where the time of one export goes, phase by phase, in one cold JVM as the {@code export} command runs it: reading
 * the basemap, reading the layout, making the features' marks, working out the sheet (viewport, legend), drawing
 * it, and encoding the PNG or writing the PDF. Complements {@code bench/export.sh}, which times whole processes
 * against Mapnik. Run with {@code mvn -q test-compile exec:java -Dexec.mainClass=org.hubmap.bench.ExportPhases
 * -Dexec.args="LAYOUT png|pdf [WIDTH HEIGHT]"}.
 */
public final class ExportPhases {
    private static long last = System.nanoTime();

    private ExportPhases() {
    }

    public static void main(String[] args) throws Exception {
        Path layoutFile = Path.of(args[0]);
        boolean pdf = args.length > 1 && args[1].equals("pdf");
        SheetSize size = args.length > 3 ? SheetSize.pixels(Integer.parseInt(args[2]), Integer.parseInt(args[3]))
                : SheetSize.pixels(3840, 2160);
        lap("start");
        Basemap basemap = Basemap.loadBundled();
        lap("basemap read and projected");
        Layout layout = LayoutReader.read(layoutFile);
        lap("layout read (" + layout.features().size() + " features)");
        FeatureMarks marks = FeatureMarks.of(List.of(layout), Set.of());
        lap("marks made");
        SheetContent content = new SheetContent(new MapPainter(basemap), List.of(layout), marks);
        SheetSpec spec = new SheetSpec("Benchmark", "", new DateTimeGroup(LocalDateTime.of(2026, 12, 7, 15, 30)),
                Classification.NATO_UNCLASSIFIED, size, GeoBounds.UKRAINE, BasemapOptions.defaults(), false);
        Sheet sheet = Sheet.of(spec, content);
        lap("sheet worked out (index, legend)");
        try (OutputStream out = Files.newOutputStream(Path.of(pdf ? "/tmp/phases.pdf" : "/tmp/phases.png"))) {
            if (pdf) {
                PdfSheetWriter.write(List.of(sheet), out);
                lap("PDF drawn and written");
            } else {
                var image = PngSheetWriter.render(sheet);
                lap("sheet drawn");
                PngSheetWriter.write(image, size.dotsPerInch(), out);
                lap("PNG encoded and written");
            }
        }
    }

    private static void lap(String what) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "%8.0f ms  %s%n", (now - last) / 1e6, what);
        last = now;
    }
}
