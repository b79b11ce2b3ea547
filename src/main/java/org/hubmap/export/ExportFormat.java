package org.hubmap.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a sheet can be written as, known by the file name's extension. */
public enum ExportFormat {
    PNG("png", "PNG image"),
    PDF("pdf", "PDF document"),
    SVG("svg", "SVG drawing"),
    PPTX("pptx", "PowerPoint slide");

    private final String extension;
    private final String displayName;

    ExportFormat(String extension, String displayName) {
        this.extension = extension;
        this.displayName = displayName;
    }

    /** The extension without its dot, in lower case. */
    public String extension() {
        return extension;
    }

    public String displayName() {
        return displayName;
    }

    /** The format {@code file}'s extension names, in any case. */
    public static Optional<ExportFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Whether one file can hold several sheets, as an atlas's pages. */
    public boolean holdsPages() {
        return this == PDF;
    }
}
