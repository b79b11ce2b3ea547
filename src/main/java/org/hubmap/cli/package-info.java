/**
 * The headless commands of {@code hubmap.jar} (validate, convert, stats): picocli commands that read and write
 * files through {@code io} and never start the JavaFX toolkit. Exit codes: 0 success, 1 bad data, 2 bad usage;
 * messages go to standard error as {@code FILE:LINE:COL: message}.
 */
package org.hubmap.cli;
