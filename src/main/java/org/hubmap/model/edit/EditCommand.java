package org.hubmap.model.edit;

import org.hubmap.model.Layout;

/**
 * One change to a layout that can be undone: the unit of the undo stack and of the Edit menu.
 *
 * <p>A command is made for one state of a layout and holds only what it changes: the indexes it touches and the
 * feature objects there before and after (or the collection members before and after). Applying it to that state
 * gives the changed layout; reverting it on the changed layout gives a layout whose features are the very objects
 * of the state it was made for, in the same order, with the same collection members. Applying a command to a
 * layout whose features at those indexes are not the ones it was made for fails with an
 * {@link IllegalStateException} rather than changing the wrong features; reverting checks the same of the features
 * the command put in.
 *
 * <p>Commands are immutable, and neither method changes the layout it is given (layouts are immutable): a command
 * that fails leaves nothing half done.
 */
public sealed interface EditCommand permits AddFeatures, RemoveFeatures, ReplaceFeatures, ChangeCollectionMember,
        ReplaceLayout, CompoundCommand {

    /**
     * The layout with this change made.
     *
     * @throws IllegalStateException if {@code layout} is not in the state this command was made for
     */
    Layout apply(Layout layout);

    /**
     * The layout as it was before {@link #apply}, given the layout {@code apply} returned.
     *
     * @throws IllegalStateException if {@code layout} is not in the state {@code apply} left
     */
    Layout revert(Layout layout);

    /** What the command does, short enough for a menu item: "Add hub", "Move 3 features". */
    String description();

    /**
     * The features {@link #apply} adds, removes and replaces, as the very objects of the layouts before and after;
     * {@link #revert} makes the {@linkplain FeatureChanges#inverse() inverse} changes.
     */
    FeatureChanges changes();
}
