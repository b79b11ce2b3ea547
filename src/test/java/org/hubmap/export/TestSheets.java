package org.hubmap.export;

import org.hubmap.sheet.DateTimeGroup;
import org.hubmap.sheet.SampleSheets;
import org.hubmap.sheet.Sheet;
import org.hubmap.sheet.SheetContent;
import org.hubmap.sheet.SheetSize;
import org.hubmap.sheet.SheetSpec;

/** Sheets of the sample layout for tests, drawn from the bundled basemap, read once for the run. */
final class TestSheets {
    static final DateTimeGroup DTG = SampleSheets.DTG;

    private TestSheets() {
    }

    /** The sample layout with the bundled basemap. */
    static SheetContent sample() {
        return SampleSheets.content();
    }

    /** A sheet of the sample over all of Ukraine at {@code size}, marked NATO RESTRICTED. */
    static Sheet of(SheetSize size) {
        return SampleSheets.of(size);
    }

    static SheetSpec spec(SheetSize size) {
        return SampleSheets.spec(size);
    }
}
