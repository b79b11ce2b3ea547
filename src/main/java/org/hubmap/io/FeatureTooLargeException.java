package org.hubmap.io;

import java.io.IOException;

/**
 * More bytes than {@link FeatureSizeLimit} allows were read since the start of one feature (or of the layout's text
 * outside its features). Thrown by the stream as the bytes arrive, so the parser stops before it holds them; the
 * parser, which knows which feature it was reading, turns it into a message with a place.
 */
final class FeatureTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    FeatureTooLargeException() {
        super("a feature is larger than the most HubMap reads whole", null);
    }
}
