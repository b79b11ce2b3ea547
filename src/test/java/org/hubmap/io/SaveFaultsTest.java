package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hubmap.io.faults.FaultyFileSystem;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A save that meets a fault (a full disk, a read-only folder, its file or folder deleted or replaced) says what
 * happened and what to do, leaves the file on disk as it was and no temporary file behind, and a save elsewhere then
 * works. The faults come from a file system that fails on purpose; where a real one can be made here, the same is
 * shown on the real disk too.
 */
class SaveFaultsTest {
    @TempDir
    Path realFolder;
    @TempDir
    Path elsewhere;
    private final FaultyFileSystem faults = new FaultyFileSystem();
    private Path folder;
    private Path file;
    private byte[] before;

    private static Layout layout(int hubs) {
        List<LayoutFeature> features = new ArrayList<>();
        for (int i = 0; i < hubs; i++) {
            features.add(new LayoutFeature("hub-" + i, Map.of("kind", "hub", "name", "Hub " + i),
                    new GeometryFactory().createPoint(new Coordinate(30 + i * 0.01, 50))));
        }
        return new Layout("plan", features);
    }

    /** The layout's file, in a folder of the faulty file system or of the real one, and its storage read. */
    private FileStorage opened(boolean throughTheSeam) throws IOException {
        folder = throughTheSeam ? faults.path(realFolder) : realFolder;
        file = folder.resolve("plan.geojson");
        new FileStorage(file).save(layout(2), null);
        before = Files.readAllBytes(file);
        FileStorage storage = new FileStorage(file);
        storage.read(ReadProgress.NONE);
        return storage;
    }

