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
}
