package org.hubmap.check;

import java.util.List;

/** Monitoring zones whose {@code nation} is missing or blank: every zone needs a nation responsible for it. */
final class ZoneNationCheck {
    private ZoneNationCheck() {
    }

    static void run(CheckedLayout layout, Violations violations) {
        for (Zone zone : layout.zones()) {
            if (violations.full(CheckKind.ZONE_WITHOUT_NATION)) {
                return;
            }
            if (zone.feature().nation().isBlank()) {
                violations.add(CheckKind.ZONE_WITHOUT_NATION,
                        FeatureLabel.sentenceStart(zone.feature(), zone.index()) + " has no nation; set the ISO"
                                + " 3166-1 alpha-3 code of the nation responsible for it, such as GBR.",
                        List.of(zone.involved()), Positions.of(zone.feature()));
            }
        }
    }
}
