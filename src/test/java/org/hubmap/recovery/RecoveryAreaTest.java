package org.hubmap.recovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hubmap.document.LayoutDocument;
import org.hubmap.document.Selection;
import org.hubmap.io.ChangedElsewhereException;
import org.hubmap.io.FileStorage;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.LayoutStorage;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.AddFeatures;
import org.hubmap.model.edit.ChangeCollectionMember;
import org.hubmap.model.edit.ReplaceFeatures;
import org.hubmap.store.DatabaseAddress;
import org.hubmap.store.DatabaseStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Unsaved edits are kept in the recovery area, given back exactly, and go when saved or discarded. */
class RecoveryAreaTest {
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson");
    private static final Instant NOW = Instant.parse("2026-12-07T10:15:30Z");

    @TempDir
    Path folder;
    private Path file;
    private RecoveryArea area;
    private LayoutDocument document;

    @BeforeEach
    void openSample() throws Exception {
        file = folder.resolve("plan.geojson");
        Files.copy(SAMPLE, file);
        area = new RecoveryArea(folder.resolve("recovery"), Duration.ofMillis(20), Clock.fixed(NOW, ZoneOffset.UTC));
        FileStorage storage = new FileStorage(file);
        document = LayoutDocument.read(storage, storage.read(ReadProgress.NONE).layout());
    }

    @AfterEach
    void closeArea() {
        area.close();
    }

    private static void await(CompletableFuture<Void> done) throws Exception {
        done.get(60, TimeUnit.SECONDS);
    }

    private void edit() {
        Layout layout = document.layout();
        LayoutFeature first = layout.features().get(0);
        document.execute(ReplaceFeatures.of("Move", layout, Map.of(0, first.withGeometry(
                new GeometryFactory().createPoint(new Coordinate(30.123456789, 50.5))))), Selection.none());
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> list = Files.list(area.folder())) {
            return list.filter(p -> !p.getFileName().toString().equals(RecoveryArea.CORRUPT)).toList();
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }

    @Test
    void nothingIsWrittenForALayoutWithoutUnsavedChanges() throws Exception {
        Autosave autosave = area.autosave(document);
        await(autosave.flush());
        assertEquals(List.of(), entries());
    }

    @Test
    void anEditIsKeptWithItsFileTimeAndNumberOfEdits() throws Exception {
        Autosave autosave = area.autosave(document);
        edit();
        edit();
        await(autosave.flush());
        assertEquals(List.of(), area.scan().entries(), "an entry open in a running HubMap is not offered");
        await(autosave.close());

        RecoveryScan scan = area.scan();
        assertEquals(List.of(), scan.problems());
        RecoveryEntry entry = scan.entries().get(0);
        assertEquals(file.toAbsolutePath().normalize().toString(), entry.location());
        assertEquals("plan.geojson", entry.name());
        assertEquals(NOW, entry.savedAt());
        assertEquals(2, entry.edits());
        assertTrue(entry.file().isPresent());
    }

    @Test
    void aSharedLayoutsEditsAreKeptUnderItsStoreAndComeBackAsANewLayout() throws Exception {
        DatabaseStorage shared = DatabaseStorage.of(DatabaseAddress.parse("postgresql://alice@db.example:5432/plans"),
                "Kyiv depots");
        document = LayoutDocument.read(shared, LayoutReader.read(SAMPLE));
        Autosave autosave = area.autosave(document);
        edit();
        await(autosave.flush());
        await(autosave.close());

        RecoveryEntry entry = area.scan().entries().get(0);
        assertEquals("postgresql://alice@db.example:5432/plans layout Kyiv depots", entry.location(),
                "the store's location as it is, not taken for a file's path");
        ReopenedLayout reopened = area.reopen(entry);
        // Laid over what the store holds now, they would be saved over others' changes since: a new layout instead.
        assertTrue(reopened.document().storage().isEmpty());
        assertTrue(reopened.document().isModified());
        assertEquals(30.123456789, reopened.document().layout().features().get(0).geometry().orElseThrow()
                .getCoordinate().x);
        assertEquals(document.layout().features().size(), reopened.document().layout().features().size());
        assertTrue(reopened.warnings().get(0).contains("open the shared layout from the database and compare"),
                reopened.warnings().toString());
        await(reopened.autosave().close());
    }

