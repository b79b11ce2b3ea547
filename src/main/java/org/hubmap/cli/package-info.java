/**
 * The headless commands of {@code hubmap.jar}: validate, convert and stats read and write layout files through
 * {@code io}; coord reads a typed position, or many from standard input, and writes them in every format through
 * {@code geo}; diff and merge compare and merge layouts through {@code compare}; db init, push, pull and list set up
 * a PostgreSQL/PostGIS server for shared layouts and move layouts in and out of it through {@code store}, connecting
 * as psql does. They are picocli commands and never start the JavaFX toolkit. Exit codes: 0 success, 1 bad data, 2
 * bad usage, except that diff and merge answer with 1 (the layouts differ, conflicts remain) and give 2 for any
 * trouble; messages go to standard error as {@code FILE:LINE:COL: message}, or for a single coord position as the
 * column in the text. Every command uses the standard streams through {@link org.hubmap.cli.StandardStreams}:
 * results alone on standard output, {@code -} for standard input or output, and {@code -q}.
 */
package org.hubmap.cli;
