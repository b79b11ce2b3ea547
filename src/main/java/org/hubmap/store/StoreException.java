package org.hubmap.store;

import java.io.IOException;
import java.sql.SQLException;

/**
 * A shared store could not do what was asked, with a message a user can act on: which server, what went wrong, and
 * what to do. Built from the driver's {@link SQLException} by its SQLSTATE, never from its wording.
 */
public class StoreException extends IOException {
    private final Reason reason;

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** Why, for those who act differently on each. */
    public Reason reason() {
        return reason;
    }

    /** What kind of failure it was. */
    public enum Reason {
        /** The server could not be reached, or the connection broke: the same request may work later. */
        UNREACHABLE,
        /** The server wants a password and none was given. */
        PASSWORD_NEEDED,
        /** The server refused the user or the password. */
        REFUSED,
        /** The database has no HubMap layouts yet, or an older schema. */
        NOT_INITIALISED,
        /** No layout of that name. */
        NO_SUCH_LAYOUT,
        /** A layout of that name exists already. */
        LAYOUT_EXISTS,
        /** The user's role may not do it: the database said no. */
        NOT_PERMITTED,
        /** Anything else the server refused. */
        FAILED
    }

    /** The failure {@code e} of talking to {@code address} while {@code doing} (such as "reading the layouts"). */
    static StoreException of(SQLException e, DatabaseAddress address, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = address.host() + ":" + address.port();
        String detail = firstLine(e.getMessage());
        if (state.startsWith("08") && detail.contains("no password was provided")) {
            return new StoreException(Reason.PASSWORD_NEEDED, "The server at " + where + " asks a password of "
                    + address.user() + "; give it, put it in ~/.pgpass, or set PGPASSWORD", e);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return new StoreException(Reason.UNREACHABLE, "Cannot reach the PostgreSQL server at " + where + " while "
                    + doing + " (" + detail + "): is it running, and does it take connections there?", e);
        }
        if (state.equals("28P01") || state.startsWith("28")) {
            return new StoreException(Reason.REFUSED, "The server at " + where + " refused " + address.user() + " ("
                    + detail + "): check the user name and password, or ask its administrator", e);
        }
        if (state.equals("3D000")) {
            return new StoreException(Reason.REFUSED, "The server at " + where + " has no database '"
                    + address.database() + "': check its name", e);
        }
        if (state.equals("42P01") || state.equals("3F000")) {
            return new StoreException(Reason.NOT_INITIALISED, notInitialised(address), e);
        }
        if (state.equals("42501")) {
            return new StoreException(Reason.NOT_PERMITTED, address.user() + " may not do this in " + address
                    + " while " + doing + " (" + detail + ")", e);
        }
        return new StoreException(Reason.FAILED, "The server at " + where + " failed while " + doing + ": " + detail,
                e);
    }

    static String notInitialised(DatabaseAddress address) {
        return "The database " + address.database() + " at " + address.host() + ":" + address.port()
                + " holds no HubMap layouts yet; its administrator sets it up with: hubmap db init --db " + address;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no reason given";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).trim();
    }
}
