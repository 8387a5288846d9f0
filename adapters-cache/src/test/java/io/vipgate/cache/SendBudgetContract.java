package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.messaging.port.out.SendBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SendBudget} promises at the defaults (30 a second overall, 1 a second per chat), measured on
 * the wall clock: a message goes out at the moment it was reserved plus its delay.
 */
abstract class SendBudgetContract {

    // The reservation happens a little after the moment a test notes; this much slack absorbs that.
    private static final long SLACK_MILLIS = 15;

    protected abstract SendBudget budget();

    @Test
    void fortyMessagesToDistinctChats_neverMoreThanThirtyInAnySecond() {
        List<Long> sendTimes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sendTimes.add(reserve(Subscriptions.randomUserId()));
        }
        Collections.sort(sendTimes);

        for (int i = 0; i + 30 < sendTimes.size(); i++) {
            assertThat(sendTimes.get(i + 30) - sendTimes.get(i))
                    .as("messages %d and %d", i, i + 30)
                    .isGreaterThanOrEqualTo(1000 - SLACK_MILLIS);
        }
        assertThat(sendTimes.getLast() - sendTimes.getFirst())
                .as("no needless waiting")
                .isLessThan(2000);
    }

    @Test
    void twoMessagesToOneChat_areAtLeastASecondApart() {
        long chat = Subscriptions.randomUserId();

        long first = reserve(chat);
        long second = reserve(chat);

        assertThat(second - first).isGreaterThanOrEqualTo(1000 - SLACK_MILLIS);
    }

    @Test
    void aBusyChat_doesNotHoldBackOtherChats() {
        long busy = Subscriptions.randomUserId();
        reserve(busy);
        reserve(busy);

        long noted = System.currentTimeMillis();
        assertThat(reserve(Subscriptions.randomUserId()) - noted).isLessThan(500);
    }

    /** Reserves a slot; the answer is when, on the wall clock, the message may go out. */
    protected long reserve(long chat) {
        long noted = System.currentTimeMillis();
        Duration delay = budget().reserve(chat).toCompletableFuture().join();
        assertThat(delay.isNegative()).isFalse();
        return noted + delay.toMillis();
    }
}
