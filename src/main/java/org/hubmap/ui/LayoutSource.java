package org.hubmap.ui;

import java.nio.file.Path;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.model.Layout;

/** Reads a layout file; {@code LayoutReader::read} in the application. */
@FunctionalInterface
interface LayoutSource {
    Layout read(Path file) throws LayoutFormatException;
}
