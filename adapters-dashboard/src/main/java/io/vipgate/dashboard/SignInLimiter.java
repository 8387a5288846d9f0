package io.vipgate.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in attempts per client address, in fixed one-minute windows. Kept in memory: each replica limits on its own,
 * which still bounds guessing to replicas × limit a minute against secrets of 256 bits.
 */
public final class SignInLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** Past this many addresses the map is cleared of finished windows, so a scan of addresses cannot grow it. */
    private static final int SWEEP_AT = 10_000;

    private record Window(Instant start, int attempts) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    public SignInLimiter(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("at least one attempt a minute");
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts an attempt from {@code client}; false once it has had its attempts in this window. */
    public boolean tryAttempt(String client) {
        Instant now = clock.instant();
        if (windows.size() > SWEEP_AT) {
            windows.values().removeIf(window -> !now.isBefore(window.start().plus(WINDOW)));
        }
        Window window = windows.compute(
                client,
                (key, current) ->
                        current == null || !now.isBefore(current.start().plus(WINDOW))
                                ? new Window(now, 1)
                                : new Window(current.start(), current.attempts() + 1));
        return window.attempts() <= perMinute;
    }
}
