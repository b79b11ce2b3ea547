package org.hubmap.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hubmap.model.Layout;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.LayerAccent;
import org.hubmap.render.LayerAccents;
import org.hubmap.render.MapViewport;
import org.junit.jupiter.api.Test;

/** A sheet marks each layer with the accent the map marks it with. */
class ExportContextTest {
    @Test
    void theSheetsMarksCarryTheMapsAccents() {
        LayerAccents accents = LayerAccents.of(List.of(LayerAccent.ORANGE, LayerAccent.BLUE));
        ExportContext context = new ExportContext(null, List.of(new Layout("a", List.of()),
                new Layout("b", List.of())), accents, List.of(), new MapViewport(31, 49, 6, 800, 600),
                BasemapOptions.defaults(), "Plan");

        assertEquals(accents, context.content().marks().accents());
    }
}
