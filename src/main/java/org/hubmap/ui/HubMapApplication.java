package org.hubmap.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application behind HubMap's window. Start it with {@link #launchWith}. */
public final class HubMapApplication extends Application {
    private static volatile List<Path> layoutFilesToOpen = List.of();
    private MainWindow window;

    /**
     * Starts the JavaFX toolkit, shows the main window and begins reading {@code layoutFiles} (possibly none) in
     * the background; files that cannot be read are reported in a dialog. Returns once the user has closed the
     * window and the toolkit has stopped. Call it at most once per JVM, from a thread that is not the FX thread;
     * like {@link Application#launch}, it throws {@link IllegalStateException} if called again, and
     * {@link UnsupportedOperationException} where there is no display.
     */
    public static void launchWith(List<Path> layoutFiles) {
        layoutFilesToOpen = List.copyOf(layoutFiles);
        Application.launch(HubMapApplication.class);
    }

    @Override
    public void start(Stage stage) {
        window = MainWindow.show(stage, layoutFilesToOpen);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
    }
}
