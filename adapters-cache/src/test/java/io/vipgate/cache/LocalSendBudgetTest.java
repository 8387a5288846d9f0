package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.messaging.port.out.SendBudget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LocalSendBudgetTest extends SendBudgetContract {

    private final LocalSendBudget budget = new LocalSendBudget(30, 1, Clock.systemUTC());

    @Override
    protected SendBudget budget() {
        return budget;
    }

    @Test
    void atOneInstant_messagesTakeSuccessiveSlotsOf34Millis() {
        MutableClock clock = new MutableClock(Instant.ofEpochMilli(34_000));
        LocalSendBudget frozen = new LocalSendBudget(30, 1, clock);

        for (int i = 0; i < 40; i++) {
            assertThat(delay(frozen, 1000 + i)).isEqualTo(Duration.ofMillis(34L * i));
        }
    }

    @Test
    void aChatsSecondMessage_waitsASecond_whileOthersFillTheSlotsBetween() {
        MutableClock clock = new MutableClock(Instant.ofEpochMilli(34_000));
        LocalSendBudget frozen = new LocalSendBudget(30, 1, clock);

        assertThat(delay(frozen, 1)).isEqualTo(Duration.ZERO);
        assertThat(delay(frozen, 1)).isEqualTo(Duration.ofMillis(1020));
        assertThat(delay(frozen, 2)).isEqualTo(Duration.ofMillis(34));

        clock.advance(Duration.ofMillis(34 * 150));
        assertThat(delay(frozen, 1)).isEqualTo(Duration.ZERO);
    }

    @Test
    void aRateBelowOneASecond_isRejected() {
        assertThatThrownBy(() -> new LocalSendBudget(0, 1, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Duration delay(LocalSendBudget budget, long chat) {
        return budget.reserve(chat).toCompletableFuture().join();
    }
}
