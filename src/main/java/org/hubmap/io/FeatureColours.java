package org.hubmap.io;

import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureStatus;

/**
 * The colours a written file gives each kind and status of feature, so that other programs (Google Earth, ATAK)
 * draw a layout roughly as HubMap does. They are chosen where HubMap's look is defined, in the renderer's
 * symbology; writers only write them. Colours are ARGB, alpha in the top byte.
 */
public interface FeatureColours {
    /** The colour of a point's symbol. */
    int symbol(FeatureKind kind, FeatureStatus status);

    /** The colour of a line, or of a zone's outline. */
    int line(FeatureKind kind, FeatureStatus status);

    /** The colour a zone is filled with, usually translucent. */
    int fill(FeatureKind kind, FeatureStatus status);
}
