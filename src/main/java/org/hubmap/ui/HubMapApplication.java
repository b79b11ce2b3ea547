package org.hubmap.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.hubmap.recovery.RecoveryArea;
import org.hubmap.ui.map.DaemonThreadFactory;
import org.hubmap.ui.window.WindowMemory;

/** The JavaFX application behind HubMap's window. Start it with {@link #launchWith}. */
public final class HubMapApplication extends Application {
    /**
     * JavaFX warns on every start that it was loaded from the class path rather than as modules; that is how a
     * single runnable jar works, so that one warning says nothing to users and is filtered out. Held here so the
     * filter is not lost with the logger.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration: classes were loaded from";

    private static volatile List<Path> layoutFilesToOpen = List.of();
    private static volatile LayoutSource layoutSource = LayoutSource.files();
    private static volatile Path screenshotFile;
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
        // Read on threads of their own while the toolkit starts and the FX thread builds the window, not after it.
        BundledBasemap.painter();
        layoutSource = EarlyLayoutReads.start(layoutFilesToOpen, LayoutSource.files(),
                Executors.newSingleThreadExecutor(new DaemonThreadFactory("layout-early")));
        JAVAFX_LOG.setFilter(entry -> entry.getMessage() == null || !entry.getMessage().startsWith(CLASS_PATH_WARNING));
        // Gluon's platform check logs a notice unless told it runs on a desktop, which it always does here.
        if (System.getProperty("javafx.platform") == null) {
            System.setProperty("javafx.platform", "desktop");
        }
        Application.launch(HubMapApplication.class);
    }

    /**
     * Like {@link #launchWith(List)}, but once the window has settled (layouts read, tiles drawn) saves a PNG of
     * it to {@code screenshot} and closes: how the documentation's screenshots are made.
     */
    public static void launchForScreenshot(List<Path> layoutFiles, Path screenshot) {
        screenshotFile = screenshot;
        launchWith(layoutFiles);
    }

    @Override
    public void start(Stage stage) {
        // Off the FX thread: reaching the virtual machine's settings takes some 25 ms the window need not wait for.
        Thread settings = new Thread(IdleHeap::giveBackWhenIdle, "idle-heap");
        settings.setDaemon(true);
        settings.start();
        // Screenshots for the documentation always show the window at its default size, and keep nothing.
        Preferences kept = Preferences.userNodeForPackage(MainWindow.class);
        WindowMemory memory = screenshotFile != null ? WindowMemory.none() : WindowMemory.in(kept.node("window"));
        RecentFiles recent = screenshotFile != null ? RecentFiles.none() : RecentFiles.in(kept.node("recent"));
        window = screenshotFile != null ? MainWindow.show(stage, layoutSource, layoutFilesToOpen, memory, recent)
                : MainWindow.show(stage, layoutSource, layoutFilesToOpen, memory, recent,
                        RecoveryArea.inSettingsFolder());
        if (screenshotFile != null) {
            SettledScreenshot.whenSettled(window, stage.getScene().getRoot(), screenshotFile, stage::close);
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
    }
}
