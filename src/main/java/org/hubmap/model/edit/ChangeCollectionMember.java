package org.hubmap.model.edit;

import java.util.Map;
import org.hubmap.model.Layout;

/**
 * Sets or removes one member of the layout's FeatureCollection other than its features, such as the thresholds of
 * the planning checks. Holds the collection members before and after (a layout has a handful, unlike features), so
 * reverting restores their order too, even for a removed member.
 */
public final class ChangeCollectionMember implements EditCommand {
    private final Map<String, Object> before;
    private final Map<String, Object> after;
    private final String description;

    private ChangeCollectionMember(Map<String, Object> before, Map<String, Object> after, String description) {
        this.before = before;
        this.after = after;
        this.description = description;
    }

    /**
     * A command that sets member {@code key} of {@code layout} to {@code value} as
     * {@link Layout#withCollectionMember} does (null removes it), described as {@code description}. The value is a
     * JSON value as plain Java values, like a feature property, and must not be changed afterwards.
     */
    public static ChangeCollectionMember of(String description, Layout layout, String key, Object value) {
        return new ChangeCollectionMember(layout.collectionMembers(),
                layout.withCollectionMember(key, value).collectionMembers(), description);
    }

    @Override
    public Layout apply(Layout layout) {
        requireMembers(layout, before, "apply");
        return layout.withCollectionMembers(after);
    }

    @Override
    public Layout revert(Layout layout) {
        requireMembers(layout, after, "revert");
        return layout.withCollectionMembers(before);
    }

    private void requireMembers(Layout layout, Map<String, Object> expected, String step) {
        if (!layout.collectionMembers().equals(expected)) {
            throw new IllegalStateException(String.format("Cannot %s \"%s\": the layout's collection members are not "
                    + "the ones it was made for", step, description));
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public FeatureChanges changes() {
        return FeatureChanges.NONE;
    }
}
