package org.hubmap.ui;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import org.hubmap.render.LabelLanguage;

/** Keeps a group of toggles, one per label language, and the chosen language in step both ways. */
final class LanguageToggles {
    private LanguageToggles() {
    }

    /** Binds {@code group}, whose toggles carry their {@link LabelLanguage} as user data, to {@code language}. */
    static void bind(ToggleGroup group, ObjectProperty<LabelLanguage> language) {
        select(group, language.get());
        language.addListener((o, before, now) -> select(group, now));
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (now != null) {
                language.set((LabelLanguage) now.getUserData());
            } else {
                select(group, language.get());
            }
        });
    }

    private static void select(ToggleGroup group, LabelLanguage language) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == language) {
                group.selectToggle(toggle);
            }
        }
    }
}
