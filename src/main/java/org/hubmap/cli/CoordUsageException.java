package org.hubmap.cli;

/** Options of {@code coord} that do not fit its input, such as a CSV column the header does not have. */
final class CoordUsageException extends Exception {
    private static final long serialVersionUID = 1L;

    CoordUsageException(String message) {
        super(message);
    }
}
