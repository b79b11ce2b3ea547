package org.hubmap.io;

/** Something in a KML document that HubMap cannot read, found at a place; the reader turns it into a message. */
final class KmlSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final DiagnosticCode code;
    private final transient JsonPlace place;

    KmlSyntaxError(DiagnosticCode code, JsonPlace place, String problem) {
        super(problem, null, false, false);
        this.code = code;
        this.place = place;
    }

    DiagnosticCode code() {
        return code;
    }

    JsonPlace place() {
        return place;
    }
}
