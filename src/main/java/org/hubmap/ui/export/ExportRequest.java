package org.hubmap.ui.export;

import java.util.List;
import org.hubmap.export.ExportFormat;
import org.hubmap.geo.GeoBounds;
import org.hubmap.model.LayoutFeature;
import org.hubmap.sheet.Atlas;
import org.hubmap.sheet.Sheet;
import org.hubmap.sheet.SheetContent;
import org.hubmap.sheet.SheetExtent;
import org.hubmap.sheet.SheetSpec;

/**
 * An export as the user's choices ask for it, read from them at one moment: the sheet, the format and the pages.
 * Reading it is quick and says what cannot be used; the sheets are worked out later, off the FX thread. Immutable.
 *
 * @param spec the sheet, or the atlas's index page
 * @param format the file format
 * @param pages one sheet, or an atlas of zones or of the selected features
 * @param selected the selected features, for an atlas of them
 */
record ExportRequest(SheetSpec spec, ExportFormat format, ExportChoices.Pages pages, List<LayoutFeature> selected) {
    /**
     * The export {@code choices} ask for in {@code context}.
     *
     * @throws IllegalArgumentException saying what in the choices cannot be used
     */
    static ExportRequest of(ExportChoices choices, ExportContext context) {
        ExportFormat format = choices.format.get();
        ExportChoices.Pages pages = choices.pages.get();
        if (pages != ExportChoices.Pages.ONE && format != ExportFormat.PDF && format != ExportFormat.PNG) {
            throw new IllegalArgumentException("an atlas is a PDF, or PNG images in a folder");
        }
        if (pages == ExportChoices.Pages.SELECTED && context.selected().isEmpty()) {
            throw new IllegalArgumentException("no features are selected to make an atlas of");
        }
        String title = choices.title.get().isBlank() ? context.defaultTitle() : choices.title.get();
        SheetSpec spec = new SheetSpec(title, choices.subtitle.get(), choices.dateTimeGroup(), choices.marking(),
                choices.size(), ground(choices, context), context.options().withLanguage(choices.language.get()),
                choices.mgrsGrid.get());
        return new ExportRequest(spec, format, pages, context.selected());
    }

    /** Whether the pages are an atlas: one PDF, or PNG images in a folder. */
    boolean atlas() {
        return pages != ExportChoices.Pages.ONE;
    }

    /**
     * The sheets, the atlas's index first, drawn from {@code content}.
     *
     * @throws IllegalArgumentException when an atlas of zones finds none
     */
    List<Sheet> sheets(SheetContent content) {
        return switch (pages) {
            case ONE -> List.of(Sheet.of(spec, content));
            case ZONES -> {
                Atlas atlas = Atlas.ofZones(spec, content);
                if (atlas.sheets().isEmpty()) {
                    throw new IllegalArgumentException("the layouts hold no monitoring zone to make an atlas of");
                }
                yield atlas.pages();
            }
            case SELECTED -> Atlas.of(spec, content, selected).pages();
        };
    }

    private static GeoBounds ground(ExportChoices choices, ExportContext context) {
        return switch (choices.ground.get()) {
            case VIEW -> context.view().bounds();
            case ALL -> SheetExtent.aroundAll(context.layouts());
            case SELECTED -> {
                if (context.selected().isEmpty()) {
                    throw new IllegalArgumentException("no features are selected; select some, or choose another"
                            + " ground to show");
                }
                yield SheetExtent.around(context.selected());
            }
            case BOX -> choices.boxBounds();
        };
    }
}
