package org.hubmap.io;

/**
 * What kind of error or warning a read found, as a short kebab-case code that scripts can match on: it stays the
 * same when the wording of a message changes. Related faults share a code (every malformed JSON text is
 * {@code json-syntax}); docs/diagnostics.md says what each code means.
 */
public enum DiagnosticCode {
    FILE_NOT_FOUND("file-not-found"),
    PERMISSION_DENIED("permission-denied"),
    FILE_UNREADABLE("file-unreadable"),
    STORE_UNREADABLE("store-unreadable"),
    UNKNOWN_FORMAT("unknown-format"),
    WRITE_FORMAT("write-format"),
    NOT_UTF8("not-utf8"),
    BYTE_ORDER_MARK("byte-order-mark"),
    EMPTY_FILE("empty-file"),
    JSON_SYNTAX("json-syntax"),
    LIMIT_EXCEEDED("limit-exceeded"),
    TOP_LEVEL("top-level"),
    MISPLACED_MEMBER("misplaced-member"),
    FEATURE_TYPE("feature-type"),
    MISSING_GEOMETRY("missing-geometry"),
    MISSING_PROPERTIES("missing-properties"),
    BAD_ID("bad-id"),
    BAD_PROPERTIES("bad-properties"),
    GEOMETRY_TYPE("geometry-type"),
    GEOMETRY_MEMBERS("geometry-members"),
    BAD_COORDINATES("bad-coordinates"),
    POSITION_OUT_OF_RANGE("position-out-of-range"),
    EXTRA_POSITION_NUMBERS("extra-position-numbers"),
    TOO_FEW_POSITIONS("too-few-positions"),
    RING_NOT_CLOSED("ring-not-closed"),
    RING_CLOCKWISE("ring-clockwise"),
    HOLE_COUNTER_CLOCKWISE("hole-counter-clockwise"),
    EMPTY_GEOMETRY("empty-geometry"),
    CRS_IGNORED("crs-ignored"),
    CRS_NOT_WGS84("crs-not-wgs84"),
    REPEATED_ID("repeated-id"),
    BBOX_NOT_ENCLOSING("bbox-not-enclosing"),
    SWAPPED_AXES("swapped-axes"),
    INVALID_ZONE_POLYGON("invalid-zone-polygon"),
    NUMBER_AS_STRING("number-as-string"),
    CIRCLE_OFF_RADIUS("circle-off-radius"),
    NOT_KEPT("not-kept"),
    REPROJECTED("reprojected"),
    NO_FEATURE_TABLE("no-feature-table"),
    XML_SYNTAX("xml-syntax"),
    NOT_KML("not-kml"),
    NO_GEOMETRY_READ("no-geometry-read"),
    CSV_SYNTAX("csv-syntax"),
    CSV_NO_POSITION("csv-no-position"),
    CSV_ROW_REJECTED("csv-row-rejected"),
    BASEMAP_DATA("basemap-data");

    private final String code;

    DiagnosticCode(String code) {
        this.code = code;
    }

    /** The code as it is printed and documented, such as {@code "ring-clockwise"}. */
    public String code() {
        return code;
    }
}
