package org.hubmap.io;

import java.util.List;
import org.hubmap.model.Layout;

/**
 * A layout as read, with the warnings about its file in file order. {@code warningsNotListed} counts warnings
 * beyond the listed ones, which are capped so that a file with a million suspicious features stays readable.
 */
public record LayoutReadResult(Layout layout, List<LayoutWarning> warnings, long warningsNotListed) {
    public LayoutReadResult {
        warnings = List.copyOf(warnings);
    }
}
