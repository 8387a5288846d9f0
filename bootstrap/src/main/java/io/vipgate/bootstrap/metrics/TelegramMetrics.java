package io.vipgate.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vipgate.telegram.TelegramObserver;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Turns the Telegram adapter's reports into metrics: {@code vipgate_updates_seconds{type,outcome}} (updates handled
 * and their latency) and {@code vipgate_telegram_api_calls_seconds{method,outcome}}, plus a counter of 429s.
 */
@Singleton
public class TelegramMetrics implements TelegramObserver {

    private final MeterRegistry registry;
    private final Counter throttled;

    TelegramMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.throttled = Counter.builder("vipgate.telegram.api.throttled")
                .description("Bot API answers of 429 Too Many Requests")
                .register(registry);
    }

    @Override
    public void apiCall(String method, String outcome, Duration took) {
        Timer.builder("vipgate.telegram.api.calls")
                .description("Bot API calls by method and outcome, one per HTTP attempt")
                .tag("method", method)
                .tag("outcome", outcome)
                .register(registry)
                .record(took);
        if (outcome.equals("too_many_requests")) {
            throttled.increment();
        }
    }

    @Override
    public void update(String type, String outcome, Duration took) {
        Timer.builder("vipgate.updates")
                .description("Updates taken in, by type and outcome, with the time to handle them")
                .tag("type", type)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry)
                .record(took);
    }
}
