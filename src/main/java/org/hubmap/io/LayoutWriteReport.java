package org.hubmap.io;

import java.util.ArrayList;
import java.util.List;

/**
 * What writing a layout in a format did: how many features it wrote and, in sentences, what the format could not
 * keep (such as ids in KML or list-valued properties in a GeoPackage).
 */
public record LayoutWriteReport(long featureCount, List<String> notKept) {
    public LayoutWriteReport {
        notKept = List.copyOf(notKept);
    }

    /** This report with what the save could not keep of the file it replaced (its owner or group) added. */
    LayoutWriteReport withFileNotKept(List<String> fileNotKept) {
        if (fileNotKept.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(notKept);
        all.addAll(fileNotKept);
        return new LayoutWriteReport(featureCount, all);
    }
}
