package io.vipgate.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** What a load step saw: latencies (microseconds, HdrHistogram), answers by status, replies in the body. */
public final class Tally {

    /** Latencies up to a minute, three significant digits. */
    private final Histogram latencies = new ConcurrentHistogram(60_000_000L, 3);
    private final LongAdder ok = new LongAdder();
    private final LongAdder replied = new LongAdder();
    private final Map<Integer, LongAdder> failures = new ConcurrentHashMap<>();
    private final LongAdder sent = new LongAdder();
    private final java.util.concurrent.atomic.AtomicLong maxSendLagNanos = new java.util.concurrent.atomic.AtomicLong();

    /** How late the generator itself put a request out (its own pauses count as latency in an open loop). */
    public void sendLag(long nanos) {
        maxSendLagNanos.accumulateAndGet(nanos, Math::max);
    }

    public double maxSendLagMillis() {
        return Math.round(maxSendLagNanos.get() / 10_000.0) / 100.0;
    }

    /** Counts one update handed to the client. */
    public void countSent() {
        sent.increment();
    }

    public long sent() {
        return sent.sum();
    }

    /** Records one answer; {@code sinceNanos} is when the request was meant to go out (or went, closed loop). */
    public void record(long sinceNanos, Webhook.Answer answer) {
        long micros = Math.max(1, (System.nanoTime() - sinceNanos) / 1000);
        latencies.recordValue(Math.min(micros, latencies.getHighestTrackableValue()));
        if (answer.ok()) {
            ok.increment();
            if (answer.replied()) {
                replied.increment();
            }
        } else {
            failures.computeIfAbsent(answer.status(), s -> new LongAdder()).increment();
        }
    }

    public long completed() {
        return latencies.getTotalCount();
    }

    public long ok() {
        return ok.sum();
    }

    public long replied() {
        return replied.sum();
    }

    public long errors() {
        return failures.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Failed answers by HTTP status; 0 stands for a network error or timeout. */
    public Map<String, Long> failures() {
        Map<String, Long> byStatus = new TreeMap<>();
        failures.forEach((status, count) -> byStatus.put(String.valueOf(status), count.sum()));
        return byStatus;
    }

    /** Latency at {@code percentile} (0..100) in milliseconds. */
    public double millisAt(double percentile) {
        return Math.round(latencies.getValueAtPercentile(percentile) / 10.0) / 100.0;
    }

    public double maxMillis() {
        return Math.round(latencies.getMaxValue() / 10.0) / 100.0;
    }

    public Histogram histogram() {
        return latencies;
    }
}
