package org.hubmap.ui.edit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.hubmap.document.Selection;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.LayoutWriter;
import org.hubmap.io.WriteOptions;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * The Edit menu's commands on the active layout: undo and redo, copy and paste (between the window's layouts and,
 * as GeoJSON text, with other programs), duplicate, delete and select all.
 */
public final class EditActions {
    /** How far south-east a duplicate lands from its original, so that both can be seen. */
    static final double DUPLICATE_OFFSET_METRES = 2000;
    private static final Path CLIPBOARD = Path.of("clipboard");

    private final ObjectProperty<OpenedLayout> active;
    /** Features copied in this window, kept as they are; the system clipboard gets their GeoJSON. */
    private List<LayoutFeature> copied = List.of();
    private String copiedText;

    public EditActions(ObjectProperty<OpenedLayout> active) {
        this.active = active;
    }

    public void undo() {
        if (active.get() != null && active.get().canUndo()) {
            active.get().undo();
        }
    }

    public void redo() {
        if (active.get() != null && active.get().canRedo()) {
            active.get().redo();
        }
    }

    /** Copies the selected features, to paste into this or another layout, or into another program as GeoJSON. */
    public void copy() {
        OpenedLayout layout = active.get();
        if (layout == null || layout.selection().isEmpty()) {
            return;
        }
        copied = List.copyOf(layout.selectedFeatures());
        copiedText = geoJson(copied);
        ClipboardContent content = new ClipboardContent();
        content.putString(copiedText);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * Pastes into the active layout the features copied here, or GeoJSON features another program put on the
     * clipboard; they get new ids and stay where they were.
     *
     * @return a message for the user when the clipboard held text that is not GeoJSON; empty otherwise
     */
    public java.util.Optional<String> paste() {
        OpenedLayout layout = active.get();
        if (layout == null) {
            return java.util.Optional.empty();
        }
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String text = clipboard.hasString() ? clipboard.getString() : null;
        List<LayoutFeature> features = copied;
        if (text != null && !text.equals(copiedText)) {
            try {
                features = featuresIn(text);
            } catch (LayoutFormatException e) {
                return java.util.Optional.of("The clipboard holds no GeoJSON features: " + e.getMessage());
            }
        }
        FeatureEdits.paste(layout, features);
        return java.util.Optional.empty();
    }

    public void duplicate() {
        if (active.get() != null) {
            FeatureEdits.duplicateSelection(active.get(), DUPLICATE_OFFSET_METRES);
        }
    }

    public void delete() {
        if (active.get() != null) {
            FeatureEdits.deleteSelection(active.get());
        }
    }

    public void selectAll() {
        OpenedLayout layout = active.get();
        if (layout != null) {
            layout.select(Selection.of(layout.layout().features()));
        }
    }

    private static String geoJson(List<LayoutFeature> features) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new LayoutWriter(WriteOptions.SHORTEST).write(new Layout("clipboard", features), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<LayoutFeature> featuresIn(String text) throws LayoutFormatException {
        List<LayoutFeature> features = new ArrayList<>();
        LayoutReader.stream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), CLIPBOARD,
                features::add);
        return features;
    }
}
