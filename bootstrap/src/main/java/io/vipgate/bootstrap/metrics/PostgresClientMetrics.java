package io.vipgate.bootstrap.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Drops the Vert.x SQL client's per-connection series ({@code postgresql.queue.size}, {@code postgresql.processing},
 * …). They are created again for every connection the pool opens, under the same tags, so every one after the first
 * was refused with "This Gauge has been already registered (postgresql.queue.size)" and the one kept showed a single
 * connection. The pool's own series ({@code sql_pool_*}, README "Metrics") measure the same waits and work for the
 * whole pool.
 */
@Singleton
public class PostgresClientMetrics {

    @Produces
    @Singleton
    MeterFilter dropPerConnectionSeries() {
        // By tag: the "postgresql." prefix of the name is given after the filters have run.
        return MeterFilter.deny(PostgresClientMetrics::perConnection);
    }

    /**
     * The filter refuses every set after the first, but the first is in the registry at start anyway (MetricsE2ETest
     * saw it there): it is removed once, when the application has started.
     */
    void removeEarlySeries(@Observes StartupEvent started, MeterRegistry registry) {
        List<Meter> early = registry.getMeters().stream()
                .filter(meter -> perConnection(meter.getId()))
                .toList();
        early.forEach(registry::remove);
    }

    private static boolean perConnection(Meter.Id id) {
        return "sql".equals(id.getTag("clientType"));
    }
}
