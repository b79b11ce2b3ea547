package org.hubmap.ui;

import java.util.List;

/** Tells the user what went wrong, in messages such as {@code FILE:LINE:COL: what is wrong}. */
@FunctionalInterface
interface ProblemReporter {
    /**
     * @param summary  one line saying what could not be done
     * @param messages one readable message per problem
     */
    void report(String summary, List<String> messages);

    /** Like {@link #report}, for what was done but deserves a look (warnings), not for what failed. */
    default void warn(String summary, List<String> messages) {
        report(summary, messages);
    }

    /**
     * Like {@link #report}, for a layout that could not be saved: offers to save it elsewhere, which runs
     * {@code saveAs}. A reporter that cannot offer it reports only.
     */
    default void offerSaveAs(String summary, List<String> messages, Runnable saveAs) {
        report(summary, messages);
    }
}
