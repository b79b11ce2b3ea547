package org.hubmap.io;

import java.util.List;

/**
 * What writing a layout in a format did: how many features it wrote and, in sentences, what the format could not
 * keep (such as ids in KML or list-valued properties in a GeoPackage).
 */
public record LayoutWriteReport(long featureCount, List<String> notKept) {
    public LayoutWriteReport {
        notKept = List.copyOf(notKept);
    }
}
