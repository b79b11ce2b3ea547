package org.hubmap.compare;

/** Which side a merge conflict is settled for: what I have, or what the colleague sent. */
public enum MergeChoice {
    /** Keep my version of what conflicts. */
    MINE,
    /** Take the colleague's version of what conflicts. */
    THEIRS
}
