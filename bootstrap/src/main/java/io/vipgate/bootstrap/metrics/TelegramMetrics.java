package io.vipgate.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vipgate.telegram.TelegramObserver;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the Telegram adapter's reports into metrics: {@code vipgate_updates_seconds{type,outcome}} (updates handled
 * and their latency) and {@code vipgate_telegram_api_calls_seconds{method,outcome}}, plus a counter of 429s.
 */
@Singleton
public class TelegramMetrics implements TelegramObserver {

    private final MeterRegistry registry;
    private final Counter throttled;
    /**
     * The timers by their tags, of which there are a few dozen: building and registering a meter on every update
     * (tags sorted, the registry's map searched) cost as much as recording it.
     */
    private final Map<String, Timer> updates = new ConcurrentHashMap<>();

    private final Map<String, Timer> apiCalls = new ConcurrentHashMap<>();

    TelegramMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.throttled = Counter.builder("vipgate.telegram.api.throttled")
                .description("Bot API answers of 429 Too Many Requests")
                .register(registry);
    }

    @Override
    public void apiCall(String method, String outcome, Duration took) {
        apiCalls.computeIfAbsent(
                        method + '/' + outcome,
                        key -> Timer.builder("vipgate.telegram.api.calls")
                                .description("Bot API calls by method and outcome, one per HTTP attempt")
                                .tag("method", method)
                                .tag("outcome", outcome)
                                .register(registry))
                .record(took);
        if (outcome.equals("too_many_requests")) {
            throttled.increment();
        }
    }

    @Override
    public void update(String type, String outcome, Duration took) {
        updates.computeIfAbsent(
                        type + '/' + outcome,
                        key -> Timer.builder("vipgate.updates")
                                .description("Updates taken in, by type and outcome, with the time to handle them")
                                .tag("type", type)
                                .tag("outcome", outcome)
                                .publishPercentileHistogram()
                                .minimumExpectedValue(Duration.ofMillis(1))
                                .maximumExpectedValue(Duration.ofSeconds(10))
                                .register(registry))
                .record(took);
    }
}
