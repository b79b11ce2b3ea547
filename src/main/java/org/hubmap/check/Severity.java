package org.hubmap.check;

/** How much a violation matters: an error breaks a planning rule, a warning asks for a second look. */
public enum Severity {
    ERROR,
    WARNING
}
