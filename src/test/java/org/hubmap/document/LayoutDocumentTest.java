package org.hubmap.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubmap.io.FileStorage;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.AddFeatures;
import org.hubmap.model.edit.FeatureChanges;
import org.hubmap.model.edit.RemoveFeatures;
import org.hubmap.model.edit.ReplaceFeatures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class LayoutDocumentTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static LayoutFeature hub(String name, double lon) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", "hub");
        properties.put("name", name);
        return new LayoutFeature(name, properties, GEOMETRY.createPoint(new Coordinate(lon, 50)));
    }

    private final LayoutFeature a = hub("A", 30);
    private final LayoutFeature b = hub("B", 31);
    private final LayoutFeature c = hub("C", 32);
    private final LayoutDocument document = LayoutDocument.read(new FileStorage(java.nio.file.Path.of("x.geojson")),
            new Layout("x", List.of(a, b, c)));
    private final List<DocumentChange> changes = new ArrayList<>();

    {
        document.addListener(changes::add);
    }

    @Test
    void deletingASelectedFeatureIsOneChangeOfLayoutAndSelectionTogether() {
        document.select(Selection.of(a, b));
        changes.clear();
        // Listeners never see B selected in a layout that has lost A, nor A selected in one without it.
        document.addListener(change -> assertTrue(change.after().layout().features()
                .containsAll(change.after().selection().features())));
        document.execute(RemoveFeatures.of("Delete", document.layout(), Set.of(0)), document.selection());

        assertEquals(1, changes.size());
        DocumentChange change = changes.get(0);
        assertEquals(DocumentChange.Cause.EDIT, change.cause());
        assertEquals(List.of(a), change.changes().removed());
        assertEquals(List.of(b), document.selection().features(), "B stays selected, by identity");
        assertTrue(change.featuresChanged());
        assertFalse(change.modifiedBefore());
        assertTrue(change.modifiedAfter());
    }

    @Test
    void anEditAnnouncesWhatItReplacedAndUndoTheInverse() {
        LayoutFeature moved = hub("B", 35);
        ReplaceFeatures move = ReplaceFeatures.of("Move", document.layout(), Map.of(1, moved));
        document.execute(move, Selection.of(moved));
        FeatureChanges.Replacement replacement = changes.get(0).changes().replaced().get(0);
        assertSame(b, replacement.before());
        assertSame(moved, replacement.after());

        document.undo();
        DocumentChange undo = changes.get(1);
        assertEquals(DocumentChange.Cause.UNDO, undo.cause());
        assertSame(moved, undo.changes().replaced().get(0).before());
        assertSame(b, undo.changes().replaced().get(0).after());
        assertEquals(List.of(b), document.selection().features(), "undo selects what it brought back");
        assertFalse(document.isModified());

        document.redo();
        assertEquals(DocumentChange.Cause.REDO, changes.get(2).cause());
        assertEquals(List.of(moved), document.selection().features());
    }

    @Test
    void selectingIsAnnouncedOnlyWhenItChangesAndOnlyForFeaturesOfTheLayout() {
        document.select(Selection.of(a));
        document.select(Selection.of(a));
        document.select(Selection.of(hub("not in it", 1), c));
        assertEquals(2, changes.size());
        assertEquals(DocumentChange.Cause.SELECTION, changes.get(0).cause());
        assertFalse(changes.get(0).featuresChanged());
        assertEquals(List.of(c), document.selection().features());
    }

    @Test
    void savingMarksTheDocumentSavedAndRecordsWhereAndTheBase() {
        LayoutFeature d = hub("D", 33);
        document.execute(AddFeatures.of("Add", document.layout(), List.of(d)), Selection.of(d));
        assertTrue(document.isModified());
        Layout saved = document.layout();
        FileStorage elsewhere = new FileStorage(java.nio.file.Path.of("y.geojson"));
        document.markSaved(elsewhere, saved);
        assertFalse(document.isModified());
        assertSame(saved, document.base());
        assertEquals("y.geojson", document.name());
        DocumentChange change = changes.get(changes.size() - 1);
        assertEquals(DocumentChange.Cause.SAVED, change.cause());
        assertTrue(change.modifiedBefore());
        assertFalse(change.modifiedAfter());
        assertFalse(change.featuresChanged());
    }

    @Test
    void aNewLayoutIsModifiedOnceItHasFeatures() {
        LayoutDocument fresh = new LayoutDocument(null, new Layout("Untitled", List.of()), "Untitled layout");
        assertFalse(fresh.isModified());
        assertEquals("Untitled layout", fresh.name());
        assertTrue(fresh.storage().isEmpty());
        fresh.execute(AddFeatures.of("Add", fresh.layout(), List.of(a)), Selection.of(a));
        assertTrue(fresh.isModified());
    }
}
