package org.hubmap.model.edit;

import java.util.List;
import org.hubmap.model.Layout;

/**
 * Puts one layout in place of another as a whole: features, collection members and text. This is how a layout
 * recovered after a crash is laid over the version kept on disk, so that it counts as an unsaved change and one
 * undo goes back to what is on disk. Holds both layouts; every feature counts as removed and added.
 */
public final class ReplaceLayout implements EditCommand {
    private final Layout before;
    private final Layout after;
    private final String description;

    private ReplaceLayout(Layout before, Layout after, String description) {
        this.before = before;
        this.after = after;
        this.description = description;
    }

    /** A command that turns {@code before} into {@code after}, described as {@code description}. */
    public static ReplaceLayout of(String description, Layout before, Layout after) {
        return new ReplaceLayout(before, after, description);
    }

    @Override
    public Layout apply(Layout layout) {
        require(layout, before, "apply");
        return after;
    }

    @Override
    public Layout revert(Layout layout) {
        require(layout, after, "revert");
        return before;
    }

    private void require(Layout layout, Layout expected, String step) {
        if (layout != expected) {
            throw new IllegalStateException(String.format(
                    "Cannot %s \"%s\": the layout is not the one it was made for", step, description));
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public FeatureChanges changes() {
        return new FeatureChanges(after.features(), before.features(), List.of());
    }
}
