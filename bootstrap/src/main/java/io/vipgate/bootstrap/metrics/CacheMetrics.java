package io.vipgate.bootstrap.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.vipgate.cache.CacheStats;
import jakarta.inject.Singleton;
import java.util.function.ToDoubleFunction;

/** Publishes the cache adapter's counters: {@code vipgate_cache_requests_total{result=hit|miss|error}}. */
@Singleton
public class CacheMetrics implements MeterBinder {

    private final CacheStats stats;

    CacheMetrics(CacheStats stats) {
        this.stats = stats;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "hit", CacheStats::hits);
        counter(registry, "miss", CacheStats::misses);
        counter(registry, "error", CacheStats::errors);
    }

    private void counter(MeterRegistry registry, String result, ToDoubleFunction<CacheStats> count) {
        FunctionCounter.builder("vipgate.cache.requests", stats, count)
                .description("Subscription cache lookups and Redis calls, by result")
                .tag("result", result)
                .register(registry);
    }
}
