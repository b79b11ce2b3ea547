/**
 * Shared layouts live in the window: others' changes taken into open layers as they commit, and marked on the map
 * for a moment so the user sees what moved.
 */
package org.hubmap.ui.live;
