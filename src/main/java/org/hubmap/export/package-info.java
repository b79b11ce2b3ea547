/**
 * Writing briefing sheets to files: PNG with its resolution recorded, PDF with its fonts embedded and its text kept
 * as text, SVG, and a PowerPoint slide whose banners, title and date-time group are the slide's own text boxes;
 * an atlas of one sheet per zone. Every format draws the sheet with the {@code sheet} package's painters, which
 * draw the map with the same painter as the screen. Used by the app and the command line alike; nothing here uses
 * JavaFX.
 */
package org.hubmap.export;
