package io.vipgate.application.subscription;

import static io.vipgate.application.fakes.Fixtures.ADMIN;
import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Fixtures.USER;
import static io.vipgate.application.fakes.Stages.failureOf;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemorySubscriptionLedger;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryTokenRepository;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code /extend <user id> <duration>}: grant or stack time on an admin's word, recorded in the history. */
class ExtendSubscriptionServiceTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemorySubscriptionRepository subscriptions =
            new InMemorySubscriptionRepository(new InMemoryUserRepository());
    private final InMemorySubscriptionLedger ledger =
            new InMemorySubscriptionLedger(new InMemoryTokenRepository(), subscriptions);
    private final ExtendSubscriptionService service = new ExtendSubscriptionService(ledger, Fixtures.POLICY, clock);

    @Test
    void extendingANewUser_grantsTheDurationFromNow_andRecordsTheAdmin() {
        Subscription s = join(service.extend(ADMIN, USER, VipDuration.ofDays(10)));

        assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(s.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(10)));
        assertThat(subscriptions.get(USER)).contains(s);
        assertThat(subscriptions.history()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.EXTENDED);
            assertThat(change.actorId()).contains(ADMIN);
            assertThat(change.previousExpiry()).isEmpty();
            assertThat(change.newExpiry()).isEqualTo(s.expiresAt());
        });
    }

    @Test
    void extendingAnActiveSubscriber_stacksOnTheirExpiry() {
        subscriptions.put(Fixtures.subscription(USER, T0, 5));
        clock.advance(Duration.ofDays(2));

        Subscription s = join(service.extend(ADMIN, USER, VipDuration.parse("1w")));

        assertThat(s.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(12)));
        assertThat(s.periodStartedAt()).isEqualTo(T0);
    }

    @Test
    void extendingAnEndedSubscriber_startsFromNow() {
        subscriptions.put(Fixtures.subscription(USER, T0, 1).expire());
        clock.advance(Duration.ofDays(4));

        Subscription s = join(service.extend(ADMIN, USER, VipDuration.ofDays(3)));

        assertThat(s.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(3)));
        assertThat(subscriptions.history())
                .singleElement()
                .satisfies(change -> assertThat(change.previousExpiry()).contains(T0.plus(Duration.ofDays(1))));
    }

    @Test
    void theSubscriptionFollowsThePolicyReminders() {
        BotPolicy policy = new BotPolicy(
                Set.of(ADMIN),
                ReminderSchedule.of(List.of(VipDuration.ofDays(2))),
                Duration.ofDays(7),
                Duration.ofHours(1));
        Subscription s =
                join(new ExtendSubscriptionService(ledger, policy, clock).extend(ADMIN, USER, VipDuration.ofDays(30)));
        assertThat(s.nextReminderAt()).isEqualTo(Optional.of(s.expiresAt().minus(Duration.ofDays(2))));
    }

    @Test
    void aNonPositiveUserId_isRejected_andNothingChanges() {
        assertThat(failureOf(() -> service.extend(ADMIN, 0L, VipDuration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(failureOf(() -> service.extend(ADMIN, -5L, VipDuration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(subscriptions.history()).isEmpty();
    }
}
