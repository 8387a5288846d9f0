package io.vipgate.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A client gets its attempts per minute, then waits for the next minute; other clients are not affected. */
class SignInLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));
    private final SignInLimiter limiter = new SignInLimiter(3, clock);

    @Test
    void theAttemptPastTheLimit_isRefused_untilTheMinuteIsOver() {
        assertThat(IntStream.range(0, 3).mapToObj(i -> limiter.tryAttempt("10.0.0.1")))
                .containsOnly(true);
        assertThat(limiter.tryAttempt("10.0.0.1")).isFalse();
        assertThat(limiter.tryAttempt("10.0.0.2")).isTrue();

        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.tryAttempt("10.0.0.1")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAttempt("10.0.0.1")).isTrue();
    }
}
