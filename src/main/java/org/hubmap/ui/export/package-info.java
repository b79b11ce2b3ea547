/**
 * The app's export of briefing sheets: File > Export Map (the choices, remembered between runs; a live preview of
 * the sheet; the export in the background with progress and Cancel) and Edit > Copy Map Image. The sheets and
 * files themselves come from the {@code sheet} and {@code export} packages, as on the command line.
 */
package org.hubmap.ui.export;
