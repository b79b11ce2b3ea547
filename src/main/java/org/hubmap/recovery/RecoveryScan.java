package org.hubmap.recovery;

import java.util.List;

/**
 * What the recovery area holds that no running HubMap has open: the entries that can be offered, oldest first, and
 * a sentence for each entry that could not be read, which has been moved aside.
 *
 * @param entries the entries to offer
 * @param problems what was wrong with each entry moved aside, naming the file and where it was put
 */
public record RecoveryScan(List<RecoveryEntry> entries, List<String> problems) {
    public RecoveryScan {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
