package org.hubmap.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on a connection of its own for the store's notices of committed changes ({@code LISTEN hubmap_changes},
 * sent by the schema's triggers) and calls back when one is about the layout and newer than what was fetched.
 * When the server goes away it says so, tries again every second, and once back says so and calls back too, for
 * what it missed.
 */
final class ChangeListener {
    /** How long one wait for notices lasts, so that closing is noticed soon. */
    private static final int WAIT_MILLIS = 250;
    private static final long RETRY_MILLIS = 1000;

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
                listen(connection.unwrap(PGConnection.class));
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

    private void listen(PGConnection connection) throws SQLException {
        while (!closed) {
            PGNotification[] notices = connection.getNotifications(WAIT_MILLIS);
            boolean ours = false;
            if (notices != null) {
                for (PGNotification notice : notices) {
                    ours |= isNewer(notice.getParameter());
                }
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
