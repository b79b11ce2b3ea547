package org.hubmap.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hubmap.model.Layout;

/**
 * Several commands as one step of the undo stack, such as splitting a zone (replace one, add one). They apply in
 * order, each to the layout the one before it gave, and revert in the opposite order.
 */
public final class CompoundCommand implements EditCommand {
    private final List<EditCommand> commands;
    private final String description;

    private CompoundCommand(List<EditCommand> commands, String description) {
        this.commands = commands;
        this.description = description;
    }

    /** Starts a compound command for {@code layout}; each step is made for the layout the steps before it give. */
    public static Builder startingFrom(Layout layout) {
        return new Builder(layout);
    }

    @Override
    public Layout apply(Layout layout) {
        Layout result = layout;
        for (EditCommand command : commands) {
            result = command.apply(result);
        }
        return result;
    }

    @Override
    public Layout revert(Layout layout) {
        Layout result = layout;
        for (int i = commands.size() - 1; i >= 0; i--) {
            result = commands.get(i).revert(result);
        }
        return result;
    }

    /** The steps it is made of, in order. */
    List<EditCommand> steps() {
        return commands;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public FeatureChanges changes() {
        FeatureChanges all = FeatureChanges.NONE;
        for (EditCommand command : commands) {
            all = all.then(command.changes());
        }
        return all;
    }

    /** Collects the steps of a compound command, keeping the layout they lead to so the next step can be made. */
    public static final class Builder {
        private final List<EditCommand> commands = new ArrayList<>();
        private Layout layout;

        private Builder(Layout layout) {
            this.layout = layout;
        }

        /**
         * Adds the command {@code step} makes for the layout the steps so far give, for example
         * {@code then(l -> AddFeatures.of("Add", l, parts))}.
         */
        public Builder then(Function<Layout, ? extends EditCommand> step) {
            EditCommand command = step.apply(layout);
            layout = command.apply(layout);
            commands.add(command);
            return this;
        }

        /**
         * The compound command of the steps so far, described as {@code description}.
         *
         * @throws IllegalArgumentException if there are no steps
         */
        public CompoundCommand build(String description) {
            if (commands.isEmpty()) {
                throw new IllegalArgumentException(FeatureIndexes.NONE);
            }
            return new CompoundCommand(List.copyOf(commands), description);
        }
    }
}
