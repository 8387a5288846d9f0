package io.vipgate.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The application's readiness polled once a second, with marks for the moments a drill cut and restored something. */
final class Readiness {

    private record Sample(long atMillis, boolean up, String mark) {
    }

    private final long t0 = System.nanoTime();
    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();

    Readiness(App app) {
        poller.scheduleAtFixedRate(() -> add(app.ready()), 0, 1, TimeUnit.SECONDS);
    }

    synchronized void mark(String what) {
        samples.add(new Sample(now(), false, what));
    }

    void stop() throws InterruptedException {
        poller.shutdown();
        poller.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Some poll between the cut and the restore found readiness DOWN. */
    synchronized boolean downWhileCut() {
        boolean cut = false;
        for (Sample sample : samples) {
            if (sample.mark() != null) {
                cut = sample.mark().equals("cut");
            } else if (cut && !sample.up()) {
                return true;
            }
        }
        return false;
    }

    /** Each change, e.g. {@code UP@0s, cut@15s, DOWN@16s, restored@75s, UP@77s}. */
    synchronized String summary() {
        StringBuilder out = new StringBuilder();
        Boolean last = null;
        for (Sample sample : samples) {
            if (sample.mark() != null || last == null || last != sample.up()) {
                out.append(out.isEmpty() ? "" : ", ").append(sample.mark() != null ? sample.mark()
                        : sample.up() ? "UP" : "DOWN").append('@').append(sample.atMillis() / 1000).append('s');
            }
            if (sample.mark() == null) {
                last = sample.up();
            }
        }
        return out.toString();
    }

    private synchronized void add(boolean up) {
        samples.add(new Sample(now(), up, null));
    }

    private long now() {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
