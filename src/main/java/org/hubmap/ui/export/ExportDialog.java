package org.hubmap.ui.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.hubmap.export.ExportFormat;
import org.hubmap.export.SheetExport;
import org.hubmap.render.LabelLanguage;
import org.hubmap.render.MapOutput;
import org.hubmap.sheet.Classification;
import org.hubmap.sheet.DateTimeGroup;
import org.hubmap.sheet.Paper;
import org.hubmap.sheet.Sheet;
import org.hubmap.sheet.SheetContent;
import org.hubmap.sheet.SheetPainter;
import org.hubmap.sheet.SheetSize;
import org.hubmap.ui.map.DaemonThreadFactory;
import org.hubmap.ui.window.ScreenFit;

/**
 * File > Export Map: every choice of a sheet beside a live preview of its first page, and an Export button that
 * asks where and writes the file in the background, with progress and Cancel. The choices are kept for the next
 * export. The preview and the file come from the same sheet, drawn by the same painters.
 */
public final class ExportDialog {
    /** The room the preview has, in screen pixels; the sheet is drawn as large as fits. */
    static final double PREVIEW_WIDTH = 560;
    static final double PREVIEW_HEIGHT = 420;
    /** The width of the choices beside the preview, in screen pixels: room for a caption and a paper's row. */
    private static final double FORM_WIDTH = 470;

    private final ExportContext context;
    private final ExportChoices choices;
    private final Preferences store;
    private final ExportTargets targets;
    private final Clock clock;
    private final Stage stage = new Stage();
    private final ExecutorService work = Executors.newSingleThreadExecutor(new DaemonThreadFactory("map-export"));
    private final ImageView preview = new ImageView();
    private final Label problem = new Label();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button export = new Button("Export…");
    private final Button cancel = new Button("Cancel Export");
    private final ReadOnlyBooleanWrapper previewCurrent = new ReadOnlyBooleanWrapper(this, "previewCurrent", false);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting", false);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private boolean previewRunning;
    private boolean previewWanted;
    private AtomicBoolean cancelled = new AtomicBoolean();
    /** The layouts as sheets draw them, made on the export thread when first needed. */
    private SheetContent content;

    /**
     * A dialog exporting what {@code context} shows, with the choices kept in {@code store}, asking
     * {@code targets} where files go.
     */
    public ExportDialog(ExportContext context, Preferences store, ExportTargets targets, Clock clock) {
        this.context = context;
        this.store = store;
        this.targets = targets;
        this.clock = clock;
        this.choices = new ExportChoices(clock);
        choices.load(store);
        stage.setTitle("Export Map");
        stage.setScene(new Scene(layout()));
        stage.setMinWidth(FORM_WIDTH + PREVIEW_WIDTH + 60);
        stage.setMinHeight(560);
        stage.setOnHidden(e -> {
            choices.save(store);
            cancelled.set(true);
            work.shutdown();
        });
        // Tests find the dialog by its nodes; the preview says on itself whether it is current.
        previewCurrent.addListener((o, before, now) -> preview.getProperties().put("current", now));
        InvalidationListener changed = o -> refresh();
        choices.all().forEach(choice -> choice.addListener(changed));
    }

