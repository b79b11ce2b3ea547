package org.hubmap.render;

import java.awt.Color;
import java.awt.Font;

/**
 * How a feature's name is labelled: font, colour, the zoom from which it is shown, and its rank when labels compete
 * for room (lower ranks are placed first). Basemap names always rank after feature names.
 *
 * @param font the label font
 * @param colour the glyph colour; every label has the basemap's light halo under it
 * @param minZoom the first zoom at which the name is shown
 * @param rank the order in which labels are offered room: 0 first
 */
public record LabelRule(Font font, Color colour, int minZoom, int rank) {
}
