package org.hubmap.model;

import java.util.List;

/**
 * The text of a layout file around its features, kept so that saving writes back exactly what was read:
 * {@code header} runs from the start of the file to the first feature (or, with no features, into the empty
 * {@code features} array), {@code separators} are the texts between consecutive features, {@code trailer} runs
 * from the end of the last feature to the end of the file. A file that is one lone Feature has an empty header.
 */
public record DocumentText(String header, List<String> separators, String trailer, boolean loneFeature) {
    public DocumentText {
        separators = List.copyOf(separators);
    }

    /** The separator written before feature {@code index} (1 or more); new features reuse the last one. */
    public String separatorBefore(int index) {
        if (separators.isEmpty()) {
            return ",\n";
        }
        return separators.get(Math.min(index, separators.size()) - 1);
    }
}
