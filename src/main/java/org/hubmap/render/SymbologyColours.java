package org.hubmap.render;

import java.awt.Color;
import org.hubmap.io.FeatureColours;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureStatus;

/**
 * HubMap's colours for files written in other formats (KML styles), taken from {@link Symbology}: a point symbol's
 * frame colour, a zone's or line's boundary colour and its fill (or, for zones drawn hatched only, the hatching's
 * colour, translucent), so that Google Earth or ATAK draw a layout roughly as the map does.
 */
public final class SymbologyColours implements FeatureColours {
    /** Alpha of a fill made from a hatched zone's colour, about a quarter opaque. */
    private static final int HATCH_AS_FILL_ALPHA = 0x40;

    @Override
    public int symbol(FeatureKind kind, FeatureStatus status) {
        return Symbology.point(kind, status).frame().getRGB();
    }

    @Override
    public int line(FeatureKind kind, FeatureStatus status) {
        return Symbology.area(kind, status).boundary().color().getRGB();
    }

    @Override
    public int fill(FeatureKind kind, FeatureStatus status) {
        AreaStyle area = Symbology.area(kind, status);
        Color colour = area.fill().or(area::hatch).orElse(area.boundary().color());
        boolean opaque = colour.getAlpha() == 0xFF;
        return opaque ? (HATCH_AS_FILL_ALPHA << 24) | (colour.getRGB() & 0xFFFFFF) : colour.getRGB();
    }
}
