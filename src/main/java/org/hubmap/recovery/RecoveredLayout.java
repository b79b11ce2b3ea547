package org.hubmap.recovery;

import org.hubmap.model.Layout;

/**
 * A layout read back from the recovery area, exactly as it was when its entry was last written: it saves to the
 * same bytes the edited layout would have.
 *
 * @param entry the entry it was read from
 * @param layout the layout, with the title it had
 */
public record RecoveredLayout(RecoveryEntry entry, Layout layout) {
}
