/**
 * What every window of the app shares: keeping windows and dialogs on the user's screen, and remembering the main
 * window's size. Depends on JavaFX only, so every UI package may use it.
 */
package org.hubmap.ui.window;
