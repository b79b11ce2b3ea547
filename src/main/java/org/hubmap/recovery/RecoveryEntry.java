package org.hubmap.recovery;

import java.time.Instant;
import java.util.Optional;

/**
 * What one entry of the recovery area would restore: whose edits they are, when they were last written and how
 * many there were since the layout was last saved. Immutable.
 *
 * @param id the entry's name in the recovery area
 * @param title the layout's title, as the layout had it
 * @param location the file the layout is kept in, in full; null for a new layout never saved
 * @param name the file's name, or the new layout's name
 * @param savedAt when the entry was last written
 * @param edits the edits, undos and redos since the layout was last read or saved
 * @param storedVersion the version of the file the edits were made on, as {@code LayoutStorage.version()} gives
 *     it; null when unknown
 */
public record RecoveryEntry(String id, String title, String location, String name, Instant savedAt, long edits,
        String storedVersion) {

    /** The file the edits belong to; empty for a new layout never saved. */
    public Optional<String> file() {
        return Optional.ofNullable(location);
    }
}
