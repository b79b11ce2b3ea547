package org.hubmap.io;

/** Something in a KML document that HubMap cannot read, found at a place; the reader turns it into a message. */
final class KmlSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient JsonPlace place;

    KmlSyntaxError(JsonPlace place, String problem) {
        super(problem, null, false, false);
        this.place = place;
    }

    JsonPlace place() {
        return place;
    }
}