    @Test
    void theRecoveryAreaIsNotBesideTheUsersFile() throws Exception {
        Autosave autosave = area.autosave(document);
        edit();
        await(autosave.flush());
        try (Stream<Path> beside = Files.list(folder)) {
            assertEquals(List.of("plan.geojson", "recovery"), beside.map(p -> p.getFileName().toString()).sorted()
                    .toList());
        }
    }

    @Test
    void onlyTheUserMayReadWhatIsKept() throws Exception {
        Autosave autosave = area.autosave(document);
        edit();
        await(autosave.flush());
        assertEquals(1, entries().size());
        for (Path entry : entries()) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(entry)),
                    "a plan may be classified: other users of the machine must not read its unsaved changes");
        }
    }

    @Test
    void restoringGivesTheExactStateIncludingEachFeaturesText() throws Exception {
        Autosave autosave = area.autosave(document);
        RandomEdits edits = new RandomEdits(new Random(7));
        for (int i = 0; i < 200; i++) {
            edits.editOnce(document);
        }
        document.execute(ChangeCollectionMember.of("Rename", document.layout(), "name", "Plan \"B\" — Київ"),
                Selection.none());
        byte[] expected = LayoutBytes.of(document.layout());
        await(autosave.flush());
        await(autosave.close());

        RecoveredLayout recovered = area.restore(area.scan().entries().get(0));
        assertArrayEquals(expected, LayoutBytes.of(recovered.layout()));
        assertEquals(document.layout().title(), recovered.layout().title());
        for (int i = 0; i < document.layout().features().size(); i++) {
            LayoutFeature feature = document.layout().features().get(i);
            if (feature.sourceText().isPresent()) {
                assertEquals(feature.sourceText(), recovered.layout().features().get(i).sourceText());
            }
        }
    }

    @Test
    void aRestoredLayoutIsUnsavedSavesToTheUsersFileAndIsKeptUntilSaved() throws Exception {
        Autosave autosave = area.autosave(document);
        edit();
        byte[] expected = LayoutBytes.of(document.layout());
        await(autosave.flush());
        await(autosave.close());
        RecoveryEntry entry = area.scan().entries().get(0);

        ReopenedLayout reopened = area.reopen(entry);
        LayoutDocument restored = reopened.document();
        Autosave resumed = reopened.autosave();
        FileStorage storage = (FileStorage) restored.storage().orElseThrow();
        assertEquals(file.toAbsolutePath().normalize(), storage.file());
        assertFalse(storage.changedElsewhere());
        assertTrue(restored.isModified());
        assertArrayEquals(expected, LayoutBytes.of(restored.layout()));
        assertEquals(1, entries().size(), "kept in the same entry until saved");

        storage.save(restored.layout(), restored.base());
        restored.markSaved(storage, restored.layout());
        await(resumed.flush());
        assertArrayEquals(expected, Files.readAllBytes(file));
        assertEquals(List.of(), entries());
    }

    @Test
    void aChangeToTheFileWhileHubMapWasNotRunningIsSeenAsSomeoneElses() throws Exception {
        Autosave autosave = area.autosave(document);
        edit();
        await(autosave.flush());
        await(autosave.close());
        Files.writeString(file, Files.readString(file).replace("Hub Lviv", "Hub Lviv West"));

        ReopenedLayout reopened = area.reopen(area.scan().entries().get(0));
        LayoutStorage storage = reopened.document().storage().orElseThrow();
        assertTrue(storage.changedElsewhere());
        assertThrows(ChangedElsewhereException.class, () -> storage.save(reopened.document().layout(),
                reopened.document().base()));
        assertTrue(Files.readString(file).contains("Hub Lviv West"), "their change is still there");
    }

    @Test
    void aCleanSaveRemovesTheEntry() throws Exception {
        Autosave autosave = area.autosave(document);
        edit();
        await(autosave.flush());
        assertEquals(1, entries().size());
        FileStorage storage = (FileStorage) document.storage().orElseThrow();
        storage.save(document.layout(), document.base());
        document.markSaved(storage, document.layout());
        await(autosave.flush());
        assertEquals(List.of(), entries());

        edit();
        await(autosave.flush());
        assertEquals(1, entries().size(), "edits after the save are kept again");
    }

    @Test
    void undoingBackToTheSavedStateRemovesTheEntry() throws Exception {
        Autosave autosave = area.autosave(document);
        edit();
        await(autosave.flush());
        document.undo();
        await(autosave.flush());
        assertEquals(List.of(), entries());
    }

    @Test
    void discardingRemovesTheEntryForGood() throws Exception {
        Autosave autosave = area.autosave(document);
        edit();
        await(autosave.flush());
        await(autosave.discard());
        edit();
        assertEquals(List.of(), entries());
        assertEquals(List.of(), area.scan().entries());
    }

    @Test
    void decliningToRestoreRemovesTheEntry() throws Exception {
        Autosave autosave = area.autosave(document);
        edit();
        await(autosave.flush());
        await(autosave.close());
        area.discard(area.scan().entries().get(0));
        assertEquals(List.of(), entries());
    }

    @Test
    void aNewLayoutIsKeptUnderItsName() throws Exception {
        LayoutDocument untitled = new LayoutDocument(null, new Layout("Untitled", List.of()), "Untitled layout 2");
        Autosave autosave = area.autosave(untitled);
        untitled.execute(AddFeatures.of("Add", untitled.layout(), List.of(LayoutFeature.create(Map.of("kind", "hub"),
                new GeometryFactory().createPoint(new Coordinate(30, 50))))), Selection.none());
        byte[] expected = LayoutBytes.of(untitled.layout());
        await(autosave.flush());
        await(autosave.close());

        RecoveryEntry entry = area.scan().entries().get(0);
        assertEquals("Untitled layout 2", entry.name());
        assertFalse(entry.file().isPresent());
        RecoveredLayout recovered = area.restore(entry);
        assertArrayEquals(expected, LayoutBytes.of(recovered.layout()));
        LayoutDocument restored = LayoutDocument.restored(null, null, recovered.layout(), entry.name());
        assertTrue(restored.isModified());
        assertEquals("Untitled layout 2", restored.name());
    }

    @Test
    void aCorruptLayoutIsReportedWithItsPlaceAndKeptAside() throws Exception {
        Autosave autosave = area.autosave(document);
        edit();
        await(autosave.flush());
        await(autosave.close());
        Path entryFolder = entries().get(0);
        Path snapshot;
        try (Stream<Path> files = Files.list(entryFolder)) {
            snapshot = files.filter(p -> p.toString().endsWith(".geojson")).findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(snapshot);
        Files.write(snapshot, Arrays.copyOf(whole, whole.length / 2));
        RecoveryEntry entry = area.scan().entries().get(0);

        CorruptEntryException problem = assertThrows(CorruptEntryException.class, () -> area.restore(entry));
        assertTrue(problem.getMessage().matches("(?s).*" + snapshot.getFileName() + ":\\d+:\\d+: .*"),
                problem.getMessage());
        Path aside = area.folder().resolve(RecoveryArea.CORRUPT).resolve(entry.id());
        assertTrue(problem.getMessage().contains(aside.toString()), problem.getMessage());
        assertArrayEquals(Arrays.copyOf(whole, whole.length / 2),
                Files.readAllBytes(aside.resolve(snapshot.getFileName())));
        assertEquals(List.of(), entries());
    }

    @Test
    void aCorruptDescriptionIsReportedOnScanAndKeptAside() throws Exception {
        Path broken = area.folder().resolve("1-broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve(EntryFolder.DESCRIPTION), "format=1\nname=plan.geojson\n",
                StandardCharsets.ISO_8859_1);

        RecoveryScan scan = area.scan();
        assertEquals(List.of(), scan.entries());
        assertEquals(1, scan.problems().size());
        assertTrue(scan.problems().get(0).contains("\"title\" is missing"), scan.problems().get(0));
        assertTrue(Files.isRegularFile(area.folder().resolve(RecoveryArea.CORRUPT).resolve("1-broken")
                .resolve(EntryFolder.DESCRIPTION)));
        assertEquals(List.of(), area.scan().problems(), "reported once, and kept");
    }

    @Test
    void anEntryKilledBeforeItsFirstDescriptionIsKeptAsideIfItHoldsALayout() throws Exception {
        Path written = Files.createDirectories(area.folder().resolve("1-written"));
        Files.copy(SAMPLE, written.resolve("layout-1.geojson"));
        Path empty = Files.createDirectories(area.folder().resolve("2-empty"));
        Files.writeString(empty.resolve("lock"), "");

        RecoveryScan scan = area.scan();
        assertEquals(List.of(), scan.entries());
        assertEquals(1, scan.problems().size(), scan.problems().toString());
        assertTrue(scan.problems().get(0).contains("was being written"), scan.problems().get(0));
        assertArrayEquals(Files.readAllBytes(SAMPLE), Files.readAllBytes(area.folder().resolve(RecoveryArea.CORRUPT)
                .resolve("1-written").resolve("layout-1.geojson")));
        assertFalse(Files.exists(empty), "an entry that holds nothing is removed");
    }

    @Test
    void closingTheAreaFinishesTheRemovalsHandedOver() throws Exception {
        Autosave autosave = area.autosave(document);
        edit();
        await(autosave.flush());
        autosave.discard();
        area.close();
        assertEquals(List.of(), entries());
    }

    @Test
    void aFailedWriteIsToldOnceAndTheNextChangeIsTriedAgain() throws Exception {
        Files.writeString(area.folder(), "a file where the folder should be");
        List<String> problems = new CopyOnWriteArrayList<>();
        area.onProblem(problems::add);
        Autosave autosave = area.autosave(document);
        edit();
        await(autosave.flush());
        edit();
        await(autosave.flush());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("the unsaved changes of plan.geojson could not be kept"), problems.get(0));
        assertTrue(autosave.problem().isPresent());

        Files.delete(area.folder());
        edit();
        await(autosave.flush());
        assertTrue(autosave.problem().isEmpty());
        assertEquals(1, entries().size());
    }

    @Test
    void theAreaIsInTheUsersSettingsFolder() {
        assertEquals(Path.of("/x/hubmap/recovery"), RecoveryArea.settingsFolder(null,
                Map.of("XDG_CONFIG_HOME", "/x"), "/home/u"));
        assertEquals(Path.of("/home/u/.config/hubmap/recovery"), RecoveryArea.settingsFolder(null, Map.of(),
                "/home/u"));
        assertEquals(Path.of("/home/u/.config/hubmap/recovery"), RecoveryArea.settingsFolder(null,
                Map.of("XDG_CONFIG_HOME", "relative"), "/home/u"));
        assertEquals(Path.of("/tmp/r"), RecoveryArea.settingsFolder("/tmp/r", Map.of("XDG_CONFIG_HOME", "/x"),
                "/home/u"));
    }

    @Test
    void aStoredLayoutThatIsReadAgainIsTheBaseOfTheRestoredOne() throws Exception {
        Layout stored = LayoutReader.read(file);
        Autosave autosave = area.autosave(document);
        edit();
        await(autosave.flush());
        await(autosave.close());
        RecoveryEntry entry = area.scan().entries().get(0);
        LayoutDocument restored = LayoutDocument.restored(new FileStorage(file), stored,
                area.restore(entry).layout(), entry.name());
        restored.undo();
        assertArrayEquals(Files.readAllBytes(file), LayoutBytes.of(restored.layout()),
                "one undo goes back to what is on disk");
        assertFalse(restored.isModified());
    }
}
