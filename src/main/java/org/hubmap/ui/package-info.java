/**
 * HubMap's desktop window: the map with its layers and legend panel, menus, tool bar and status bar, the properties
 * panel of the selected features, the feature table and the checks under the map, and the view-model that holds
 * what the window shows as JavaFX properties. {@link org.hubmap.ui.HubMapApplication#launchWith} starts it.
 *
 * <p>Views bind to {@link org.hubmap.ui.MainViewModel}; the view-model reads and copies files on a background
 * thread and reports problems as readable messages, never stack traces. This package and its subpackages are the
 * only places in HubMap that use JavaFX or Gluon.
 */
package org.hubmap.ui;
