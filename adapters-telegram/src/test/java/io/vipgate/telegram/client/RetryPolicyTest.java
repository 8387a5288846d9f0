package io.vipgate.telegram.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy =
            new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(60));

    @Test
    void backoff_doublesFromTheInitialDelay_upToTheCap() {
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.backoff(60)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void retryableFailures_areRetriedUntilTheLastAttempt() {
        BotApiException serverError = new BotApiException.ServerError("m", 500, "boom");

        assertThat(policy.delayAfter(1, serverError)).contains(Duration.ofMillis(100));
        assertThat(policy.delayAfter(3, new BotApiException.NetworkError("m", "reset")))
                .contains(Duration.ofMillis(250));
        assertThat(policy.delayAfter(4, serverError)).isEmpty();
    }

    @Test
    void tooManyRequests_waitsRetryAfter_unlessLongerThanTheCap() {
        assertThat(policy.delayAfter(1, new BotApiException.TooManyRequests("m", Duration.ofSeconds(3))))
                .contains(Duration.ofSeconds(3));
        assertThat(policy.delayAfter(1, new BotApiException.TooManyRequests("m", Duration.ofSeconds(61))))
                .isEmpty();
    }

    @Test
    void clientErrorsAndUnknownFailures_areNeverRetried() {
        assertThat(policy.delayAfter(1, new BotApiException.BadRequest("m", "Bad Request")))
                .isEmpty();
        assertThat(policy.delayAfter(1, new BotApiException.Forbidden("m", "Forbidden")))
                .isEmpty();
        assertThat(policy.delayAfter(1, new BotApiException.NotFound("m", "Not Found")))
                .isEmpty();
        assertThat(policy.delayAfter(1, new BotApiException.Rejected("m", 401, "Unauthorized")))
                .isEmpty();
        assertThat(policy.delayAfter(1, new IllegalStateException("bug"))).isEmpty();
    }
}
