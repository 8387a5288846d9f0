package io.vipgate.application.subscription;

import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Fixtures.USER;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.subscription.port.in.VipStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code /status}: never, active until when, or ended (and how). */
class CheckStatusServiceTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemorySubscriptionRepository subscriptions =
            new InMemorySubscriptionRepository(new InMemoryUserRepository());
    private final CheckStatusService service = new CheckStatusService(subscriptions, clock);

    private VipStatus status() {
        return join(service.status(USER));
    }

    @Test
    void aUserWithoutSubscription_neverSubscribed() {
        subscriptions.put(Fixtures.subscription(99L, T0, 30));
        assertThat(status()).isEqualTo(new VipStatus.NeverSubscribed());
    }

    @Test
    void anActiveSubscriber_isActiveUntilTheirExpiry() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        clock.advance(Duration.ofDays(29));
        assertThat(status()).isEqualTo(new VipStatus.Active(T0.plus(Duration.ofDays(30))));
    }

    @Test
    void anExpiredSubscription_hasEnded_notRevoked() {
        subscriptions.put(Fixtures.subscription(USER, T0, 1).expire());
        clock.advance(Duration.ofDays(2));
        assertThat(status()).isEqualTo(new VipStatus.Ended(T0.plus(Duration.ofDays(1)), false));
    }

    @Test
    void aRevokedSubscription_hasEnded_revokedWhenTheAdminKicked() {
        Instant kickedAt = T0.plus(Duration.ofDays(3));
        subscriptions.put(Fixtures.subscription(USER, T0, 30).revoke(kickedAt));
        clock.set(kickedAt.plusSeconds(60));
        assertThat(status()).isEqualTo(new VipStatus.Ended(kickedAt, true));
    }

    @Test
    void expiredButTheJobHasNotRunYet_alreadyCountsAsEnded() {
        subscriptions.put(Fixtures.subscription(USER, T0, 1));
        clock.set(T0.plus(Duration.ofDays(1)).minusNanos(1));
        assertThat(status()).isInstanceOf(VipStatus.Active.class);

        clock.set(T0.plus(Duration.ofDays(1)));
        assertThat(status()).isEqualTo(new VipStatus.Ended(T0.plus(Duration.ofDays(1)), false));
    }
}