    private List<String> namesIn(Path where) throws IOException {
        try (Stream<Path> entries = Files.list(where)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }

    /** The file as it was, and nothing else where it was. */
    private void assertUntouched() throws IOException {
        assertArrayEquals(before, Files.readAllBytes(file), "the file on disk is byte for byte as it was");
        assertEquals(List.of("plan.geojson"), namesIn(folder), "no temporary file left");
    }

    /** Saving the layout somewhere else, as Save As does, works. */
    private void assertSavesElsewhere(Layout edited) throws IOException {
        Path other = elsewhere.resolve("plan-copy.geojson");
        new FileStorage(other).save(edited, null);
        assertEquals(edited.features().size(), new FileStorage(other).read(ReadProgress.NONE).layout().features()
                .size());
    }

    @BeforeEach
    void noFaultsYet() {
        faults.clearFaults();
    }

    @Test
    void aFullDiskIsSaidSoAndTheFileIsLeftAsItWas() throws IOException {
        FileStorage storage = opened(true);
        Layout base = storage.read(ReadProgress.NONE).layout();
        Layout edited = layout(500);
        faults.fillDiskAfter(4096);

        FileSystemException refused = assertThrows(FileSystemException.class, () -> storage.save(edited, base));

        assertEquals(file + ": no space left on the disk: nothing was saved and the file there is unchanged; free"
                + " space or save elsewhere", refused.getMessage());
        assertEquals("No space left on device", refused.getCause().getMessage(), "the system's own words kept");
        assertUntouched();
        assertSavesElsewhere(edited);
    }

    @Test
    void aDiskFullFromTheFirstByteLeavesNoEmptyTemporaryFile() throws IOException {
        FileStorage storage = opened(true);
        faults.fillDiskAfter(0);

        assertThrows(FileSystemException.class, () -> storage.save(layout(3), null));

        assertUntouched();
    }

    @Test
    void aTemporaryFileThatCannotBeRemovedDoesNotHideWhyTheSaveFailed() throws IOException {
        FileStorage storage = opened(true);
        faults.fillDiskAfter(16);
        faults.whileWriting(() -> faults.makeReadOnly(folder));

        FileSystemException refused = assertThrows(FileSystemException.class, () -> storage.save(layout(50), null));

        assertTrue(refused.getMessage().startsWith(file + ": no space left on the disk"), refused.getMessage());
        assertEquals(1, refused.getCause().getSuppressed().length);
        assertTrue(refused.getCause().getSuppressed()[0] instanceof AccessDeniedException,
                "why the temporary file is still there");
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aReadOnlyFolderIsSaidSoAndTheFileIsLeftAsItWas() throws IOException {
        FileStorage storage = opened(true);
        Layout edited = layout(3);
        faults.makeReadOnly(folder);

        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> storage.save(edited, storage.read(ReadProgress.NONE).layout()));

        assertEquals(file + ": you may not make or rename files in its folder " + folder + ": nothing was saved and"
                + " the file there is unchanged; save elsewhere, or ask for write permission", refused.getMessage());
        assertUntouched();
        assertSavesElsewhere(edited);
    }

    @ParameterizedTest(name = "through the seam: {0}")
    @ValueSource(booleans = {true, false})
    void aFileDeletedWhileOpenIsNotSavedAgainUntilTheUserSaysSo(boolean throughTheSeam) throws IOException {
        FileStorage storage = opened(throughTheSeam);
        Layout base = storage.read(ReadProgress.NONE).layout();
        Files.delete(file);
        Layout edited = layout(3);

        assertTrue(storage.removedElsewhere());
        ChangedElsewhereException refused = assertThrows(ChangedElsewhereException.class,
                () -> storage.save(edited, base));

        assertTrue(refused.removed());
        assertEquals(file + ": deleted or moved away by someone else since it was loaded; nothing was written: save"
                + " again to put it back, or save elsewhere", refused.getMessage());
        assertFalse(Files.exists(file), "not brought back unasked");
        assertEquals(List.of(), namesIn(folder));

        storage.save(edited, null);

        assertEquals(3, storage.read(ReadProgress.NONE).layout().features().size(), "put back once asked");
        assertFalse(storage.changedElsewhere());
    }

    @ParameterizedTest(name = "through the seam: {0}")
    @ValueSource(booleans = {true, false})
    void aFileReplacedWhileOpenIsNotSavedOver(boolean throughTheSeam) throws IOException {
        FileStorage storage = opened(throughTheSeam);
        Layout base = storage.read(ReadProgress.NONE).layout();
        writeAsAnotherProgram(file, "{\"type\":\"FeatureCollection\",\"features\":[]}\n");
        byte[] replaced = Files.readAllBytes(file);

        ChangedElsewhereException refused = assertThrows(ChangedElsewhereException.class,
                () -> storage.save(layout(3), base));

        assertFalse(refused.removed());
        assertArrayEquals(replaced, Files.readAllBytes(file));
        assertEquals(List.of("plan.geojson"), namesIn(folder));
        assertSavesElsewhere(layout(3));
    }

    @Test
    void aFileReplacedWhileTheSaveWritesIsNotSavedOver() throws IOException {
        FileStorage storage = opened(true);
        Layout base = storage.read(ReadProgress.NONE).layout();
        String theirs = "{\"type\":\"FeatureCollection\",\"features\":[]}\n";
        faults.whileWriting(() -> writeAsAnotherProgram(realFolder.resolve("plan.geojson"), theirs));

        ChangedElsewhereException refused = assertThrows(ChangedElsewhereException.class,
                () -> storage.save(layout(3), base));

        assertFalse(refused.removed());
        assertEquals(theirs, Files.readString(file), "their version stays");
        assertEquals(List.of("plan.geojson"), namesIn(folder), "no temporary file left");
    }

    @ParameterizedTest(name = "through the seam: {0}")
    @ValueSource(booleans = {true, false})
    void aFolderThatVanishedIsSaidSoAndTheLayoutSavedElsewhere(boolean throughTheSeam) throws IOException {
        FileStorage storage = opened(throughTheSeam);
        Layout edited = layout(3);
        removeAll(realFolder);

        NoSuchFileException refused = assertThrows(NoSuchFileException.class, () -> storage.save(edited, null));

        assertEquals(file + ": its folder " + folder + " no longer exists (moved, deleted or unmounted?): nothing was"
                + " saved; save elsewhere", refused.getMessage());
        assertFalse(Files.exists(folder), "nothing made in its place");
        assertSavesElsewhere(edited);
    }

    @Test
    void aFolderThatVanishesWhileTheSaveWritesIsSaidSo() throws IOException {
        FileStorage storage = opened(true);
        Layout edited = layout(3);
        faults.whileWriting(() -> removeAll(realFolder));

        NoSuchFileException refused = assertThrows(NoSuchFileException.class, () -> storage.save(edited, null));

        assertTrue(refused.getMessage().startsWith(file + ": its folder " + folder + " no longer exists"),
                refused.getMessage());
        assertFalse(Files.exists(folder));
        assertSavesElsewhere(edited);
    }

    @Test
    void whatASaveCouldNotKeepIsWhatTheStorageSays() throws IOException {
        FileStorage storage = opened(true);
        assumeTrue("root".equals(System.getProperty("user.name")), "giving a file to nobody needs root");
        Files.setOwner(file, file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        faults.refuseGivingFilesAway();

        List<String> notKept = storage.save(layout(3), null);

        String me = Files.getOwner(elsewhere).getName();
        assertEquals(List.of("its owner nobody (only root may give a file to another user): it is now " + me + "'s"),
                notKept);
        assertEquals(3, storage.read(ReadProgress.NONE).layout().features().size());
    }

    private static void writeAsAnotherProgram(Path file, String content) {
        try {
            Path theirs = Files.writeString(file.resolveSibling("theirs.tmp"), content);
            Files.move(theirs, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeAll(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
