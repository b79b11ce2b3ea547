package org.hubmap.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubmap.io.FileStorage;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.AddFeatures;
import org.hubmap.model.edit.ReplaceFeatures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Taking someone else's changes to a shared layout into an open document without touching the user's edits. */
class OutsideChangesTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static LayoutFeature hub(String id, String name) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", "hub");
        properties.put("name", name);
        return new LayoutFeature(id, properties, GEOMETRY.createPoint(new Coordinate(30, 50)));
    }

    private final LayoutFeature a = hub("a", "A");
    private final LayoutFeature b = hub("b", "B");
    private final LayoutFeature c = hub("c", "C");
    private final LayoutDocument document = LayoutDocument.read(new FileStorage(Path.of("shared.geojson")),
            new Layout("shared", List.of(a, b, c)));
    private final List<DocumentChange> changes = new ArrayList<>();

    private void rename(int index, String name) {
        document.execute(ReplaceFeatures.of("Rename", document.layout(),
                Map.of(index, document.layout().features().get(index).withProperty("name", name))),
                Selection.none());
    }

    @Test
    void aChangeToAnUntouchedFeatureIsTakenAndTheUsersUndoStepsStay() {
        rename(0, "A mine");
        document.addListener(changes::add);
        LayoutFeature theirs = hub("b", "B theirs");

        LayoutDocument.OutsideChangesTaken taken = document.takeOutsideChanges(List.of(theirs), Set.of());

        assertEquals(List.of("b"), taken.taken());
        assertEquals(List.of(), taken.conflicts());
        assertSame(theirs, document.layout().features().get(1));
        assertSame(theirs, document.base().features().get(1));
        assertTrue(document.isModified(), "the user's own edit is still unsaved");
        assertEquals(DocumentChange.Cause.OUTSIDE, changes.get(0).cause());
        assertEquals(1, changes.get(0).changes().replaced().size());
        document.undo();
        assertEquals("A", document.layout().features().get(0).name());
        assertSame(theirs, document.layout().features().get(1), "undo takes back only the user's edit");
        assertFalse(document.isModified());
    }

    @Test
    void aChangeToAFeatureTheUserEditedIsAConflictAndTheEditStays() {
        rename(1, "B mine");
        LayoutDocument.OutsideChangesTaken taken = document.takeOutsideChanges(List.of(hub("b", "B theirs")),
                Set.of());
        assertEquals(List.of("b"), taken.conflicts());
        assertEquals("B mine", document.layout().features().get(1).name());
        assertEquals("B", document.base().features().get(1).name());
    }

    @Test
    void anEditUndoneStillHoldsItsFeatureSoTheirChangeIsAConflict() {
        rename(1, "B mine");
        document.undo();
        LayoutDocument.OutsideChangesTaken taken = document.takeOutsideChanges(List.of(hub("b", "B theirs")),
                Set.of());
        assertEquals(List.of("b"), taken.conflicts());
    }

    @Test
    void additionsAndRemovalsAreTakenAndUnsavedEditsBecomeOneStep() {
        rename(0, "A mine");
        document.execute(AddFeatures.of("Add", document.layout(), List.of(hub("d", "D mine"))), Selection.none());
        LayoutFeature e = hub("e", "E theirs");

        LayoutDocument.OutsideChangesTaken taken = document.takeOutsideChanges(List.of(e), Set.of("c"));

        assertEquals(List.of("e", "c"), taken.taken());
        assertEquals(List.of("A mine", "B", "D mine", "E theirs"), names(document.layout()));
        assertEquals(List.of("A", "B", "E theirs"), names(document.base()));
        assertTrue(document.isModified());
        assertEquals("Unsaved edits", document.undoDescription().orElseThrow());
        document.undo();
        assertEquals(names(document.base()), names(document.layout()));
        assertFalse(document.isModified());
    }

    @Test
    void aRemovalOfAFeatureTheUserEditedIsAConflict() {
        rename(2, "C mine");
        LayoutDocument.OutsideChangesTaken taken = document.takeOutsideChanges(List.of(), Set.of("c"));
        assertEquals(List.of("c"), taken.conflicts());
        assertEquals(3, document.layout().features().size());
    }

    @Test
    void aSelectedFeatureChangedElsewhereStaysSelected() {
        document.select(Selection.of(b));
        LayoutFeature theirs = hub("b", "B theirs");
        document.takeOutsideChanges(List.of(theirs), Set.of());
        assertEquals(List.of(theirs), document.selection().features());
    }

    @Test
    void withoutEditsTheDocumentStaysUnmodified() {
        document.takeOutsideChanges(List.of(hub("z", "Z")), Set.of("a"));
        assertFalse(document.isModified());
        assertFalse(document.canUndo());
        assertEquals(List.of("B", "C", "Z"), names(document.layout()));
    }

    private static List<String> names(Layout layout) {
        return layout.features().stream().map(LayoutFeature::name).toList();
    }
}
