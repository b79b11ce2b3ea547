package org.hubmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The lock by which the writers of one layout take turns: the one the schema's trigger {@code stamp_feature} takes
 * before a feature is given a revision. The trigger takes it only once the row it fires for is locked, so two
 * transactions that each changed one feature and go on to change the other's would wait for each other, and the
 * server would abort one ("deadlock detected"). HubMap's writers therefore take it before they touch any feature:
 * whoever holds it then waits for rows only of writers that wait for nothing.
 */
final class LayoutLock {
    /** The lock's first key, as the trigger gives it; the second is the layout's id. */
    private static final int KEY = 1751279952;

    private LayoutLock() {
    }

    /** Waits for the lock of layout {@code layoutId}, held by {@code connection}'s transaction to its end. */
    static void take(Connection connection, long layoutId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, ?::integer)")) {
            lock.setInt(1, KEY);
            lock.setLong(2, layoutId);
            lock.execute();
        }
    }
}
