package org.hubmap.render;

/** The protection ring a hub or depot may have: a geodesic circle of the radius its property gives. */
final class ProtectionRings {
    /** The property holding a ring's radius in metres. */
    static final String PROPERTY = "protection_radius_m";

    private ProtectionRings() {
    }
}
