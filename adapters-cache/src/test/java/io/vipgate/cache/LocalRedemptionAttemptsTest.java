package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.token.port.out.RedemptionAttempts;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LocalRedemptionAttemptsTest extends RedemptionAttemptsContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    private final LocalRedemptionAttempts attempts = new LocalRedemptionAttempts(5, Duration.ofMinutes(1), clock);

    @Override
    protected RedemptionAttempts attempts() {
        return attempts;
    }

    @Override
    protected Duration window() {
        return Duration.ofMinutes(1);
    }

    @Test
    void theWait_isWhatIsLeftOfTheWindow_andEndsWithIt() {
        long user = 7;
        fail(user, 5);
        clock.advance(Duration.ofSeconds(45));

        assertThat(blockedFor(user)).contains(Duration.ofSeconds(15));

        clock.advance(Duration.ofSeconds(15));
        assertThat(blockedFor(user)).isEmpty();
    }
}
