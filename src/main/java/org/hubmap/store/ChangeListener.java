package org.hubmap.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on a connection of its own for the store's notices of committed changes ({@code LISTEN hubmap_changes},
 * sent by the schema's triggers) and calls back when one is about the layout and newer than what was fetched.
 * When the server goes away, or falls silent and does not answer when asked, it says so, tries again every second,
 * and once back says so and calls back too, for what it missed.
 */
final class ChangeListener {
    /** How long one wait for notices lasts, so that closing is noticed soon. */
    private static final int WAIT_MILLIS = 250;
    private static final long RETRY_MILLIS = 1000;
    /**
     * How long the connection may be quiet before the server is asked whether it is still there: a server behind a
     * broken network sends no error, and without asking the silence would pass for a layout no one changes.
     */
    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** How long the server has to answer when asked. */
    private static final int ANSWER_SECONDS = 5;

    private final DatabaseAddress address;
    private final LongSupplier layoutId;
    private final LongSupplier fetched;
    private final Runnable changed;
    private final Consumer<Boolean> connectionState;
    private final Thread thread;
    private volatile boolean closed;

    ChangeListener(DatabaseAddress address, LongSupplier layoutId, LongSupplier fetched, Runnable changed,
            Consumer<Boolean> connectionState) {
        this.address = address;
        this.layoutId = layoutId;
        this.fetched = fetched;
        this.changed = changed;
        this.connectionState = connectionState;
        this.thread = new Thread(this::run, "listen " + address.database());
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        boolean everConnected = false;
        Boolean reported = null;
        while (!closed) {
            try (Connection connection = SharedStore.open(address, "listening for changes")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN hubmap_changes");
                }
                if (!Boolean.TRUE.equals(reported)) {
                    reported = true;
                    connectionState.accept(true);
                }
                if (everConnected) {
                    // Back after a break: what was committed meanwhile sent no notice here.
                    changed.run();
                }
                everConnected = true;
                listen(connection);
            } catch (SQLException | StoreException e) {
                if (closed) {
                    return;
                }
                if (!Boolean.FALSE.equals(reported)) {
                    reported = false;
                    connectionState.accept(false);
                }
                pause();
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection notifying = connection.unwrap(PGConnection.class);
        long heard = System.nanoTime();
        while (!closed) {
            PGNotification[] notices = notifying.getNotifications(WAIT_MILLIS);
            boolean ours = false;
            if (notices != null && notices.length > 0) {
                heard = System.nanoTime();
                for (PGNotification notice : notices) {
                    ours |= isNewer(notice.getParameter());
                }
            } else if (System.nanoTime() - heard > QUIET_NANOS) {
                if (!connection.isValid(ANSWER_SECONDS)) {
                    throw new SQLException("the server did not answer within " + ANSWER_SECONDS + " s", "08006");
                }
                heard = System.nanoTime();
            }
            if (ours) {
                changed.run();
            }
        }
    }

    /** Whether {@code payload}, "LAYOUT REVISION", is of this layout and newer than what was fetched. */
    private boolean isNewer(String payload) {
        int space = payload.indexOf(' ');
        try {
            return space > 0 && Long.parseLong(payload.substring(0, space)) == layoutId.getAsLong()
                    && Long.parseLong(payload.substring(space + 1)) > fetched.getAsLong();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void pause() {
        synchronized (this) {
            try {
                wait(RETRY_MILLIS);
            } catch (InterruptedException e) {
                closed = true;
                Thread.currentThread().interrupt();
            }
        }
    }

    void close() {
        closed = true;
        synchronized (this) {
            notifyAll();
        }
    }
}
