package org.hubmap.ui;

import java.nio.file.Path;
import java.util.List;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutFormats;
import org.hubmap.io.LayoutReadResult;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;

/** Reads a layout file, reporting progress and giving up when asked; {@link #files()} in the application. */
@FunctionalInterface
interface LayoutSource {
    LayoutReadResult read(Path file, ReadProgress progress) throws LayoutFormatException;

    /** Layout files on disk in any format HubMap reads, GeoJSON losslessly, with their warnings. */
    static LayoutSource files() {
        return LayoutFormats::read;
    }

    /** Whole layouts from {@code reader} at once, with no warnings: layouts that are not streamed from a file. */
    static LayoutSource whole(WholeLayoutReader reader) {
        return (file, progress) -> new LayoutReadResult(reader.read(file), List.of(), 0);
    }

    /** Gives a whole layout for a file. */
    @FunctionalInterface
    interface WholeLayoutReader {
        Layout read(Path file) throws LayoutFormatException;
    }
}
