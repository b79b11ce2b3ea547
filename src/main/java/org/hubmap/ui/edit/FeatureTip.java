package org.hubmap.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hubmap.model.CountryNames;
import org.hubmap.model.LayoutFeature;

/** What the tip over a feature says: its name, then its kind, nation and status. */
final class FeatureTip {
    private FeatureTip() {
    }

    static String of(LayoutFeature feature) {
        String name = feature.name().isBlank() ? "(no name)" : feature.name().trim();
        List<String> details = new ArrayList<>();
        details.add(feature.kind().noun());
        if (!feature.nation().isBlank()) {
            String code = feature.nation().trim().toUpperCase(Locale.ROOT);
            details.add(CountryNames.englishName(code).map(country -> country + " (" + code + ")").orElse(code));
        }
        details.add(feature.featureStatus().code());
        return name + "\n" + String.join(" · ", details);
    }
}
