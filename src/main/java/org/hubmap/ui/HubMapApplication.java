package org.hubmap.ui;

import java.nio.file.Path;
import java.util.List;

/** Placeholder replaced by the real application class on the ui branch. */
public final class HubMapApplication {
    private HubMapApplication() {
    }

    public static void launchWith(List<Path> layoutFiles) {
        throw new UnsupportedOperationException("desktop window not built yet");
    }
}
