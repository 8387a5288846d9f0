package io.vipgate.telegram.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SendLimiterTest {

    private static final Duration WAIT = Duration.ofSeconds(2);
    private static Vertx vertx;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.closeAndAwait();
    }

    @Test
    void oneChat_isReleasedInOrder_anIntervalApart() {
        SendLimiter limiter = new SendLimiter(vertx, 1000, Duration.ofMillis(150));
        List<Long> releases = new CopyOnWriteArrayList<>();

        for (int i = 0; i < 3; i++) {
            limiter.acquire(7).subscribe().with(ignored -> releases.add(System.nanoTime()));
        }
        limiter.acquire(7).await().atMost(WAIT);

        assertThat(releases).hasSize(3);
        assertThat(millis(releases.get(1) - releases.get(0))).isGreaterThanOrEqualTo(145.0);
        assertThat(millis(releases.get(2) - releases.get(1))).isGreaterThanOrEqualTo(145.0);
    }

    @Test
    void cancelledWait_stillKeepsItsTurn_soTheNextMessageIsNotEarly() {
        SendLimiter limiter = new SendLimiter(vertx, 1000, Duration.ofMillis(200));
        long start = System.nanoTime();

        limiter.acquire(7).await().atMost(WAIT);
        limiter.acquire(7).subscribe().with(ignored -> {}).cancel();
        limiter.acquire(7).await().atMost(WAIT);

        assertThat(millis(System.nanoTime() - start)).isGreaterThanOrEqualTo(395.0);
    }

    @Test
    void overallRate_spacesDifferentChats() {
        SendLimiter limiter = new SendLimiter(vertx, 10, Duration.ZERO);
        long start = System.nanoTime();

        for (long chat = 1; chat <= 4; chat++) {
            limiter.acquire(chat).subscribe().with(ignored -> {});
        }
        limiter.acquire(5).await().atMost(WAIT);

        assertThat(millis(System.nanoTime() - start)).isGreaterThanOrEqualTo(395.0);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
