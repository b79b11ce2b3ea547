/**
 * Briefing sheets: a map with everything a staff officer briefs from around it, laid out on paper or on a screen
 * image. A {@link org.hubmap.sheet.SheetSpec} says what is asked for (title, subtitle, date-time group,
 * classification, size and resolution, the ground to show, the MGRS grid); {@link org.hubmap.sheet.Sheet} works
 * out where each part goes ({@link org.hubmap.sheet.SheetLayout}), the map's viewport at a round scale and the
 * legend of what it shows; {@link org.hubmap.sheet.SheetPainter} draws it onto any {@code Graphics2D} in map pixels
 * (1/96 inch) with the same map painter as the screen. Writing sheets to files is the {@code export} package's
 * work; the app and the command line both use these painters. Nothing here uses JavaFX.
 */
package org.hubmap.sheet;
