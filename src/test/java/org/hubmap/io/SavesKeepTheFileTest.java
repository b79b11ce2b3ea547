package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save leaves the file what it was: its mode, owner and group, a symbolic link to it, a read-only file alone; it
 * replaces nothing but a regular file, keeps the old version by linking it, and clears up after killed saves.
 */
class SavesKeepTheFileTest {
    private static final String OLD = "{\"type\": \"FeatureCollection\", \"features\": []}\n";

    @TempDir
    Path folder;
    private Path target;

    @BeforeEach
    void writeTheOldVersion() throws IOException {
        target = folder.resolve("layout.geojson");
        Files.writeString(target, OLD);
    }

    private static SafeFileWriter.Saved save(Path file) throws IOException {
        return SafeFileWriter.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    }

    private static PosixFileAttributes posix(Path file) throws IOException {
        return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void theModeOwnerAndGroupOfASharedFileAreKept() throws IOException {
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        UserPrincipalLookupService names = folder.getFileSystem().getUserPrincipalLookupService();
        boolean giveAway = isRoot();
        if (giveAway) {
            UserPrincipal nobody = names.lookupPrincipalByName("nobody");
            GroupPrincipal nogroup = names.lookupPrincipalByGroupName("nogroup");
            Files.getFileAttributeView(target, PosixFileAttributeView.class).setOwner(nobody);
            Files.getFileAttributeView(target, PosixFileAttributeView.class).setGroup(nogroup);
        }
        PosixFileAttributes before = posix(target);

        SafeFileWriter.Saved saved = save(target);

        PosixFileAttributes after = posix(target);
        assertEquals("new", Files.readString(target));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(after.permissions()));
        assertEquals(before.owner(), after.owner());
        assertEquals(before.group(), after.group());
        assertEquals(List.of(), saved.notKept());
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGives() throws IOException {
        Path reference = Files.createFile(folder.resolve("made-as-any-program-does"));
        Path fresh = folder.resolve("fresh.geojson");

        save(fresh);

        assertEquals(PosixFilePermissions.toString(posix(reference).permissions()),
                PosixFilePermissions.toString(posix(fresh).permissions()));
        assertTrue(posix(fresh).permissions().contains(PosixFilePermission.GROUP_READ)
                || !posix(reference).permissions().contains(PosixFilePermission.GROUP_READ),
                "not owner-only where the umask lets the group read");
    }

    @Test
    void aSymbolicLinkIsKeptAndTheFileItLeadsToReplaced() throws IOException {
        Path real = Files.createDirectory(folder.resolve("shared")).resolve("real.geojson");
        Files.writeString(real, OLD);
        Path link = Files.createSymbolicLink(folder.resolve("link.geojson"), Path.of("shared", "real.geojson"));

        SafeFileWriter.Saved saved = save(link);

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(Path.of("shared", "real.geojson"), Files.readSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(OLD, Files.readString(real.resolveSibling("real.geojson.bak")));
        assertEquals(real, saved.file());
    }

    @Test
    void aReadOnlyFileIsRefusedEvenByRootAndLeftAsItWas() throws IOException {
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));

        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> save(target));

        assertTrue(refused.getMessage().contains("read-only (mode r--r--r--)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("save under another name"), refused.getMessage());
        assertEquals(OLD, Files.readString(target));
        assertEquals(List.of(target), Files.list(folder).toList(), "no temporary, no backup");
    }

    @Test
    void aNamedPipeIsRefusedAtOnceWithoutBeingRead() throws Exception {
        Path pipe = folder.resolve("pipe.geojson");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is needed");

        FileSystemException refused = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(FileSystemException.class, () -> save(pipe)));

        assertTrue(refused.getMessage().contains("named pipe"), refused.getMessage());
        assertTrue(Files.notExists(folder.resolve("pipe.geojson.bak")));
    }

