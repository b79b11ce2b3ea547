package org.hubmap.recovery;

import java.io.IOException;

/** An entry of the recovery area could not be read; it has been moved aside, and the message says where. */
public final class CorruptEntryException extends IOException {
    private static final long serialVersionUID = 1L;

    public CorruptEntryException(String message) {
        super(message);
    }
}
