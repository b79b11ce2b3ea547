package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    private final Preferences store = Preferences.userRoot().node("hubmap-test-recent-" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        store.removeNode();
    }

    @Test
    void theNewestComesFirstOnceAndAtMostTenAreKeptBetweenRuns() {
        RecentFiles recent = RecentFiles.in(store);
        for (int i = 0; i < 12; i++) {
            recent.add(Path.of("/plans/layout-" + i + ".geojson"));
        }
        recent.add(Path.of("/plans/layout-5.geojson"));

        List<Path> kept = RecentFiles.in(store).files();

        assertEquals(RecentFiles.MOST, kept.size());
        assertEquals(Path.of("/plans/layout-5.geojson"), kept.get(0));
        assertEquals(Path.of("/plans/layout-11.geojson"), kept.get(1));
        assertEquals(Path.of("/plans/layout-2.geojson"), kept.get(RecentFiles.MOST - 1));
    }

    @Test
    void clearedAndRemovedFilesStayGone() {
        RecentFiles recent = RecentFiles.in(store);
        recent.add(Path.of("/plans/a.geojson"));
        recent.add(Path.of("/plans/b.geojson"));
        recent.remove(Path.of("/plans/b.geojson"));
        assertEquals(List.of(Path.of("/plans/a.geojson")), RecentFiles.in(store).files());

        recent.clear();

        assertTrue(RecentFiles.in(store).files().isEmpty());
    }

    @Test
    void noneKeepsNothingBetweenRuns() {
        RecentFiles.none().add(Path.of("/plans/a.geojson"));
        assertTrue(RecentFiles.none().files().isEmpty());
    }
}
