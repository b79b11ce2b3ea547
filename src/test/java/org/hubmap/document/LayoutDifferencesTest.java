package org.hubmap.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class LayoutDifferencesTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static LayoutFeature hub(String id, String name, double lon) {
        return new LayoutFeature(id, Map.of("kind", "hub", "name", name),
                GEOMETRY.createPoint(new Coordinate(lon, 50)));
    }

    private static Layout layout(LayoutFeature... features) {
        return new Layout("plan", List.of(features));
    }

    @Test
    void eachFeatureThatDiffersIsNamedWithWhoChangedIt() {
        Layout base = layout(hub("h1", "Kyiv", 30), hub("h2", "Lviv", 24), hub("h3", "Odesa", 31),
                hub("h4", "Dnipro", 35));
        Layout mine = layout(hub("h1", "Kyiv", 30.5), hub("h2", "Lviv", 24), hub("h4", "Dnipro", 35.2),
                hub("h5", "Poltava", 34));
        Layout theirs = layout(hub("h1", "Kyiv", 30), hub("h2", "Lviv West", 24), hub("h3", "Odesa", 31),
                hub("h4", "Dnipro", 35.1), hub("h6", "Sumy", 34.8));

        LayoutDifferences differences = LayoutDifferences.between(base, mine, theirs);

        assertEquals(List.of(
                "h1 \"Kyiv\": changed here",
                "h2 \"Lviv\": changed on disk",
                "h4 \"Dnipro\": changed here and on disk",
                "h5 \"Poltava\": added here",
                "h3 \"Odesa\": removed here",
                "h6 \"Sumy\": added on disk"), differences.describe());
    }

    @Test
    void theSameLayoutHasNoDifferences() {
        Layout base = layout(hub("h1", "Kyiv", 30));
        assertTrue(LayoutDifferences.between(base, layout(hub("h1", "Kyiv", 30)), base).isEmpty());
    }

    @Test
    void withoutABaseEveryDifferenceIsTheirs() {
        LayoutDifferences differences = LayoutDifferences.between(null, layout(hub("h1", "Kyiv", 30)),
                layout(hub("h2", "Lviv", 24)));
        assertEquals(List.of("h1 \"Kyiv\": removed on disk", "h2 \"Lviv\": added on disk"), differences.describe());
    }
}
