package org.hubmap.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubmap.compare.LayoutMerge;
import org.hubmap.compare.MergeChoice;
import org.hubmap.compare.MergeConflict;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The merge dialog's side-by-side rows: what differs, what conflicts, and what the choice makes of it. */
class ConflictRowTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static LayoutFeature hub(String status, String notes, double lat) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(FeatureSchema.KIND, "hub");
        properties.put(FeatureSchema.NAME, "Hub Kyiv");
        properties.put(FeatureSchema.STATUS, status);
        properties.put(FeatureSchema.NOTES, notes);
        return new LayoutFeature("hub-kyiv", properties, GEOMETRY.createPoint(new Coordinate(30.45, lat)));
    }

    private static MergeConflict conflict(LayoutFeature base, LayoutFeature mine, LayoutFeature theirs) {
        return LayoutMerge.threeWay(new Layout("base", List.of(base)), new Layout("mine", List.of(mine)),
                new Layout("theirs", List.of(theirs))).conflicts().get(0);
    }

    @Test
    void threeWayRowsMarkTheConflictAndTakeOneSidedChangesWhateverTheChoice() {
        MergeConflict conflict = conflict(hub("planned", "", 50.52), hub("closed", "", 50.52),
                hub("active", "Night moves only", 50.535));

        assertEquals(List.of(
                new ConflictRow("geometry", "at 50.52000°N 30.45000°E", "moved 1.7 km from mine", "as mine", false,
                        "moved 1.7 km from mine"),
                new ConflictRow("status", "closed", "active", "planned", true, "?"),
                new ConflictRow("notes", "", "Night moves only", "", false, "Night moves only")),
                ConflictRow.of(conflict, Optional.empty()));
        assertEquals("closed", ConflictRow.of(conflict, Optional.of(MergeChoice.MINE)).get(1).result());
        assertEquals("active", ConflictRow.of(conflict, Optional.of(MergeChoice.THEIRS)).get(1).result());
    }
}
