package io.vipgate.application.subscription;

import static io.vipgate.application.fakes.Fixtures.ADMIN;
import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Fixtures.USER;
import static io.vipgate.application.fakes.Stages.failureOf;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.FakeVipChannel;
import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemorySubscriptionLedger;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryTokenRepository;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.subscription.port.in.KickSubscriberUseCase.KickResult;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /kick <user id>}: out of the channel first, then revoked in the ledger. */
class KickSubscriberServiceTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemorySubscriptionRepository subscriptions =
            new InMemorySubscriptionRepository(new InMemoryUserRepository());
    private final InMemorySubscriptionLedger ledger =
            new InMemorySubscriptionLedger(new InMemoryTokenRepository(), subscriptions);
    private final FakeVipChannel channel = new FakeVipChannel();
    private final KickSubscriberService service = new KickSubscriberService(
            subscriptions,
            ledger,
            io.vipgate.application.fakes.Gates.removals(
                    channel,
                    subscriptions,
                    new InMemoryUserRepository(),
                    new io.vipgate.application.fakes.FakeNotifier(),
                    Fixtures.POLICY,
                    clock),
            clock);

    @Test
    void anActiveSubscriber_isRemovedAndRevokedNow() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        clock.advance(Duration.ofDays(3));

        KickResult result = join(service.kick(ADMIN, USER));

        assertThat(result).isInstanceOfSatisfying(KickResult.Kicked.class, kicked -> {
            assertThat(kicked.subscription().status()).isEqualTo(SubscriptionStatus.REVOKED);
            assertThat(kicked.subscription().expiresAt()).isEqualTo(clock.instant());
        });
        assertThat(channel.removals()).containsExactly(USER);
        assertThat(subscriptions.get(USER).orElseThrow().status()).isEqualTo(SubscriptionStatus.REVOKED);
        assertThat(subscriptions.history()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.REVOKED);
            assertThat(change.actorId()).contains(ADMIN);
        });
    }

    @Test
    void theRemovalHappensBeforeTheRevocation() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        List<SubscriptionStatus> statusWhenRemoved = new ArrayList<>();
        channel.onRemove(userId ->
                statusWhenRemoved.add(subscriptions.get(userId).orElseThrow().status()));

        join(service.kick(ADMIN, USER));

        assertThat(statusWhenRemoved).containsExactly(SubscriptionStatus.ACTIVE);
        assertThat(subscriptions.get(USER).orElseThrow().status()).isEqualTo(SubscriptionStatus.REVOKED);
    }

    @Test
    void whenTelegramFails_theSubscriptionStaysActive_forTheAdminToRetry() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        channel.failRemovals();

        assertThat(failureOf(() -> service.kick(ADMIN, USER))).hasMessageContaining("Telegram");

        assertThat(subscriptions.get(USER).orElseThrow().isActiveAt(clock.instant()))
                .isTrue();
        assertThat(ledger.endCalls()).isZero();
        assertThat(subscriptions.history()).isEmpty();
    }

    @Test
    void someoneWithoutAnActiveSubscription_isNotSubscribed_andLeftAlone() {
        assertThat(join(service.kick(ADMIN, USER))).isEqualTo(new KickResult.NotSubscribed());

        subscriptions.put(Fixtures.subscription(USER, T0, 30).revoke(T0.plusSeconds(60)));
        assertThat(join(service.kick(ADMIN, USER))).isEqualTo(new KickResult.NotSubscribed());

        subscriptions.put(Fixtures.subscription(USER, T0, 1));
        clock.advance(Duration.ofDays(1));
        assertThat(join(service.kick(ADMIN, USER))).isEqualTo(new KickResult.NotSubscribed());

        assertThat(channel.removals()).isEmpty();
        assertThat(ledger.endCalls()).isZero();
    }

    @Test
    void aRenewalCommittedBeforeTheBan_removesNobody_andEndsNothing() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        channel.beforeDecision(userId -> join(ledger.extend(
                userId,
                io.vipgate.domain.time.VipDuration.ofDays(7),
                2,
                clock.instant(),
                io.vipgate.domain.subscription.ReminderSchedule.DEFAULT)));

        assertThat(join(service.kick(ADMIN, USER))).isEqualTo(new KickResult.RenewedMeanwhile());
        assertThat(channel.removals()).isEmpty();
        assertThat(subscriptions.get(USER).orElseThrow().status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void aRenewalAtTheVeryMomentOfTheBan_keepsTheRenewal_andTheUserGetsAFreshLink() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        channel.onRemove(userId -> join(ledger.extend(
                userId,
                io.vipgate.domain.time.VipDuration.ofDays(7),
                2,
                clock.instant(),
                io.vipgate.domain.subscription.ReminderSchedule.DEFAULT)));

        assertThat(join(service.kick(ADMIN, USER))).isEqualTo(new KickResult.RenewedMeanwhile());
        assertThat(subscriptions.get(USER).orElseThrow().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(subscriptions.history()).extracting(change -> change.kind()).containsExactly(ChangeKind.EXTENDED);
        assertThat(channel.linkRequests()).as("let back in").hasSize(1);
    }

    @Test
    void aRefusalForGood_endsTheSubscription_andTheAnswerSaysWhy() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        channel.refuseRemovalOf(USER, io.vipgate.domain.gate.RemovalRefusal.CHAT_OWNER);

        assertThat(join(service.kick(ADMIN, USER)))
                .isEqualTo(new KickResult.Refused(io.vipgate.domain.gate.RemovalRefusal.CHAT_OWNER));
        assertThat(subscriptions.get(USER).orElseThrow().status()).isEqualTo(SubscriptionStatus.REVOKED);
        assertThat(subscriptions.history()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.REMOVAL_REFUSED);
            assertThat(change.actorId()).contains(ADMIN);
        });
        assertThat(ledger.details()).containsExactly("CHAT_OWNER");
    }

    @Test
    void anAdminsSubscription_ends_butTheAdminIsNotBanned() {
        subscriptions.put(Fixtures.subscription(ADMIN, T0, 30));

        assertThat(join(service.kick(ADMIN, ADMIN))).isInstanceOf(KickResult.EndedAdminKept.class);
        assertThat(channel.removalAttempts()).isZero();
        assertThat(subscriptions.get(ADMIN).orElseThrow().status()).isEqualTo(SubscriptionStatus.REVOKED);
    }
}
