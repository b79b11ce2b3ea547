package org.hubmap.ui;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hubmap.document.LayoutDocument;
import org.hubmap.recovery.Autosave;
import org.hubmap.recovery.RecoveryArea;
import org.hubmap.ui.edit.OpenedLayout;

/**
 * One autosave per layout open in the window, in the recovery area. A layout leaves the window only once its
 * unsaved changes were saved or the user chose not to keep them (closing with Don't Save, reloading over them),
 * so its entry is then discarded; so are all on {@link #close}, once the window has closed after asking. What
 * is left after a crash or a kill is offered on the next start. {@link #none()} keeps nothing, as tests want.
 */
final class LayoutAutosaves {
    /** Where entries are kept; null to keep none. */
    private final RecoveryArea area;
    private final Map<LayoutDocument, Autosave> kept = new IdentityHashMap<>();

    private LayoutAutosaves(RecoveryArea area) {
        this.area = area;
    }

    /** Autosaves in {@code area}. */
    static LayoutAutosaves in(RecoveryArea area) {
        return new LayoutAutosaves(area);
    }

    /** Keeps nothing. */
    static LayoutAutosaves none() {
        return new LayoutAutosaves(null);
    }

    Optional<RecoveryArea> area() {
        return Optional.ofNullable(area);
    }

    /** Starts an autosave for each layout new to {@code layouts}; discards those of layouts no longer there. */
    void follow(List<OpenedLayout> layouts) {
        if (area == null) {
            return;
        }
        Set<LayoutDocument> open = Collections.newSetFromMap(new IdentityHashMap<>());
        for (OpenedLayout layout : layouts) {
            open.add(layout.document());
        }
        kept.entrySet().removeIf(entry -> {
            boolean gone = !open.contains(entry.getKey());
            if (gone) {
                entry.getValue().discard();
            }
            return gone;
        });
        for (LayoutDocument document : open) {
            kept.computeIfAbsent(document, area::autosave);
        }
    }

    /** Takes {@code autosave}, which keeps a restored layout in the entry it came from, for that layout. */
    void adopt(LayoutDocument document, Autosave autosave) {
        kept.put(document, autosave);
    }

    /** Discards every entry: the window closed once each layout was saved or the user let its changes go. */
    void close() {
        kept.values().forEach(Autosave::discard);
        kept.clear();
        if (area != null) {
            area.close();
        }
    }
}
