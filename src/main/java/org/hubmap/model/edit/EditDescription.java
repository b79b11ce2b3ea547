package org.hubmap.model.edit;

import java.util.Collection;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.LayoutFeature;

/**
 * Descriptions of edits for the Edit menu, made of an action and the features it acts on: one feature is named by
 * its kind ("Delete depot"), several of one kind by their number and kind ("Move 3 hubs"), several of mixed kinds
 * as features ("Change status of 4 features"). Monitoring zones are "zone", as in the window's summary of a
 * layout, and features of no known kind are "feature".
 */
public final class EditDescription {
    private EditDescription() {
    }

    /** {@code action}, a space and what {@code features} are, as described above; they must not be empty. */
    public static String of(String action, Collection<LayoutFeature> features) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("an edit of no features needs no description");
        }
        FeatureKind kind = null;
        for (LayoutFeature feature : features) {
            if (kind != null && feature.kind() != kind) {
                kind = FeatureKind.OTHER;
                break;
            }
            kind = feature.kind();
        }
        String noun = kind.shortNoun();
        return features.size() == 1 ? action + " " + noun : action + " " + features.size() + " " + noun + "s";
    }
}
