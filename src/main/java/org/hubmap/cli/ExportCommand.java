package org.hubmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hubmap.export.ExportFormat;
import org.hubmap.export.SheetExport;
import org.hubmap.geo.GeoBounds;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutFormats;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.hubmap.render.Basemap;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.FeatureMarks;
import org.hubmap.render.LabelLanguage;
import org.hubmap.render.MapPainter;
import org.hubmap.sheet.Atlas;
import org.hubmap.sheet.Classification;
import org.hubmap.sheet.DateTimeGroup;
import org.hubmap.sheet.Paper;
import org.hubmap.sheet.Sheet;
import org.hubmap.sheet.SheetContent;
import org.hubmap.sheet.SheetExtent;
import org.hubmap.sheet.SheetSize;
import org.hubmap.sheet.SheetSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE... --out OUT}: a briefing sheet of layouts as PNG, PDF, SVG or a PowerPoint slide, or an atlas
 * of one sheet per zone.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draw a briefing sheet of the layouts: the map with banners, title, date-time group, legend,"
            + " scale bar, north arrow, overview and attribution. The format follows OUT's extension: .png, .pdf,"
            + " .svg or .pptx (a 16:9 slide). By default the sheet is A4 landscape at 300 DPI and shows all"
            + " features.")
public final class ExportCommand implements Callable<Integer> {
    private static final int DEFAULT_DPI = 300;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StandardStreams streams;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Layout files to draw; - for standard input.")
    private List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "File to write (.png, .pdf, .svg, .pptx); for an atlas, a .pdf or a folder for PNGs.")
    private Path out;

    @Option(names = "--width", paramLabel = "W", description = "Image width in pixels (with --height; up to 7680).")
    private Integer width;

    @Option(names = "--height", paramLabel = "H", description = "Image height in pixels (with --width).")
    private Integer height;

    @Option(names = "--paper", paramLabel = "SIZE", description = "Paper: A4, A3, A2 or letter (default A4).")
    private String paper;

    @Option(names = "--dpi", paramLabel = "N", description = "Resolution for paper, 96-600 (default 300).")
    private Integer dpi;

    @Option(names = "--landscape", description = "Paper on its side (the default).")
    private boolean landscape;

    @Option(names = "--portrait", description = "Paper upright.")
    private boolean portrait;

    @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat",
            description = "Ground to show, in degrees (default: all features, with a margin).")
    private String bbox;

    @Option(names = "--title", paramLabel = "T", description = "Title (default: the layout's name or file name).")
    private String title;

    @Option(names = "--subtitle", paramLabel = "S", description = "Line under the title (default: the files).")
    private String subtitle;

    @Option(names = "--classification", paramLabel = "TEXT",
            description = "Banner marking (default NATO UNCLASSIFIED). Presets: UNCLASSIFIED, NATO UNCLASSIFIED,"
                + " NATO RESTRICTED, NATO CONFIDENTIAL, NATO SECRET, OFFICIAL-SENSITIVE; any other text too.")
    private String classification;

    @Option(names = "--classification-colour", paramLabel = "#RRGGBB",
            description = "Banner colour (default: the preset's, else black).")
    private String classificationColour;

    @Option(names = "--dtg", paramLabel = "DTG", description = "Date-time group, e.g. 071530ZDEC26 (default: now).")
    private String dtg;

    @Option(names = "--lang", paramLabel = "en|uk", description = "Language of place names (default en).")
    private String language = "en";

    @Option(names = "--grid", paramLabel = "mgrs", description = "Draw the MGRS grid with labelled lines.")
    private String grid;

    @Option(names = "--atlas", paramLabel = "zones",
            description = "One sheet per monitoring zone, zoomed to it, after an index page.")
    private String atlas;

    private final Clock clock;

    public ExportCommand() {
        this(Clock.systemUTC());
    }

    ExportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = streams.err();
        ExportFormat format = format();
        SheetSize size = size(format);
        SheetSpec base = new SheetSpec("", "", dateTimeGroup(), marking(), size, GeoBounds.UKRAINE,
                BasemapOptions.defaults().withLanguage(language()), mgrsGrid());
        boolean asAtlas = atlasOfZones();
        // The basemap is read on another processor while the layouts are.
        CompletableFuture<Basemap> basemap = CompletableFuture.supplyAsync(ExportCommand::bundledBasemap);
        List<Layout> layouts = new ArrayList<>();
        for (Path file : files) {
            try {
                layouts.add(LayoutFormats.read(streams.source(file), ReadProgress.NONE).layout());
            } catch (LayoutFormatException e) {
                return LayoutFiles.notWritten(err, out, e);
            }
        }
        FeatureMarks marks = FeatureMarks.of(layouts, Set.of());
        SheetContent content = new SheetContent(new MapPainter(basemapOf(basemap)), layouts, marks);
        SheetSpec sheet = base.withTitle(title != null ? title : defaultTitle(layouts))
                .withSubtitle(subtitle != null ? subtitle : defaultSubtitle())
                .withExtent(bbox != null ? bounds() : SheetExtent.aroundAll(layouts));
        List<Sheet> pages = new ArrayList<>();
        if (asAtlas) {
            Atlas plan = Atlas.ofZones(sheet, content);
            if (plan.sheets().isEmpty()) {
                err.println(out + ": not written: the layouts hold no monitoring zone to make an atlas of");
                err.flush();
                return ExitCodes.BAD_DATA;
            }
            pages.addAll(plan.pages());
        } else {
            pages.add(Sheet.of(sheet, content));
        }
        try {
            List<Path> written = SheetExport.write(pages, format, out, asAtlas, SheetExport.Progress.NONE);
            for (Path file : written) {
                streams.note(file + ": written");
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println(out + ": cannot be written: " + e.getMessage());
            return ExitCodes.BAD_DATA;
        } finally {
            err.flush();
        }
    }

    private static Basemap bundledBasemap() {
        try {
            return Basemap.loadBundled();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Basemap basemapOf(CompletableFuture<Basemap> reading) throws IOException {
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException failure) {
                throw failure.getCause();
            }
            throw e;
        }
    }

    private ExportFormat format() {
        if (StandardStreams.isStandard(out)) {
            throw usage("--out - (standard output) is not for pictures and documents: name a .png, .pdf, .svg or"
                    + " .pptx file");
        }
        Optional<ExportFormat> format = ExportFormat.of(out);
        if (atlas != null && format.isEmpty()) {
            // An atlas of PNGs goes into a folder.
            return ExportFormat.PNG;
        }
        return format.orElseThrow(() -> usage("--out must end in .png, .pdf, .svg or .pptx: " + out));
    }

    private SheetSize size(ExportFormat format) {
        boolean pixels = width != null || height != null;
        if (pixels && (width == null || height == null)) {
            throw usage("--width and --height go together");
        }
        if (pixels && (paper != null || dpi != null || landscape || portrait)) {
            throw usage("give either --width and --height, or --paper with --dpi and --landscape or --portrait");
        }
        if (landscape && portrait) {
            throw usage("--landscape and --portrait exclude each other");
        }
        try {
            if (format == ExportFormat.PPTX) {
                if (pixels || paper != null || dpi != null || portrait) {
                    throw usage("a slide is always 16:9; leave out --width, --height, --paper, --dpi and --portrait");
                }
                return SheetSize.slide();
            }
            if (pixels) {
                return SheetSize.pixels(width, height);
            }
            Paper sheet = paper == null ? Paper.A4 : Paper.named(paper)
                    .orElseThrow(() -> usage("--paper must be A4, A3, A2 or letter, not " + paper));
            return SheetSize.paper(sheet, !portrait, dpi == null ? DEFAULT_DPI : dpi);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private GeoBounds bounds() {
        try {
            return GeoBounds.parse(bbox);
        } catch (IllegalArgumentException e) {
            throw usage("--bbox: " + e.getMessage());
        }
    }

    private DateTimeGroup dateTimeGroup() {
        try {
            return dtg == null ? DateTimeGroup.now(clock) : DateTimeGroup.parse(dtg);
        } catch (IllegalArgumentException e) {
            throw usage("--dtg: " + e.getMessage());
        }
    }

    private Classification marking() {
        try {
            Optional<java.awt.Color> colour = classificationColour == null ? Optional.empty()
                    : Optional.of(Classification.colour(classificationColour));
            if (classification == null) {
                return colour.isEmpty() ? Classification.NATO_UNCLASSIFIED
                        : Classification.of(Classification.NATO_UNCLASSIFIED.text(), colour);
            }
            if (classification.isBlank()) {
                throw usage("--classification must not be blank");
            }
            return Classification.of(classification, colour);
        } catch (IllegalArgumentException e) {
            throw usage("--classification-colour: " + e.getMessage());
        }
    }

    private LabelLanguage language() {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "en" -> LabelLanguage.ENGLISH;
            case "uk" -> LabelLanguage.UKRAINIAN;
            default -> throw usage("--lang must be en or uk, not " + language);
        };
    }

    private boolean mgrsGrid() {
        if (grid != null && !grid.equalsIgnoreCase("mgrs")) {
            throw usage("--grid knows only mgrs, not " + grid);
        }
        return grid != null;
    }

    private boolean atlasOfZones() {
        if (atlas != null && !atlas.equalsIgnoreCase("zones")) {
            throw usage("--atlas knows only zones, not " + atlas);
        }
        if (atlas != null && ExportFormat.of(out).filter(f -> f != ExportFormat.PDF).isPresent()) {
            throw usage("an atlas is written as one .pdf, or as PNGs into a folder: --out must end in .pdf or be"
                    + " a folder");
        }
        return atlas != null;
    }

    private static String defaultTitle(List<Layout> layouts) {
        Object name = layouts.get(0).collectionMembers().get("name");
        if (name instanceof String text && !text.isBlank()) {
            return text;
        }
        return layouts.get(0).title();
    }

    private String defaultSubtitle() {
        return String.join(", ", files.stream().map(f -> StandardStreams.isStandard(f) ? "standard input"
                : f.getFileName().toString()).toList());
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
