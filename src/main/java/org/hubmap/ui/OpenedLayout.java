package org.hubmap.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.Layout;

/** A layout shown in the window and the file it was read from. */
record OpenedLayout(Path file, Layout layout) {

    /** The file's name without its folder. */
    public String fileName() {
        return file.getFileName().toString();
    }

    /** What the layout holds, such as {@code 10 hubs, 10 depots, 8 zones}. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        addCount(parts, FeatureKind.HUB, "hub", "hubs");
        addCount(parts, FeatureKind.DEPOT, "depot", "depots");
        addCount(parts, FeatureKind.MONITORING_ZONE, "zone", "zones");
        addCount(parts, FeatureKind.OTHER, "other feature", "other features");
        return parts.isEmpty() ? "no features" : String.join(", ", parts);
    }

    /** The same layout, now kept in another file. */
    OpenedLayout movedTo(Path newFile) {
        return new OpenedLayout(newFile, layout);
    }

    private void addCount(List<String> parts, FeatureKind kind, String one, String many) {
        long count = layout.count(kind);
        boolean alwaysShown = kind != FeatureKind.OTHER;
        if (count > 0 || (alwaysShown && !layout.features().isEmpty())) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }
}
