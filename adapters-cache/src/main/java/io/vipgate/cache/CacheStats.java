package io.vipgate.cache;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/** Cache hits, misses and Redis errors since start, for health data and, later, metrics. */
// A singleton, not application-scoped: no client proxy to go through on every hit and miss.
@Singleton
public class CacheStats {

    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    void hit() {
        hits.incrementAndGet();
    }

    void miss() {
        misses.incrementAndGet();
    }

    void error() {
        errors.incrementAndGet();
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    /** Redis calls that failed, timed out or were refused by the open circuit breaker. */
    public long errors() {
        return errors.get();
    }
}
