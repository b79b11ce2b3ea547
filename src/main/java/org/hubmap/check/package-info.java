/**
 * Planning checks: what a layout breaks of the planning rules, each violation explained in a sentence with its
 * figures, the features it involves and the place to show. {@link org.hubmap.check.PlanningChecks} runs the
 * checks of {@link org.hubmap.check.CheckKind} with the thresholds of {@link org.hubmap.check.CheckSettings},
 * which travel inside the layout file as a foreign member so that everyone who opens it sees the same checks.
 *
 * <p>Distances and areas are geodesic on the WGS84 ellipsoid (GeographicLib), never in degrees or in a map
 * projection; positions are longitude before latitude, in degrees. Country outlines come from the caller (the
 * application passes {@code io.CountryOutline.ukraine()}), so this package reads no files. It uses model and geo,
 * and is used by the user interface and the headless commands.
 */
package org.hubmap.check;
