package io.vipgate.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vipgate.telegram.payment.StoreObserver;
import jakarta.inject.Singleton;

/**
 * The store's counters: {@code vipgate_store_orders_total{kind}}, {@code vipgate_store_pre_checkouts_total{outcome}},
 * {@code vipgate_store_payments_total{outcome}} (granted, renewed, duplicate, unmatched) and
 * {@code vipgate_store_refunds_total}.
 */
@Singleton
public class StoreMetrics implements StoreObserver {

    private final MeterRegistry registry;

    StoreMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void order(String kind) {
        Counter.builder("vipgate.store.orders")
                .description("Orders opened by plan buttons and /buy")
                .tag("kind", kind)
                .register(registry)
                .increment();
    }

    @Override
    public void preCheckout(boolean accepted) {
        Counter.builder("vipgate.store.pre.checkouts")
                .description("pre_checkout_query answers")
                .tag("outcome", accepted ? "ok" : "refused")
                .register(registry)
                .increment();
    }

    @Override
    public void payment(String outcome) {
        Counter.builder("vipgate.store.payments")
                .description("successful_payment updates by outcome")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    @Override
    public void refund() {
        Counter.builder("vipgate.store.refunds")
                .description("Payments refunded")
                .register(registry)
                .increment();
    }
}
