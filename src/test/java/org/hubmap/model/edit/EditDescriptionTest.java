package org.hubmap.model.edit;

import static org.hubmap.model.edit.TestLayouts.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDescriptionTest {
    @Test
    void namesOneFeatureByItsKind() {
        assertEquals("Add hub", EditDescription.of("Add", List.of(feature("hub", 1))));
        assertEquals("Delete depot", EditDescription.of("Delete", List.of(feature("depot", 1))));
        assertEquals("Move zone", EditDescription.of("Move", List.of(feature("monitoring-zone", 1))));
        assertEquals("Move feature", EditDescription.of("Move", List.of(feature("checkpoint", 1))));
    }

    @Test
    void countsSeveralFeaturesOfOneKindByKindAndOfMixedKindsAsFeatures() {
        assertEquals("Move 3 hubs", EditDescription.of("Move",
                List.of(feature("hub", 1), feature("hub", 2), feature("hub", 3))));
        assertEquals("Paste 2 zones", EditDescription.of("Paste",
                List.of(feature("monitoring-zone", 1), feature("monitoring-zone", 2))));
        assertEquals("Change status of 4 features", EditDescription.of("Change status of",
                List.of(feature("hub", 1), feature("hub", 2), feature("depot", 3), feature("hub", 4))));
    }

    @Test
    void refusesNoFeatures() {
        assertThrows(IllegalArgumentException.class, () -> EditDescription.of("Move", List.of()));
    }
}
