package org.hubmap.check;

import java.util.Map;
import org.hubmap.model.Layout;
import org.locationtech.jts.geom.Geometry;

/**
 * Runs the planning checks of {@link CheckKind} on a layout with the settings it carries. Make one for the
 * application and run it after each edit, on a background thread: a layout of 10 000 features takes a fraction
 * of a second. Each run reads the layout and nothing else; one instance may run on several threads at once.
 *
 * <p>At most {@value #LISTED_PER_KIND} violations of each kind are listed; a layout with more needs its first ones
 * fixed, and finding them all could take minutes. An interrupted thread (a cancelled background task) ends the
 * run with a {@link java.util.concurrent.CancellationException}.
 */
public final class PlanningChecks {
    /** The most violations of one kind that a report lists. */
    public static final int LISTED_PER_KIND = 1000;

    private final CountryArea ukraine;
    private final int listedPerKind;

    /**
     * @param ukraineOutline Ukraine's land area as Polygons or a MultiPolygon in longitude/latitude degrees, such
     *     as {@code io.CountryOutline.ukraine()}
     */
    public PlanningChecks(Geometry ukraineOutline) {
        this(ukraineOutline, LISTED_PER_KIND);
    }

    PlanningChecks(Geometry ukraineOutline, int listedPerKind) {
        this.ukraine = new CountryArea(ukraineOutline);
        this.listedPerKind = listedPerKind;
    }

    /** Checks {@code layout} with the settings of its {@value CheckSettings#MEMBER} member. */
    public CheckReport check(Layout layout) {
        return check(new CheckedLayout(layout), CheckSettings.readFrom(layout));
    }

    /**
     * Checks a layout streamed into {@code layout}, with the settings of the {@value CheckSettings#MEMBER} member
     * of {@code collectionMembers}: the same report as for the whole layout, in memory for a few tens of bytes per
     * feature.
     */
    public CheckReport check(CompactLayout layout, Map<String, Object> collectionMembers) {
        return check(new CheckedLayout(layout), CheckSettings.readFrom(collectionMembers));
    }

    private CheckReport check(CheckedLayout checked, CheckSettings.Reading reading) {
        CheckSettings settings = reading.settings();
        Violations violations = new Violations(listedPerKind);
        if (settings.isEnabled(CheckKind.OUTSIDE_UKRAINE)) {
            new OutsideUkraineCheck(ukraine).run(checked, violations);
        }
        if (settings.isEnabled(CheckKind.DEPOT_NEAR_ZONE_BOUNDARY)) {
            new DepotZoneDistanceCheck(settings.depotZoneMinDistanceMetres()).run(checked, violations);
        }
        if (settings.isEnabled(CheckKind.SAME_POSITION)) {
            SamePositionCheck.run(checked, violations);
        }
        boolean overlaps = settings.isEnabled(CheckKind.ZONE_OVERLAP);
        boolean invalid = settings.isEnabled(CheckKind.INVALID_ZONE);
        if (overlaps || invalid) {
            new ZoneOverlapCheck(overlaps, invalid).run(checked, violations);
        }
        if (settings.isEnabled(CheckKind.ZONE_WITHOUT_NATION)) {
            ZoneNationCheck.run(checked, violations);
        }
        if (settings.isEnabled(CheckKind.DUPLICATE_NAME)) {
            DuplicateCheck.names(checked, violations);
        }
        if (settings.isEnabled(CheckKind.DUPLICATE_ID)) {
            DuplicateCheck.ids(checked, violations);
        }
        return new CheckReport(settings, reading.warnings(), violations.listed(), violations.stopped());
    }
}
