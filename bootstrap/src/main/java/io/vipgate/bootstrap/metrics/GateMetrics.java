package io.vipgate.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vipgate.application.gate.port.out.GateObserver;
import io.vipgate.domain.gate.RemovalRefusal;
import jakarta.inject.Singleton;
import java.util.Locale;

/** The gate's counters: {@code vipgate.gate.turned.away{via}} and {@code vipgate.gate.removal.refused{reason}}. */
@Singleton
public class GateMetrics implements GateObserver {

    private final MeterRegistry registry;

    GateMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void turnedAway(String via) {
        Counter.builder("vipgate.gate.turned.away")
                .description("People removed from the VIP channel for being there without an active subscription")
                .tag("via", via)
                .register(registry)
                .increment();
    }

    @Override
    public void removalRefused(RemovalRefusal reason) {
        Counter.builder("vipgate.gate.removal.refused")
                .description("Removals from the VIP channel that Telegram refused for good")
                .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }
}
