package org.hubmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.Test;

class CheckSettingsTest {
    private static final Layout EMPTY = new Layout("test", List.of());

    private static Layout withMember(Object value) {
        return EMPTY.withCollectionMember(CheckSettings.MEMBER, value);
    }

    private static Map<String, Object> member(Object... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    @Test
    void byDefaultEveryCheckIsOnAndDepotsKeepFiveKilometresFromZoneBoundaries() {
        CheckSettings defaults = CheckSettings.defaults();
        assertEquals(5_000, defaults.depotZoneMinDistanceMetres());
        for (CheckKind kind : CheckKind.values()) {
            assertTrue(defaults.isEnabled(kind), kind.code());
        }
    }

    @Test
    void aLayoutWithoutTheMemberHasTheDefaultsAndNoWarning() {
        CheckSettings.Reading reading = CheckSettings.readFrom(EMPTY);
        assertEquals(CheckSettings.defaults(), reading.settings());
        assertEquals(List.of(), reading.warnings());
    }

    @Test
    void readsTheDistanceAndTheChecksSwitchedOff() {
        CheckSettings.Reading reading = CheckSettings.readFrom(withMember(member("depot_zone_min_distance_m",
                JsonNumber.of("2500.5"), "disabled", List.of("duplicate-name", "zone-overlap"))));
        assertEquals(new CheckSettings(2_500.5, Set.of(CheckKind.DUPLICATE_NAME, CheckKind.ZONE_OVERLAP)),
                reading.settings());
        assertFalse(reading.settings().isEnabled(CheckKind.ZONE_OVERLAP));
        assertEquals(List.of(), reading.warnings());
    }

    @Test
    void aMissingKeyMeansTheDefault() {
        CheckSettings.Reading reading = CheckSettings.readFrom(withMember(member("disabled", List.of())));
        assertEquals(CheckSettings.defaults(), reading.settings());
        assertEquals(List.of(), reading.warnings());
    }

    @Test
    void aDistanceThatIsNotANumberGivesTheDefaultAndAWarning() {
        CheckSettings.Reading reading = CheckSettings.readFrom(withMember(member("depot_zone_min_distance_m",
                "5 km")));
        assertEquals(CheckSettings.defaults(), reading.settings());
        assertEquals(List.of("\"hubmap:checks\": \"depot_zone_min_distance_m\" is \"5 km\", which is not a number"
                + " of metres; the default, 5 km, is used"), reading.warnings());
    }

    @Test
    void aNegativeOrHugeDistanceGivesTheDefaultAndAWarning() {
        CheckSettings.Reading negative = CheckSettings.readFrom(withMember(member("depot_zone_min_distance_m",
                JsonNumber.of(-300))));
        assertEquals(5_000, negative.settings().depotZoneMinDistanceMetres());
        assertEquals(List.of("\"hubmap:checks\": \"depot_zone_min_distance_m\" is -300, which is not between 0 and"
                + " 100 km; the default, 5 km, is used"), negative.warnings());
        CheckSettings.Reading huge = CheckSettings.readFrom(withMember(member("depot_zone_min_distance_m",
                JsonNumber.of("1e9"))));
        assertEquals(5_000, huge.settings().depotZoneMinDistanceMetres());
        assertEquals(1, huge.warnings().size());
    }

    @Test
    void aMemberThatIsNotAnObjectGivesTheDefaultsAndAWarning() {
        CheckSettings.Reading reading = CheckSettings.readFrom(withMember(JsonNumber.of(5000)));
        assertEquals(CheckSettings.defaults(), reading.settings());
        assertEquals(List.of("\"hubmap:checks\" should be an object such as {\"depot_zone_min_distance_m\": 5000};"
                + " the default checks are used"), reading.warnings());
    }

    @Test
    void unknownChecksAndDisabledListsThatAreNotListsAreWarnedOfAndLeftOn() {
        List<Object> codes = new ArrayList<>();
        codes.add("zone-overlap");
        codes.add("zone-overlaps");
        codes.add(JsonNumber.of(3));
        CheckSettings.Reading reading = CheckSettings.readFrom(withMember(member("disabled", codes)));
        assertEquals(Set.of(CheckKind.ZONE_OVERLAP), reading.settings().disabled());
        String known = "the checks are outside-ukraine, depot-near-zone-boundary, same-position, zone-overlap,"
                + " invalid-zone, zone-without-nation, duplicate-name, duplicate-id";
        assertEquals(List.of("\"hubmap:checks\": \"disabled\" names \"zone-overlaps\", which is not a check; " + known,
                "\"hubmap:checks\": \"disabled\" names 3, which is not a check; " + known), reading.warnings());

        CheckSettings.Reading notAList = CheckSettings.readFrom(withMember(member("disabled", "zone-overlap")));
        assertEquals(CheckSettings.defaults(), notAList.settings());
        assertEquals(List.of("\"hubmap:checks\": \"disabled\" should be a list of check names such as"
                + " [\"duplicate-name\"]; every check is on"), notAList.warnings());
    }

    @Test
    void unknownSettingsAreWarnedOfAndKeptOnWriting() {
        Layout layout = withMember(member("depot_zone_min_distance_m", JsonNumber.of(4000), "hub_spacing_m",
                JsonNumber.of(900)));
        CheckSettings.Reading reading = CheckSettings.readFrom(layout);
        assertEquals(4_000, reading.settings().depotZoneMinDistanceMetres());
        assertEquals(List.of("\"hubmap:checks\" has the setting \"hub_spacing_m\", which this version does not"
                + " know; it is kept but not used"), reading.warnings());

        Layout written = reading.settings().withDepotZoneMinDistanceMetres(3_000).writeTo(layout);
        assertEquals(member("depot_zone_min_distance_m", JsonNumber.of(3000), "hub_spacing_m", JsonNumber.of(900),
                "disabled", List.of()), written.collectionMembers().get(CheckSettings.MEMBER));
    }

    @Test
    void writesPlainJsonValuesThatReadBackAsTheSameSettings() {
        CheckSettings settings = CheckSettings.defaults().withDepotZoneMinDistanceMetres(2_500)
                .withEnabled(CheckKind.DUPLICATE_ID, false).withEnabled(CheckKind.OUTSIDE_UKRAINE, false);
        Layout written = settings.writeTo(EMPTY);
        assertEquals(member("depot_zone_min_distance_m", JsonNumber.of(2500), "disabled",
                List.of("outside-ukraine", "duplicate-id")), written.collectionMembers().get(CheckSettings.MEMBER));
        assertEquals(settings, CheckSettings.readFrom(written).settings());
    }

    @Test
    void aDistanceWrittenAsTheSameNumberKeepsItsDigits() {
        Layout layout = withMember(member("depot_zone_min_distance_m", JsonNumber.of("5000.0"), "disabled",
                List.of()));
        Layout written = CheckSettings.readFrom(layout).settings().writeTo(layout);
        assertEquals(layout.collectionMembers(), written.collectionMembers());
    }

    @Test
    void switchingACheckOnAgainRemovesItFromTheDisabledOnes() {
        CheckSettings settings = CheckSettings.defaults().withEnabled(CheckKind.ZONE_OVERLAP, false);
        assertEquals(Set.of(CheckKind.ZONE_OVERLAP), settings.disabled());
        assertEquals(CheckSettings.defaults(), settings.withEnabled(CheckKind.ZONE_OVERLAP, true));
    }

    @Test
    void distancesOutsideZeroToOneHundredKilometresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CheckSettings.defaults().withDepotZoneMinDistanceMetres(-1));
        assertThrows(IllegalArgumentException.class,
                () -> CheckSettings.defaults().withDepotZoneMinDistanceMetres(100_001));
        assertThrows(IllegalArgumentException.class,
                () -> CheckSettings.defaults().withDepotZoneMinDistanceMetres(Double.NaN));
        assertEquals(0, CheckSettings.defaults().withDepotZoneMinDistanceMetres(0).depotZoneMinDistanceMetres());
    }

    @Test
    void checkKindsAreFoundByTheirCode() {
        for (CheckKind kind : CheckKind.values()) {
            assertEquals(kind, CheckKind.fromCode(kind.code()).orElseThrow());
        }
        assertTrue(CheckKind.fromCode("nonsense").isEmpty());
    }
}
