package org.hubmap.io;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.hubmap.model.Layout;

/**
 * Where a layout is kept and how it is read, saved and watched: a file first, a database later. A document holds
 * its storage but never a path, so that it does not care which.
 */
public interface LayoutStorage {
    /** A short name users know it by, such as the file's name. */
    String name();

    /** Where it is, in full, for messages: {@code FILE: what is wrong}. */
    String location();

    /**
     * Reads the layout with the warnings about what it says, reporting progress and giving up when asked.
     *
     * @throws LayoutFormatException saying where the stored layout cannot be read
     * @throws java.util.concurrent.CancellationException when {@code progress} asks to stop
     */
    LayoutReadResult read(ReadProgress progress) throws LayoutFormatException;

    /**
     * Saves {@code layout} here. {@code base} is the layout as last read from or saved to this storage (null when
     * the layout came from elsewhere, or the user chose to overwrite): a store may send only what changed since,
     * and refuses to save over changes someone else made meanwhile.
     *
     * @return what of the place it is kept in the save could not keep, in sentences (such as a file's owner);
     *     empty when it kept all
     * @throws ChangedElsewhereException when {@code base} is given and someone else changed or removed the stored
     *     layout since it was last read or saved here; nothing is written
     * @throws IOException when it cannot be saved, with a message saying why and what to do; what was stored
     *     before is then intact
     */
    List<String> save(Layout layout, Layout base) throws IOException;

    /**
     * Whether someone else changed the stored layout since it was last read or saved here, so that saving over it
     * would lose their changes. False when nothing was read or saved here yet.
     */
    boolean changedElsewhere();

    /**
     * Whether someone else removed the stored layout (deleted it, moved it away) since it was last read or saved
     * here; saving it again puts it back. False when nothing was read or saved here yet.
     */
    boolean removedElsewhere();

    /**
     * Takes the stored layout as it is now for the version read here, as after the user merged it in by other
     * means than {@link #read}: only a change made after this counts as someone else's.
     */
    void noteVersionRead();

    /**
     * The version of the stored layout last read or saved here, as text that {@link #assumeVersion} takes back in
     * another run: autosave keeps it with unsaved changes, so that a change made to the stored layout while HubMap
     * was not running is still seen as someone else's once the changes are restored. Empty before anything was read
     * or saved here.
     */
    Optional<String> version();

    /**
     * Takes {@code version}, from {@link #version} of an earlier run, for the version last read or saved here, so
     * that any change since counts as someone else's. Text that is not such a version counts as a change.
     */
    void assumeVersion(String version);

    /**
     * Calls {@code changed} (on a thread of its own) whenever the stored layout is changed by someone else, once for
     * each version they leave, until the returned handle is closed. Saves through this storage do not count.
     *
     * @throws IOException when it cannot be watched
     */
    Watch watch(Runnable changed) throws IOException;

    /** A watch on a storage, stopped by closing it. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }
}
