package org.hubmap.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says what a failed save means to the person saving: the operating system's "No space left on device" or
 * "Permission denied" about a temporary file they never heard of tells them neither that their file is safe nor
 * what to do. Each message names the file saved, what happened and what to do, and keeps the system's exception as
 * its cause.
 */
final class SaveFaults {
    /** Every save that fails before its rename leaves the file as it was; each message says so. */
    private static final String UNCHANGED = "nothing was saved and the file there is unchanged";

    private SaveFaults() {
    }

    /** A folder given to save into that does not exist (any more). */
    static NoSuchFileException folderGone(Path file, Path folder) {
        return new NoSuchFileException(file.toString(), null, "its folder " + folder
                + " no longer exists (moved, deleted or unmounted?): nothing was saved; save elsewhere");
    }

    /**
     * {@code problem}, met while saving {@code file} in {@code folder} before the new version took the old one's
     * place, as a message saying so.
     */
    static IOException explained(Path file, Path folder, IOException problem) {
        IOException explained = explanation(file, folder, problem);
        explained.initCause(problem);
        return explained;
    }

    private static IOException explanation(Path file, Path folder, IOException problem) {
        String what = String.valueOf(problem.getMessage()).toLowerCase(Locale.ROOT);
        if (what.contains("no space left on device")) {
            return new FileSystemException(file.toString(), null,
                    "no space left on the disk: " + UNCHANGED + "; free space or save elsewhere");
        }
        if (what.contains("disk quota exceeded")) {
            return new FileSystemException(file.toString(), null,
                    "your disk quota is used up: " + UNCHANGED + "; free space or save elsewhere");
        }
        if (what.contains("read-only file system")) {
            return new FileSystemException(file.toString(), null,
                    "the disk is mounted read-only: " + UNCHANGED + "; save elsewhere");
        }
        if (!Files.isDirectory(folder)) {
            return folderGone(file, folder);
        }
        if (problem instanceof AccessDeniedException) {
            return new AccessDeniedException(file.toString(), null, "you may not make or rename files in its"
                    + " folder " + folder + ": " + UNCHANGED + "; save elsewhere, or ask for write permission");
        }
        if (problem instanceof NoSuchFileException) {
            return new NoSuchFileException(file.toString(), null,
                    "another program removed the save's temporary file: " + UNCHANGED + "; save again");
        }
        String reason = problem instanceof FileSystemException system && system.getReason() != null
                ? system.getReason() : problem.getMessage();
        return new FileSystemException(file.toString(), null,
                "could not be written (" + reason + "): " + UNCHANGED + "; save again or save elsewhere");
    }
}
