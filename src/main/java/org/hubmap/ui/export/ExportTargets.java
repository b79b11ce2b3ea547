package org.hubmap.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hubmap.export.ExportFormat;

/** Asks where an export goes: a file of the format, or a folder for an atlas of PNG images. */
public interface ExportTargets {
    /** A file to write {@code format} to, suggested as {@code name}; empty when the user cancels. */
    Optional<Path> file(Window owner, ExportFormat format, String name);

    /** A folder for an atlas's PNG images; empty when the user cancels. */
    Optional<Path> folder(Window owner);

    /** The platform's file and folder choosers, starting in the folder last chosen. */
    static ExportTargets choosers() {
        return new ExportTargets() {
            private File lastFolder;

            @Override
            public Optional<Path> file(Window owner, ExportFormat format, String name) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Export Map as " + format.displayName());
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        format.displayName() + " (*." + format.extension() + ")", "*." + format.extension()));
                chooser.setInitialFileName(name + "." + format.extension());
                if (lastFolder != null && lastFolder.isDirectory()) {
                    chooser.setInitialDirectory(lastFolder);
                }
                File chosen = chooser.showSaveDialog(owner);
                if (chosen == null) {
                    return Optional.empty();
                }
                lastFolder = chosen.getParentFile();
                String file = chosen.getName().toLowerCase(java.util.Locale.ROOT);
                return Optional.of(file.endsWith("." + format.extension()) ? chosen.toPath()
                        : chosen.toPath().resolveSibling(chosen.getName() + "." + format.extension()));
            }

            @Override
            public Optional<Path> folder(Window owner) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle("Folder for the Atlas's Images");
                if (lastFolder != null && lastFolder.isDirectory()) {
                    chooser.setInitialDirectory(lastFolder);
                }
                File chosen = chooser.showDialog(owner);
                if (chosen == null) {
                    return Optional.empty();
                }
                lastFolder = chosen;
                return Optional.of(chosen.toPath());
            }
        };
    }
}
