package org.hubmap.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubmap.io.FileStorage;
import org.hubmap.io.LayoutStorage;
import org.hubmap.io.ReadProgress;
import org.hubmap.io.faults.FaultyFileSystem;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.ReplaceFeatures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A save that fails takes nothing from the document: its layout, selection, modified state, undo history and
 * storage are as they were, announced by no change, and it can then be kept elsewhere.
 */
class SaveFaultsKeepTheDocumentTest {
    @TempDir
    Path realFolder;
    @TempDir
    Path elsewhere;
    private final FaultyFileSystem faults = new FaultyFileSystem();
    private LayoutDocument document;
    private final List<DocumentChange> changes = new ArrayList<>();

    @BeforeEach
    void openAnEditedLayout() throws IOException {
        Path file = faults.path(realFolder).resolve("plan.geojson");
        LayoutFeature hub = new LayoutFeature("hub-1", Map.of("kind", "hub", "name", "Hub Kyiv"),
                new GeometryFactory().createPoint(new Coordinate(30.5, 50.4)));
        new FileStorage(file).save(new Layout("plan", List.of(hub)), null);
        FileStorage storage = new FileStorage(file);
        document = LayoutDocument.read(storage, storage.read(ReadProgress.NONE).layout());
        document.execute(ReplaceFeatures.of("Rename", document.layout(),
                Map.of(0, hub.withProperty("name", "Hub Kyiv North"))), Selection.none());
        document.select(Selection.of(document.layout().features()));
        document.addListener(changes::add);
    }

    private void assertKept(DocumentState before, LayoutStorage storage) {
        assertSame(before, document.state(), "layout and selection as they were");
        assertTrue(document.isModified());
        assertEquals("Rename hub", document.undoDescription().orElseThrow(), "the undo history is whole");
        assertSame(storage, document.storage().orElseThrow());
        assertEquals(List.of(), changes, "nothing announced");
    }

    /** Save As: kept elsewhere, the document counts as saved there, and its edit can still be undone. */
    private void assertSavesElsewhere() throws IOException {
        FileStorage other = new FileStorage(elsewhere.resolve("plan.geojson"));
        Layout saving = document.layout();
        other.save(saving, null);
        document.markSaved(other, saving);

        assertFalse(document.isModified());
        assertTrue(document.canUndo());
        assertEquals("Hub Kyiv North", other.read(ReadProgress.NONE).layout().features().get(0).name());
    }

    @Test
    void aFullDiskLeavesTheDocumentAsItWas() throws IOException {
        DocumentState before = document.state();
        LayoutStorage storage = document.storage().orElseThrow();
        faults.fillDiskAfter(10);

        assertThrows(IOException.class, () -> storage.save(document.layout(), document.base()));

        assertKept(before, storage);
        assertSavesElsewhere();
    }

    @Test
    void aReadOnlyFolderLeavesTheDocumentAsItWas() throws IOException {
        DocumentState before = document.state();
        LayoutStorage storage = document.storage().orElseThrow();
        faults.makeReadOnly(faults.path(realFolder));

        assertThrows(IOException.class, () -> storage.save(document.layout(), document.base()));

        assertKept(before, storage);
        assertSavesElsewhere();
    }

    @Test
    void aFolderThatVanishedLeavesTheDocumentAsItWas() throws IOException {
        DocumentState before = document.state();
        LayoutStorage storage = document.storage().orElseThrow();
        Files.delete(realFolder.resolve("plan.geojson"));
        Files.delete(realFolder);

        assertThrows(IOException.class, () -> storage.save(document.layout(), null));

        assertKept(before, storage);
        assertSavesElsewhere();
    }
}
