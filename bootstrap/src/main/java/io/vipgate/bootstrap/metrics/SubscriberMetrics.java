package io.vipgate.bootstrap.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.vipgate.bootstrap.wiring.OutPorts;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code vipgate_subscribers_active}: counted once a minute in the background, so that a scrape never waits on
 * the database and a busy scraper never loads it.
 */
@Singleton
public class SubscriberMetrics {

    private final AtomicLong active = new AtomicLong();
    private final OutPorts ports;
    private final Clock clock;

    SubscriberMetrics(MeterRegistry registry, OutPorts ports, Clock clock) {
        this.ports = ports;
        this.clock = clock;
        Gauge.builder("vipgate.subscribers.active", active, AtomicLong::get)
                .description("Active VIP subscribers, counted once a minute")
                .register(registry);
    }

    @Scheduled(
            every = "${vipgate.metrics.subscriber-count-interval:60s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    CompletionStage<Void> count() {
        return ports.uncachedSubscriptions()
                .countActive(clock.instant())
                .thenAccept(active::set)
                .exceptionally(unavailable -> null);
    }
}
