package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;

class CommonValueTest {
    private static final LayoutFeature ACTIVE = feature(Map.of("status", "active", "capacity", JsonNumber.of(5)));
    private static final LayoutFeature ALSO_ACTIVE = feature(Map.of("status", "active"));
    private static final LayoutFeature PLANNED = feature(Map.of("status", "planned"));

    @Test
    void featuresShareAValueOnlyWhenEveryOneHasIt() {
        CommonValue status = CommonValue.of(List.of(ACTIVE, ALSO_ACTIVE), "status");
        assertTrue(status.isShared());
        assertEquals("active", status.value());

        assertTrue(CommonValue.of(List.of(ACTIVE, PLANNED), "status").isMixed());
        assertTrue(CommonValue.of(List.of(ACTIVE, ALSO_ACTIVE), "capacity").isMixed(), "one has it, one has not");
        assertTrue(CommonValue.of(List.of(ALSO_ACTIVE, ACTIVE), "capacity").isMixed());
        assertTrue(CommonValue.of(List.of(ALSO_ACTIVE, PLANNED), "capacity").isAbsent());
        assertTrue(CommonValue.of(List.of(), "capacity").isAbsent());
    }

    @Test
    void jsonNullIsAValueToShare() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("notes", null);
        CommonValue notes = CommonValue.of(List.of(feature(withNull), feature(withNull)), "notes");
        assertTrue(notes.isShared());
        assertNull(notes.value());
    }

    private static LayoutFeature feature(Map<String, Object> properties) {
        return new LayoutFeature("f", properties, null);
    }
}
