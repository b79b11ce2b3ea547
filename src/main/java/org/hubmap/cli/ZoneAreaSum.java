package org.hubmap.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hubmap.geo.GeodesicArea;
import org.locationtech.jts.geom.Geometry;

/**
 * The total geodesic area of zones, measured on worker threads while the layout is still being read. Measuring is
 * the costliest part of {@code stats}: GeographicLib solves a geodesic for every edge, some eight million for a
 * layout of a million features, which takes twice as long as reading it. Zones go to the workers in batches, and
 * their areas are added up in the order the zones came, so the total is the same, to the last bit, as adding them
 * one by one on one thread. Only a few batches are in flight at a time, so memory stays small.
 */
final class ZoneAreaSum implements AutoCloseable {
    private static final int BATCH_SIZE = 64;

    private final ExecutorService workers;
    private final int maxInFlight;
    private final Deque<Future<double[]>> inFlight = new ArrayDeque<>();
    private List<Geometry> batch = new ArrayList<>(BATCH_SIZE);
    private double squareMetres;

    ZoneAreaSum() {
        int threads = Runtime.getRuntime().availableProcessors();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "zone areas");
            thread.setDaemon(true);
            return thread;
        });
        this.maxInFlight = 2 * threads;
    }

    void add(Geometry zone) {
        batch.add(zone);
        if (batch.size() == BATCH_SIZE) {
            send();
        }
    }

    /** The total in square metres of every zone added so far; waits for the workers. */
    double squareMetres() {
        if (!batch.isEmpty()) {
            send();
        }
        while (!inFlight.isEmpty()) {
            addOldest();
        }
        return squareMetres;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private void send() {
        List<Geometry> zones = batch;
        batch = new ArrayList<>(BATCH_SIZE);
        inFlight.addLast(workers.submit(() -> areas(zones)));
        while (inFlight.size() > maxInFlight) {
            addOldest();
        }
    }

    private static double[] areas(List<Geometry> zones) {
        double[] areas = new double[zones.size()];
        for (int i = 0; i < areas.length; i++) {
            areas[i] = GeodesicArea.squareMetres(zones.get(i));
        }
        return areas;
    }

    private void addOldest() {
        double[] areas;
        try {
            areas = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while measuring zones");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        for (double area : areas) {
            squareMetres += area;
        }
    }
}
