package org.hubmap.ui.export;

import java.awt.Color;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hubmap.export.ExportFormat;
import org.hubmap.geo.GeoBounds;
import org.hubmap.render.LabelLanguage;
import org.hubmap.sheet.Classification;
import org.hubmap.sheet.DateTimeGroup;
import org.hubmap.sheet.Paper;
import org.hubmap.sheet.SheetSize;

/**
 * What the user chose in the export dialog, as properties the dialog binds to, kept between runs in the user's
 * preferences (all but the date-time group, which starts at the present minute each time). Reading a choice that
 * cannot be used (a date-time group or a box mistyped) says what is wrong.
 */
final class ExportChoices {
    /** The ground a sheet shows. */
    enum Ground {
        VIEW("The map's current view"),
        ALL("All features"),
        SELECTED("The selected features"),
        BOX("A bounding box");

        private final String label;

        Ground(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One sheet, or an atlas of one sheet per zone or per selected feature. */
    enum Pages {
        ONE("One sheet"),
        ZONES("Atlas: one sheet per monitoring zone"),
        SELECTED("Atlas: one sheet per selected feature");

        private final String label;

        Pages(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.PDF);
    /** True for a paper size, false for a size in pixels. */
    final BooleanProperty onPaper = new SimpleBooleanProperty(this, "onPaper", true);
    final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.A4);
    final BooleanProperty landscape = new SimpleBooleanProperty(this, "landscape", true);
    final IntegerProperty dpi = new SimpleIntegerProperty(this, "dpi", 300);
    final IntegerProperty widthPixels = new SimpleIntegerProperty(this, "widthPixels", 3840);
    final IntegerProperty heightPixels = new SimpleIntegerProperty(this, "heightPixels", 2160);
    final ObjectProperty<Ground> ground = new SimpleObjectProperty<>(this, "ground", Ground.ALL);
    final StringProperty box = new SimpleStringProperty(this, "box", "22.0, 44.3, 40.3, 52.45");
    final ObjectProperty<Pages> pages = new SimpleObjectProperty<>(this, "pages", Pages.ONE);
    final StringProperty title = new SimpleStringProperty(this, "title", "");
    final StringProperty subtitle = new SimpleStringProperty(this, "subtitle", "");
    final StringProperty dtg = new SimpleStringProperty(this, "dtg", "");
    final StringProperty classification = new SimpleStringProperty(this, "classification",
            Classification.NATO_UNCLASSIFIED.text());
    final ObjectProperty<Color> bannerColour = new SimpleObjectProperty<>(this, "bannerColour",
            Classification.NATO_UNCLASSIFIED.banner());
    final ObjectProperty<LabelLanguage> language = new SimpleObjectProperty<>(this, "language",
            LabelLanguage.ENGLISH);
    final BooleanProperty mgrsGrid = new SimpleBooleanProperty(this, "mgrsGrid", false);

    ExportChoices(Clock clock) {
        dtg.set(DateTimeGroup.now(clock).text());
        // A preset's own colour comes with it; a colour chosen after that is kept.
        classification.addListener((o, before, now) -> Classification.preset(now)
                .ifPresent(preset -> bannerColour.set(preset.banner())));
    }

    /** Every choice, for listening to all of them at once. */
    List<Observable> all() {
        return List.of(format, onPaper, paper, landscape, dpi, widthPixels, heightPixels, ground, box, pages, title,
                subtitle, dtg, classification, bannerColour, language, mgrsGrid);
    }

    /**
     * The sheet's size: a 16:9 slide for PowerPoint, else the paper or pixels chosen.
     *
     * @throws IllegalArgumentException saying what is wrong with the choice
     */
    SheetSize size() {
        if (format.get() == ExportFormat.PPTX) {
            return SheetSize.slide();
        }
        return onPaper.get() ? SheetSize.paper(paper.get(), landscape.get(), dpi.get())
                : SheetSize.pixels(widthPixels.get(), heightPixels.get());
    }

    /** @throws IllegalArgumentException saying what is wrong with the date-time group */
    DateTimeGroup dateTimeGroup() {
        return DateTimeGroup.parse(dtg.get());
    }

    /** @throws IllegalArgumentException when the marking is blank */
    Classification marking() {
        if (classification.get() == null || classification.get().isBlank()) {
            throw new IllegalArgumentException("the classification must not be blank");
        }
        return Classification.of(classification.get(), Optional.of(bannerColour.get()));
    }

    /**
     * The box typed, as west, south, east, north in degrees.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    GeoBounds boxBounds() {
        try {
            return GeoBounds.parse(box.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the box: " + e.getMessage());
        }
    }

    /**
     * Restores the choices kept in {@code store}, leaving the defaults for those never kept or kept in a form this
     * version does not know.
     */
    void load(Preferences store) {
        format.set(named(ExportFormat.class, store.get("format", null), format.get()));
        onPaper.set(store.getBoolean("onPaper", onPaper.get()));
        paper.set(named(Paper.class, store.get("paper", null), paper.get()));
        landscape.set(store.getBoolean("landscape", landscape.get()));
        dpi.set(Math.max(SheetSize.LEAST_DPI, Math.min(SheetSize.MOST_DPI, store.getInt("dpi", dpi.get()))));
        widthPixels.set(store.getInt("widthPixels", widthPixels.get()));
        heightPixels.set(store.getInt("heightPixels", heightPixels.get()));
        ground.set(named(Ground.class, store.get("ground", null), ground.get()));
        box.set(store.get("box", box.get()));
        pages.set(named(Pages.class, store.get("pages", null), pages.get()));
        title.set(store.get("title", title.get()));
        subtitle.set(store.get("subtitle", subtitle.get()));
        classification.set(store.get("classification", classification.get()));
        try {
            bannerColour.set(Classification.colour(store.get("bannerColour", Classification.hex(bannerColour.get()))));
        } catch (IllegalArgumentException e) {
            // A colour kept in another form: the marking's own colour stays.
        }
        language.set(named(LabelLanguage.class, store.get("language", null), language.get()));
        mgrsGrid.set(store.getBoolean("mgrsGrid", mgrsGrid.get()));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, E otherwise) {
        if (name == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }

    /** Keeps the choices in {@code store} for the next export. */
    void save(Preferences store) {
        store.put("format", format.get().name());
        store.putBoolean("onPaper", onPaper.get());
        store.put("paper", paper.get().name());
        store.putBoolean("landscape", landscape.get());
        store.putInt("dpi", dpi.get());
        store.putInt("widthPixels", widthPixels.get());
        store.putInt("heightPixels", heightPixels.get());
        store.put("ground", ground.get().name());
        store.put("box", box.get());
        store.put("pages", pages.get().name());
        store.put("title", title.get());
        store.put("subtitle", subtitle.get());
        store.put("classification", classification.get());
        store.put("bannerColour", Classification.hex(bannerColour.get()));
        store.put("language", language.get().name());
        store.putBoolean("mgrsGrid", mgrsGrid.get());
    }
}
