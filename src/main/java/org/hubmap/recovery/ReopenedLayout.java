package org.hubmap.recovery;

import java.util.List;
import org.hubmap.document.LayoutDocument;

/**
 * A layout whose unsaved changes were restored, as a document to edit on, with the autosave that goes on keeping
 * it in the entry it came from.
 *
 * @param document the changes laid, unsaved, over the layout as it is stored now
 * @param autosave keeps the document in its entry until it is saved or discarded
 * @param warnings what the user should know: the stored layout could not be read, so saving replaces it
 */
public record ReopenedLayout(LayoutDocument document, Autosave autosave, List<String> warnings) {
    public ReopenedLayout {
        warnings = List.copyOf(warnings);
    }
}
