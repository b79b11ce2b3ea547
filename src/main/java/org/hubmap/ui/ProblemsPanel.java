package org.hubmap.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.hubmap.ui.edit.OpenedLayout;

/**
 * The Problems tab: what the open layouts' files say that HubMap read but that deserves a look, such as a
 * {@code crs} member RFC 7946 dropped, each as {@code FILE:LINE:COL: warning: ...}, what the format of the layer
 * last exported could not keep, and what the last save could not keep of the file it replaced (its owner, say).
 * Such warnings never stop a layout from opening and never interrupt with a dialog; the tab's title counts them.
 */
final class ProblemsPanel extends VBox {
    static final String NONE = "The open layouts' files raise no warnings.";

    private final Tab tab;
    private final Label summary = new Label(NONE);
    private final TextArea messages = new TextArea();

    private final ObservableList<OpenedLayout> layouts;
    private final ObservableList<String> exportNotes;
    private final ObservableList<String> saveNotes;

    ProblemsPanel(ObservableList<OpenedLayout> layouts, ObservableList<String> exportNotes,
            ObservableList<String> saveNotes) {
        this.layouts = layouts;
        this.exportNotes = exportNotes;
        this.saveNotes = saveNotes;
        getStyleClass().add("problems-panel");
        setId("problems-panel");
        summary.setWrapText(true);
        messages.setId("problems-text");
        messages.getStyleClass().add("file-warnings");
        messages.setEditable(false);
        messages.setWrapText(true);
        messages.managedProperty().bind(messages.visibleProperty());
        setVgrow(messages, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(summary, messages);
        tab = new Tab("Problems", this);
        tab.setId("tab-problems");
        tab.setClosable(false);
        layouts.addListener((ListChangeListener<OpenedLayout>) change -> show());
        exportNotes.addListener((ListChangeListener<String>) change -> show());
        saveNotes.addListener((ListChangeListener<String>) change -> show());
        show();
    }

    Tab tab() {
        return tab;
    }

    private void show() {
        List<String> all = new ArrayList<>();
        int files = 0;
        for (OpenedLayout layout : layouts) {
            all.addAll(layout.readWarnings());
            files += layout.readWarnings().isEmpty() ? 0 : 1;
        }
        List<String> sentences = new ArrayList<>();
        if (!all.isEmpty()) {
            sentences.add(all.size() + (all.size() == 1 ? " warning" : " warnings") + " about what "
                    + (files == 1 ? "a file says" : files + " files say") + ". The layouts are open as read; saving"
                    + " writes them as RFC 7946 GeoJSON.");
        }
        if (!exportNotes.isEmpty()) {
            sentences.add("The last layer exported lost what its format cannot keep.");
            all.addAll(exportNotes);
        }
        if (!saveNotes.isEmpty()) {
            sentences.add("The last save could not keep all of the file it replaced.");
            all.addAll(saveNotes);
        }
        messages.setText(String.join("\n", all));
        messages.setVisible(!all.isEmpty());
        summary.setText(all.isEmpty() ? NONE : String.join(" ", sentences));
        tab.setText(all.isEmpty() ? "Problems" : "Problems (" + all.size() + ")");
        tab.getStyleClass().remove("has-problems");
        if (!all.isEmpty()) {
            tab.getStyleClass().add("has-problems");
        }
    }
}
