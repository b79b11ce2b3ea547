package org.hubmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutSource;
import picocli.CommandLine.Parameters;

/**
 * The layout files a command reads, and how every command reports one it cannot read: its fault as
 * {@code FILE:LINE:COL: error: problem} on the error stream, the same shape as a warning's line. Commands that work
 * through their files one by one mix this in as their {@code FILE...} and let {@link #forEach} go through them.
 */
final class LayoutFiles {
    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Layout files to check: .geojson, .json, .geojsons, .kml, .kmz, .csv or .gpkg; - for"
                + " standard input.")
    private List<Path> files;

    /** What a command does with one of its files. */
    @FunctionalInterface
    interface FileWork {
        /**
         * Reads {@code file} and reports on it: its results on {@code out}, its warnings on {@code warnings}.
         *
         * @return whether the file has an error
         * @throws LayoutFormatException when the file cannot be read
         */
        boolean hasErrors(LayoutSource file, PrintWriter out, PrintWriter warnings) throws LayoutFormatException;
    }

    /**
     * Does {@code work} on every file in turn. A file that cannot be read is reported, with {@code FILE: verdict} on
     * the output, and the next one is still done.
     *
     * @param unreadableVerdict what the command says of a file it cannot read, such as {@code invalid}
     * @return {@link ExitCodes#BAD_DATA} if any file cannot be read or has an error, else {@link ExitCodes#OK}
     */
    int forEach(StandardStreams streams, String unreadableVerdict, FileWork work) {
        return forEach(streams, work, (file, e, out, err) -> {
            printErrors(err, e);
            out.println(file + ": " + unreadableVerdict);
        });
    }

    /** What a command says of a file it cannot read; {@code file} is the name messages give it. */
    @FunctionalInterface
    interface Unreadable {
        void report(Path file, LayoutFormatException e, PrintWriter out, PrintWriter err);
    }

    /**
     * Does {@code work} on every file in turn; a file that cannot be read is reported by {@code unreadable}, and
     * the next one is still done.
     *
     * @return {@link ExitCodes#BAD_DATA} if any file cannot be read or has an error, else {@link ExitCodes#OK}
     */
    int forEach(StandardStreams streams, FileWork work, Unreadable unreadable) {
        PrintWriter out = streams.out();
        PrintWriter err = streams.err();
        boolean anyError = false;
        for (Path file : files) {
            try {
                anyError |= work.hasErrors(streams.source(file), out, streams.warnings());
            } catch (LayoutFormatException e) {
                unreadable.report(Path.of(StandardStreams.nameOf(file)), e, out, err);
                anyError = true;
            }
        }
        out.flush();
        err.flush();
        return anyError ? ExitCodes.BAD_DATA : ExitCodes.OK;
    }

    /**
     * Prints every error a read found, one {@link #errorLine} each, and how many more were found than listed, so
     * that the user can fix them all in one round.
     */
    static void printErrors(PrintWriter err, LayoutFormatException e) {
        for (LayoutFormatException error : e.errors()) {
            err.println(errorLine(error));
        }
        if (e.errorsNotListed() > 0) {
            err.println(e.source() + ": error: ... and " + e.errorsNotListed() + " more error"
                    + (e.errorsNotListed() == 1 ? "" : "s") + " not listed");
        }
    }

    /** {@code FILE:LINE:COL: error: problem}, the same shape as a warning's line. */
    static String errorLine(LayoutFormatException e) {
        return e.place() + ": error: " + e.problem();
    }

    /**
     * Reports that {@code output} is not written because an input cannot be read.
     *
     * @return {@link ExitCodes#BAD_DATA}, for the command to exit with
     */
    static int notWritten(PrintWriter err, Path output, LayoutFormatException e) {
        printErrors(err, e);
        err.println(output + ": not written");
        err.flush();
        return ExitCodes.BAD_DATA;
    }
}
