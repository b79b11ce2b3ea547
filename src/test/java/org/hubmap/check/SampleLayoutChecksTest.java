package org.hubmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hubmap.io.CountryOutline;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** The checks with Ukraine's real outline, on the sample layout and on places in and around Ukraine. */
class SampleLayoutChecksTest {
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson");
    private static PlanningChecks checks;

    @BeforeAll
    static void readUkraine() throws Exception {
        checks = new PlanningChecks(CountryOutline.ukraine());
    }

    private static List<String> messages(Layout layout) {
        return checks.check(layout).violations().stream().map(CheckViolation::message).toList();
    }

    @Test
    void theSampleLayoutHasTwoPairsOfOverlappingZonesAndNothingElse() throws Exception {
        assertEquals(List.of("Sector North and Kharkiv Observation Ring overlap by 1919.3 km².",
                "Dnipro Riverine Zone and ZNPP Safety Zone overlap by 589.5 km²."),
                messages(LayoutReader.read(SAMPLE)));
    }

    @Test
    void withSixtyKilometresBetweenDepotsAndZoneBoundariesPavlohradIsTooClose() throws Exception {
        Layout layout = CheckSettings.defaults().withDepotZoneMinDistanceMetres(60_000)
                .writeTo(LayoutReader.read(SAMPLE));
        assertEquals(List.of("Depot Pavlohrad is 54.1 km from the boundary of Sector Centre (minimum 60 km).",
                "Sector North and Kharkiv Observation Ring overlap by 1919.3 km².",
                "Dnipro Riverine Zone and ZNPP Safety Zone overlap by 589.5 km²."), messages(layout));
    }

    @Test
    void hubsInCrimeaAndAtTheBorderAreInUkraineAndThoseBeyondAreNot() {
        Layout layout = new Layout("places", List.of(hub("Kyiv", 30.52, 50.45), hub("Sevastopol", 33.52, 44.6),
                hub("Uzhhorod", 22.3, 48.6), hub("Izmail", 28.84, 45.35), hub("Chisinau", 28.86, 47.01),
                hub("Belgorod", 36.5, 50.6), hub("Minsk", 27.56, 53.9)));
        assertEquals(List.of("Hub Chisinau is 48.3 km outside Ukraine.", "Hub Belgorod is 33.4 km outside Ukraine.",
                "Hub Minsk is 239.8 km outside Ukraine."), messages(layout));
    }

    private static LayoutFeature hub(String name, double lon, double lat) {
        return new LayoutFeature("hub-" + name, Map.of("kind", "hub", "name", name, "nation", "UKR"),
                TestLayouts.GEOMETRY.createPoint(new Coordinate(lon, lat)));
    }
}
