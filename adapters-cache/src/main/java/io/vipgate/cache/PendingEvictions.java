package io.vipgate.cache;

import io.smallrye.mutiny.Uni;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;

/** Users whose snapshot this replica failed to evict after a write, to bypass and evict once Redis answers. */
final class PendingEvictions {

    // Only this replica knows of them; on other replicas the TTL cap bounds how long a stale entry is read.

    // Past this many the TTL cap alone bounds staleness; it keeps a long outage from growing the set without end.
    private static final int LIMIT = 10_000;

    private final Set<Long> users = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final LongFunction<Uni<Boolean>> evict;

    /** {@code evict} answers whether the eviction reached Redis; it never fails. */
    PendingEvictions(LongFunction<Uni<Boolean>> evict) {
        this.evict = evict;
    }

    void add(long userId) {
        if (users.size() < LIMIT) {
            users.add(userId);
        }
    }

    void remove(long userId) {
        users.remove(userId);
    }

    boolean contains(long userId) {
        return users.contains(userId);
    }

    /** Retries the evictions in the background, one drain at a time, stopping at the first that fails. */
    void drain() {
        if (users.isEmpty() || !draining.compareAndSet(false, true)) {
            return;
        }
        next().subscribe().with(done -> draining.set(false), failure -> draining.set(false));
    }

    private Uni<Void> next() {
        Iterator<Long> remaining = users.iterator();
        if (!remaining.hasNext()) {
            return Uni.createFrom().voidItem();
        }
        long userId = remaining.next();
        return evict.apply(userId).chain(done -> {
            if (!done) {
                return Uni.createFrom().voidItem();
            }
            users.remove(userId);
            return next();
        });
    }
}
