package org.hubmap.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.hubmap.geo.GeoBounds;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.Layout;
import org.hubmap.render.Basemap;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.FeatureMarks;
import org.hubmap.render.MapPainter;

/** Sheets of the sample layout for tests, drawn from the bundled basemap, read once for the run. */
public final class SampleSheets {
    public static final DateTimeGroup DTG = new DateTimeGroup(LocalDateTime.of(2026, 12, 7, 15, 30));
    private static Basemap basemap;
    private static SheetContent sample;

    private SampleSheets() {
    }

    /** The bundled basemap. */
    public static synchronized Basemap basemap() {
        if (basemap == null) {
            try {
                basemap = Basemap.loadBundled();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return basemap;
    }

    /** The sample layout with the bundled basemap. */
    public static synchronized SheetContent content() {
        if (sample == null) {
            sample = content(List.of(sampleLayout()));
        }
        return sample;
    }

    /** {@code layouts} over the bundled basemap. */
    public static SheetContent content(List<Layout> layouts) {
        return new SheetContent(new MapPainter(basemap()), layouts, FeatureMarks.of(layouts, Set.of()));
    }

    public static Layout sampleLayout() {
        try {
            return LayoutReader.read(Path.of("maps/sample-layout.geojson"));
        } catch (LayoutFormatException e) {
            throw new IllegalStateException("the sample layout cannot be read: " + e.getMessage(), e);
        }
    }

    /** A sheet of the sample over all of Ukraine at {@code size}, marked NATO RESTRICTED. */
    public static Sheet of(SheetSize size) {
        return Sheet.of(spec(size), content());
    }

    public static SheetSpec spec(SheetSize size) {
        return new SheetSpec("Coalition hubs and depots", "Sample layout, planning draft", DTG,
                Classification.NATO_RESTRICTED, size, GeoBounds.UKRAINE, BasemapOptions.defaults(), false);
    }
}
