package org.hubmap.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Collects the violations of one run, at most {@code limitPerKind} of each kind: a layout with thousands of
 * overlapping zones needs fixing at the first few, and listing them all could take minutes. Checks ask
 * {@link #full} to stop early.
 */
final class Violations {
    private final int limitPerKind;
    private final Map<CheckKind, List<CheckViolation>> byKind = new EnumMap<>(CheckKind.class);
    private final Set<CheckKind> stopped = EnumSet.noneOf(CheckKind.class);

    Violations(int limitPerKind) {
        this.limitPerKind = limitPerKind;
    }

    void add(CheckKind kind, String message, List<InvolvedFeature> features, Optional<LonLat> position) {
        List<CheckViolation> list = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
        if (list.size() < limitPerKind) {
            list.add(new CheckViolation(kind, message, features, position));
        } else {
            stopped.add(kind);
        }
    }

    /** Whether more violations of {@code kind} have been found than are listed, so that looking on is wasted. */
    boolean full(CheckKind kind) {
        return stopped.contains(kind);
    }

    /** Every violation listed, by kind in {@link CheckKind} order and in the order found within a kind. */
    List<CheckViolation> listed() {
        List<CheckViolation> all = new ArrayList<>();
        byKind.values().forEach(all::addAll);
        return all;
    }

    /** The kinds of which more violations were found than listed. */
    Set<CheckKind> stopped() {
        return stopped;
    }

    /**
     * Throws when the thread running the checks has been interrupted, as a background task is when it is
     * cancelled: an edit made while the checks run makes their result stale.
     */
    static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the checks were cancelled");
        }
    }
}
