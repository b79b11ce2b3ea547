/**
 * Comparing and merging layouts in the window: File &gt; Compare With… and Merge From…, the Differences tab that
 * lists what changed feature by feature, the comparison drawn over the map (added, removed, changed with the old
 * shape ghosted), and the merge dialog that settles conflicts side by side. What differs and how layouts merge is
 * {@link org.hubmap.compare}'s business; this package reads the files in the background, shows the results and
 * makes a merge one step on the active layout's undo stack.
 */
package org.hubmap.ui.compare;
