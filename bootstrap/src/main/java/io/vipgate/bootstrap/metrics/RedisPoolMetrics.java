package io.vipgate.bootstrap.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import io.quarkus.redis.client.RedisOptionsCustomizer;
import io.vertx.redis.client.RedisOptions;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps one set of Redis pool and connection series per Redis client. Quarkus 3.34 builds each client twice at start
 * (its client and its data-source processors both initialise it; the recorder keeps the first and drops the second
 * unused), and the second one's meters collided with the first's: "This Gauge has been already registered
 * (redis.pool.queue.size)", then redis.active.connections. The dropped duplicate gets its own pool and metrics
 * names, and meters under those names are not registered.
 */
@Singleton
public class RedisPoolMetrics implements RedisOptionsCustomizer {

    static final String UNUSED = "vipgate-unused-duplicate";

    private final Set<String> built = new HashSet<>();

    @Override
    public synchronized void customize(String clientName, RedisOptions options) {
        if (!built.add(clientName)) {
            options.setPoolName(UNUSED);
            // "redis|<client name>": the client name after the bar becomes the clientName tag.
            String metricsName = Optional.ofNullable(
                            options.getNetClientOptions().getMetricsName())
                    .orElse("redis|");
            options.getNetClientOptions()
                    .setMetricsName(metricsName.substring(0, metricsName.indexOf('|') + 1) + UNUSED);
        }
    }

    @Produces
    @Singleton
    MeterFilter ignoreUnusedDuplicate() {
        return MeterFilter.deny(id -> UNUSED.equals(id.getTag("pool.name")) || UNUSED.equals(id.getTag("clientName")));
    }
}