    @Test
    void aLinkToADeviceIsRefusedAtOnce() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "/dev/zero is needed");
        Path link = Files.createSymbolicLink(folder.resolve("zero.geojson"), zero);

        FileSystemException refused = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(FileSystemException.class, () -> save(link)));

        assertTrue(refused.getMessage().contains("device"), refused.getMessage());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aFolderIsRefused() throws IOException {
        Path inTheWay = Files.createDirectory(folder.resolve("folder.geojson"));

        FileSystemException refused = assertThrows(FileSystemException.class, () -> save(inTheWay));

        assertTrue(refused.getMessage().contains("a folder"), refused.getMessage());
    }

    @Test
    void theBackupIsTheOldFileItselfNotACopy() throws IOException {
        Object oldFile = Files.readAttributes(target, BasicFileAttributes.class).fileKey();
        assumeTrue(oldFile != null, "the file system names its files");

        save(target);

        assertEquals(oldFile, Files.readAttributes(folder.resolve("layout.geojson.bak"), BasicFileAttributes.class)
                .fileKey());
        assertEquals(OLD, Files.readString(folder.resolve("layout.geojson.bak")));
    }

    @Test
    void temporaryFilesOfKilledSavesAreRemovedAndThoseOfARunningSaveKept() throws IOException {
        Path killed = Files.writeString(folder.resolve(".layout.geojson.8812734.tmp"), "half a save");
        Path killedBackup = Files.writeString(folder.resolve(".layout.geojson.55.bak.tmp"), "half a backup");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minusSeconds(3600)));
        Files.setLastModifiedTime(killedBackup, FileTime.from(Instant.now().minusSeconds(3600)));
        Path running = Files.writeString(folder.resolve(".layout.geojson.991.tmp"), "still being written");
        Files.setLastModifiedTime(running, FileTime.from(Instant.now().plusSeconds(3600)));
        Path someoneElses = Files.writeString(folder.resolve(".layout.geojson.notes.tmp"), "not ours");
        Files.setLastModifiedTime(someoneElses, FileTime.from(Instant.now().minusSeconds(3600)));

        save(target);

        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(killedBackup));
        assertTrue(Files.exists(running), "a save still writing is spared");
        assertTrue(Files.exists(someoneElses), "a name this program does not give is left alone");
    }

    /**
     * Saves the target as the user nobody, in a folder anyone may write, and returns what the save printed; skipped
     * where this machine cannot run a process as another user.
     */
    private String saveAsNobody() throws Exception {
        return saveAsNobody(target);
    }

    /** Saves {@code file}, in the test's folder or below, as the user nobody; as {@link #saveAsNobody()}. */
    private String saveAsNobody(Path file) throws Exception {
        assumeTrue(isRoot(), "running a save as another user needs root");
        Path setpriv = Path.of("/usr/bin/setpriv");
        assumeTrue(Files.isExecutable(setpriv), "setpriv (util-linux) is needed");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        String java = ProcessHandle.current().info().command().orElse("java");
        String classes = Path.of("target", "classes").toAbsolutePath() + ":"
                + Path.of("target", "test-classes").toAbsolutePath();
        Process other = new ProcessBuilder(setpriv.toString(), "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                java, "-cp", classes, SaveAsOtherUserProcess.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(other.waitFor(60, TimeUnit.SECONDS));
        assumeTrue(other.exitValue() == 0 && !output.contains("Error: Could not find"),
                "the user nobody could not run Java here: " + output);
        return output;
    }

    @Test
    void aUserWhoMayNotGiveTheFileAwayIsToldWhoseItIsNow() throws Exception {
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-rw-"));
        String output = saveAsNobody();

        assertTrue(output.contains("its owner root (only root may give a file to another user): it is now nobody's"),
                output);
        assertEquals("saved by another user", Files.readString(target));
        assertEquals("rw-rw-rw-", PosixFilePermissions.toString(posix(target).permissions()), "the mode is kept");
    }

    @Test
    void aReadOnlyFileIsRefusedForAnyUser() throws Exception {
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        String output = saveAsNobody();

        assertTrue(output.startsWith("refused: "), output);
        assertTrue(output.contains("you may not write this file"), output);
        assertEquals(OLD, Files.readString(target));
    }

    @Test
    void aFolderTheUserMayNotChangeIsSaidSoAndTheFileLeftAsItWas() throws Exception {
        Path shared = Files.createDirectory(folder.resolve("shared"));
        Path file = Files.writeString(shared.resolve("layout.geojson"), OLD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("r-xr-xr-x"));

        String output = saveAsNobody(file);

        assertEquals("refused: " + file + ": you may not make or rename files in its folder " + shared + ": nothing"
                + " was saved and the file there is unchanged; save elsewhere, or ask for write permission\n", output);
        assertEquals(OLD, Files.readString(file));
        assertEquals(List.of(file), Files.list(shared).toList(), "no temporary file left");
    }
}
