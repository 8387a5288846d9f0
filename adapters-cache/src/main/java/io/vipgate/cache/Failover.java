package io.vipgate.cache;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** Runs a Redis call or, when it fails, a fallback; logs once when an outage starts and once when it ends. */
final class Failover {

    private static final Logger LOG = Logger.getLogger(Failover.class);

    private final String role;
    private final String fallback;
    private final CacheStats stats;
    private final AtomicBoolean failing = new AtomicBoolean();

    Failover(String role, String fallback, CacheStats stats) {
        this.role = role;
        this.fallback = fallback;
        this.stats = stats;
    }

    <T> Uni<T> orElse(Uni<T> redisCall, Supplier<Uni<T>> fallbackCall) {
        return redisCall
                .invoke(ignored -> {
                    if (failing.compareAndSet(true, false)) {
                        LOG.infof("cache.role=%s: Redis answers again", role);
                    }
                })
                .onFailure()
                .recoverWithUni(failure -> {
                    stats.error();
                    if (failing.compareAndSet(false, true)) {
                        LOG.warnf(
                                "cache.role=%s: Redis failed (%s); %s until it answers again",
                                role, failure.getClass().getSimpleName(), fallback);
                    }
                    return fallbackCall.get();
                });
    }
}