    /** Shows the dialog over {@code owner}, which it keeps in front of. */
    public void show(Window owner) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        ScreenFit.keepOnScreen(stage, owner);
        stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.show();
        refresh();
    }

    /** Whether the preview shows the sheet the choices make now. */
    public ReadOnlyBooleanProperty previewCurrentProperty() {
        return previewCurrent.getReadOnlyProperty();
    }

    /** Whether an export is being written. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** How the last export ended: the files written, "cancelled", or what went wrong; empty before the first. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    Stage stage() {
        return stage;
    }

    ImageView preview() {
        return preview;
    }

    private BorderPane layout() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(7);
        int row = 0;

        ChoiceBox<ExportFormat> format = choice("export-format", ExportFormat.values());
        format.setConverter(converter(ExportFormat::displayName));
        format.valueProperty().bindBidirectional(choices.format);
        form.addRow(row++, new Label("Format"), format);

        ToggleGroup sizes = new ToggleGroup();
        RadioButton onPaper = new RadioButton("Paper");
        onPaper.setId("export-on-paper");
        RadioButton inPixels = new RadioButton("Pixels");
        inPixels.setId("export-in-pixels");
        onPaper.setToggleGroup(sizes);
        inPixels.setToggleGroup(sizes);
        onPaper.setSelected(choices.onPaper.get());
        inPixels.setSelected(!choices.onPaper.get());
        sizes.selectedToggleProperty().addListener((o, before, now) -> choices.onPaper.set(now == onPaper));
        choices.onPaper.addListener((o, before, now) -> (now ? onPaper : inPixels).setSelected(true));
        ChoiceBox<Paper> paper = choice("export-paper", Paper.values());
        paper.setConverter(converter(Paper::displayName));
        paper.valueProperty().bindBidirectional(choices.paper);
        ChoiceBox<String> orientation = choice("export-orientation", "Landscape", "Portrait");
        orientation.setValue(choices.landscape.get() ? "Landscape" : "Portrait");
        orientation.valueProperty().addListener((o, before, now) -> choices.landscape.set("Landscape".equals(now)));
        choices.landscape.addListener((o, before, now) -> orientation.setValue(now ? "Landscape" : "Portrait"));
        Spinner<Integer> dpi = spinner("export-dpi", SheetSize.LEAST_DPI, SheetSize.MOST_DPI, choices.dpi.get(), 50);
        dpi.valueProperty().addListener((o, before, now) -> choices.dpi.set(now));
        Label dpiCaption = new Label("DPI");
        HBox paperRow = new HBox(6, onPaper, paper, orientation, dpi, dpiCaption);
        paperRow.setAlignment(Pos.CENTER_LEFT);
        for (Region fixed : new Region[] {onPaper, inPixels, dpiCaption}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        Spinner<Integer> width = spinner("export-width", 320, SheetSize.MOST_DEVICE_PIXELS,
                choices.widthPixels.get(), 160);
        width.valueProperty().addListener((o, before, now) -> choices.widthPixels.set(now));
        Spinner<Integer> height = spinner("export-height", 240, SheetSize.MOST_DEVICE_PIXELS,
                choices.heightPixels.get(), 90);
        height.valueProperty().addListener((o, before, now) -> choices.heightPixels.set(now));
        HBox pixelRow = new HBox(6, inPixels, width, new Label("×"), height);
        pixelRow.setAlignment(Pos.CENTER_LEFT);
        paper.disableProperty().bind(choices.onPaper.not());
        orientation.disableProperty().bind(choices.onPaper.not());
        dpi.disableProperty().bind(choices.onPaper.not());
        width.disableProperty().bind(choices.onPaper);
        height.disableProperty().bind(choices.onPaper);
        VBox size = new VBox(5, paperRow, pixelRow);
        size.disableProperty().bind(choices.format.isEqualTo(ExportFormat.PPTX));
        form.addRow(row++, new Label("Size"), size);

        ChoiceBox<ExportChoices.Ground> ground = choice("export-ground", ExportChoices.Ground.values());
        ground.valueProperty().bindBidirectional(choices.ground);
        TextField box = text("export-box", choices.box);
        box.setPromptText("west, south, east, north in degrees");
        box.disableProperty().bind(choices.ground.isNotEqualTo(ExportChoices.Ground.BOX));
        form.addRow(row++, new Label("Map shows"), ground);
        form.addRow(row++, new Label("Box"), box);
        ChoiceBox<ExportChoices.Pages> pages = choice("export-pages", ExportChoices.Pages.values());
        pages.valueProperty().bindBidirectional(choices.pages);
        form.addRow(row++, new Label("Pages"), pages);

        TextField title = text("export-title", choices.title);
        title.setPromptText(context.defaultTitle());
        form.addRow(row++, new Label("Title"), title);
        form.addRow(row++, new Label("Subtitle"), text("export-subtitle", choices.subtitle));
        TextField dtg = text("export-dtg", choices.dtg);
        Button present = new Button("Now");
        present.setOnAction(e -> choices.dtg.set(DateTimeGroup.now(clock).text()));
        HBox dtgRow = new HBox(6, dtg, present);
        HBox.setHgrow(dtg, Priority.ALWAYS);
        form.addRow(row++, new Label("Date-time group"), dtgRow);

        ComboBox<String> marking = new ComboBox<>();
        marking.setId("export-classification");
        marking.setEditable(true);
        Classification.PRESETS.forEach(p -> marking.getItems().add(p.text()));
        marking.setValue(choices.classification.get());
        marking.valueProperty().addListener((o, before, now) -> choices.classification.set(now == null ? "" : now));
        marking.getEditor().textProperty().addListener((o, before, now) -> choices.classification.set(now));
        ColorPicker colour = new ColorPicker(fx(choices.bannerColour.get()));
        colour.setId("export-banner-colour");
        colour.valueProperty().addListener((o, before, now) -> choices.bannerColour.set(awt(now)));
        choices.bannerColour.addListener((o, before, now) -> colour.setValue(fx(now)));
        HBox markingRow = new HBox(6, marking, colour);
        HBox.setHgrow(marking, Priority.ALWAYS);
        form.addRow(row++, new Label("Classification"), markingRow);

        ChoiceBox<LabelLanguage> language = choice("export-language", LabelLanguage.values());
        language.setConverter(converter(LabelLanguage::displayName));
        language.valueProperty().bindBidirectional(choices.language);
        CheckBox grid = new CheckBox("MGRS grid");
        grid.setId("export-grid");
        grid.selectedProperty().bindBidirectional(choices.mgrsGrid);
        HBox languageRow = new HBox(12, language, grid);
        languageRow.setAlignment(Pos.CENTER_LEFT);
        form.addRow(row++, new Label("Place names"), languageRow);
        // Captions keep their full width; the fields take the rest.
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(captions, fields);

        problem.setId("export-problem");
        problem.setWrapText(true);
        problem.setTextFill(Color.web("#b00020"));
        problem.setMaxWidth(FORM_WIDTH);
        VBox left = new VBox(10, form, problem);
        left.setPrefWidth(FORM_WIDTH);
        left.setMinWidth(FORM_WIDTH);

        preview.setId("export-preview");
        preview.setPreserveRatio(true);
        StackPane previewPane = new StackPane(preview);
        previewPane.setPrefSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        previewPane.setMinSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        previewPane.setStyle("-fx-background-color: #8a8a8a;");

        status.setId("export-status");
        status.setWrapText(true);
        progress.setId("export-progress");
        progress.visibleProperty().bind(exporting);
        export.setId("export-go");
        export.setDefaultButton(true);
        export.setOnAction(e -> startExport());
        cancel.setId("export-cancel");
        cancel.visibleProperty().bind(exporting);
        cancel.setOnAction(e -> cancelled.set(true));
        Button close = new Button("Close");
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, progress, status, new Region(), cancel, export, close);
        HBox.setHgrow(buttons.getChildren().get(2), Priority.ALWAYS);
        HBox.setHgrow(status, Priority.SOMETIMES);
        buttons.setAlignment(Pos.CENTER_LEFT);

        BorderPane root = new BorderPane();
        root.setLeft(left);
        root.setCenter(previewPane);
        root.setBottom(buttons);
        BorderPane.setMargin(previewPane, new Insets(0, 0, 0, 14));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        root.setPadding(new Insets(14));
        root.getStyleClass().add("export-dialog");
        return root;
    }

    /** Checks the choices, and draws the preview again when they make a sheet. */
    private void refresh() {
        previewCurrent.set(false);
        try {
            ExportRequest.of(choices, context);
            problem.setText("");
            export.setDisable(exporting.get());
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            export.setDisable(true);
            return;
        }
        previewWanted = true;
        if (!previewRunning) {
            drawPreview();
        }
    }

    /** Draws the preview of the choices as they are now, and again after it if they change meanwhile. */
    private void drawPreview() {
        previewWanted = false;
        ExportRequest request;
        try {
            request = ExportRequest.of(choices, context);
        } catch (IllegalArgumentException e) {
            return;
        }
        previewRunning = true;
        Task<BufferedImage> drawing = new Task<>() {
            @Override
            protected BufferedImage call() {
                return miniature(request.sheets(content()).get(0));
            }
        };
        drawing.setOnSucceeded(e -> previewDrawn(drawing.getValue(), ""));
        drawing.setOnFailed(e -> previewDrawn(null, drawing.getException() instanceof IllegalArgumentException
                ? drawing.getException().getMessage()
                : "The preview could not be drawn: " + describe(drawing.getException())));
        work.execute(drawing);
    }

    private void previewDrawn(BufferedImage image, String trouble) {
        previewRunning = false;
        if (image != null) {
            preview.setImage(SwingFXUtils.toFXImage(image, null));
        }
        if (previewWanted) {
            drawPreview();
            return;
        }
        if (!trouble.isEmpty()) {
            problem.setText(trouble);
            export.setDisable(true);
        }
        previewCurrent.set(image != null);
    }

    /** The layouts as sheets draw them; called on the export thread only. */
    private SheetContent content() {
        if (content == null) {
            content = context.content();
        }
        return content;
    }

    /** The sheet drawn as large as it fits the preview. */
    static BufferedImage miniature(Sheet sheet) {
        SheetSize size = sheet.spec().size();
        double scale = Math.min(PREVIEW_WIDTH / size.widthPixels(), PREVIEW_HEIGHT / size.heightPixels());
        BufferedImage image = new BufferedImage((int) Math.round(size.widthPixels() * scale),
                (int) Math.round(size.heightPixels() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            SheetPainter.paint(g, sheet, MapOutput.IMAGE);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void startExport() {
        ExportRequest request;
        try {
            request = ExportRequest.of(choices, context);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return;
        }
        String name = SheetExport.fileNameOf(request.spec().title());
        Optional<Path> target = request.atlas() && request.format() == ExportFormat.PNG ? targets.folder(stage)
                : targets.file(stage, request.format(), name);
        if (target.isEmpty()) {
            return;
        }
        choices.save(store);
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        Task<List<Path>> writing = new Task<>() {
            @Override
            protected List<Path> call() throws Exception {
                updateMessage("Drawing…");
                List<Sheet> pages = request.sheets(content());
                return SheetExport.write(pages, request.format(), target.get(), request.atlas(),
                        new SheetExport.Progress() {
                            @Override
                            public void pageDone(int done, int count) {
                                updateProgress(done, count);
                                updateMessage("Page " + done + " of " + count + " written");
                            }

                            @Override
                            public boolean cancelled() {
                                return stop.get();
                            }
                        });
            }
        };
        progress.progressProperty().bind(writing.progressProperty());
        status.textProperty().bind(writing.messageProperty());
        writing.setOnSucceeded(e -> finished(writing.getValue().size() == 1
                ? "Written: " + writing.getValue().get(0)
                : writing.getValue().size() + " files written in " + target.get()));
        writing.setOnFailed(e -> finished(writing.getException() instanceof CancellationException
                ? "Cancelled; nothing written" : "Not written: " + describe(writing.getException())));
        exporting.set(true);
        export.setDisable(true);
        work.execute(writing);
    }

    private void finished(String message) {
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        status.setText(message);
        exporting.set(false);
        export.setDisable(!problem.getText().isEmpty());
        outcome.set(message);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    @SafeVarargs
    private static <T> ChoiceBox<T> choice(String id, T... values) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().addAll(values);
        return box;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Spinner<Integer> spinner(String id, int least, int most, int value, int step) {
        Spinner<Integer> spinner = new Spinner<>(least, most, Math.max(least, Math.min(most, value)), step);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(84);
        return spinner;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from a list, never typed");
            }
        };
    }

    private static Color fx(java.awt.Color colour) {
        return Color.rgb(colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    private static java.awt.Color awt(Color colour) {
        return new java.awt.Color((float) colour.getRed(), (float) colour.getGreen(), (float) colour.getBlue());
    }
}
