package org.hubmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hubmap.model.JsonNumber;
import org.junit.jupiter.api.Test;

class FeatureLabelTest {
    @Test
    void hubsAndDepotsGetTheirKindInFrontUnlessTheNameHasIt() {
        assertEquals("Depot Pavlohrad", FeatureLabel.of(TestLayouts.depot("d", "Pavlohrad", 35, 48), 0));
        assertEquals("Depot Pavlohrad", FeatureLabel.of(TestLayouts.depot("d", "Depot Pavlohrad", 35, 48), 0));
        assertEquals("depot pavlohrad", FeatureLabel.of(TestLayouts.depot("d", " depot pavlohrad ", 35, 48), 0));
        assertEquals("Hub Depotivka", FeatureLabel.of(TestLayouts.hub("h", "Depotivka", 35, 48), 0));
        assertEquals("Hub Hubyn", FeatureLabel.of(TestLayouts.hub("h", "Hubyn", 35, 48), 0));
    }

    @Test
    void zonesAndOtherFeaturesAreNamedByTheirNameAlone() {
        assertEquals("Sector Centre", FeatureLabel.of(TestLayouts.zone("z", "Sector Centre", "FRA", 35, 48, 36, 49),
                0));
        assertEquals("Road block", FeatureLabel.of(TestLayouts.point("o", "checkpoint", "Road block", 35, 48), 0));
    }

    @Test
    void featuresWithoutANameAreNamedByKindAndIdOrPlace() {
        assertEquals("unnamed depot with id \"d-7\"", FeatureLabel.of(TestLayouts.depot("d-7", " ", 35, 48), 3));
        assertEquals("unnamed hub with id 7", FeatureLabel.of(TestLayouts.point(JsonNumber.of(7), "hub", null, 35,
                48), 3));
        assertEquals("unnamed monitoring zone (feature 4)", FeatureLabel.of(TestLayouts.zone(null, null, "FRA", 35,
                48, 36, 49), 3));
        assertEquals("Unnamed monitoring zone (feature 4)", FeatureLabel.sentenceStart(TestLayouts.zone(null, null,
                "FRA", 35, 48, 36, 49), 3));
    }
}
