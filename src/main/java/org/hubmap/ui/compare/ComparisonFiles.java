package org.hubmap.ui.compare;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hubmap.io.LayoutFormat;

/** Which file to compare the active layout with, or to merge into it: asked of the user, or given by a test. */
public interface ComparisonFiles {
    /** The file to compare with; empty when the user cancels. */
    Optional<Path> toCompare();

    /** The colleague's file to merge; empty when the user cancels. */
    Optional<Path> toMerge();

    /** File choosers over {@code owner}, offering every format HubMap reads. */
    static ComparisonFiles choosers(Window owner) {
        return new ComparisonFiles() {
            private Path lastFolder;

            @Override
            public Optional<Path> toCompare() {
                return choose("Compare With");
            }

            @Override
            public Optional<Path> toMerge() {
                return choose("Merge From");
            }

            private Optional<Path> choose(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                List<String> patterns = Arrays.stream(LayoutFormat.values())
                        .flatMap(format -> format.extensions().stream()).map(e -> "*." + e).toList();
                chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Layouts ("
                        + String.join(", ", patterns) + ")", patterns), new FileChooser.ExtensionFilter("All files",
                        "*"));
                if (lastFolder != null) {
                    chooser.setInitialDirectory(lastFolder.toFile());
                }
                File file = chooser.showOpenDialog(owner);
                if (file == null) {
                    return Optional.empty();
                }
                lastFolder = file.toPath().toAbsolutePath().getParent();
                return Optional.of(file.toPath());
            }
        };
    }
}
