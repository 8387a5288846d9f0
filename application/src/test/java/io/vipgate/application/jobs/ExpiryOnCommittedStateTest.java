package io.vipgate.application.jobs;

import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Gates;
import io.vipgate.application.fakes.JobWorld;
import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.domain.gate.RemovalRefusal;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The expiry job decides each ban on the committed subscription, and ends rows whose removal Telegram refuses. */
class ExpiryOnCommittedStateTest {

    private final JobWorld world = new JobWorld();
    private final ExpireDueSubscriptionsService service = new ExpireDueSubscriptionsService(
            world.dueSubscriptions,
            world.ledger,
            Gates.removals(world),
            world.notifier,
            JobWorld.SETTINGS,
            world.clock);

    private void renew(long userId) {
        join(world.ledger.extend(userId, VipDuration.ofDays(30), 99, world.clock.instant(), ReminderSchedule.DEFAULT));
    }

    private SubscriptionStatus status(long userId) {
        return world.subscriptions.get(userId).orElseThrow().status();
    }

    @Test
    void aRenewalCommittedBeforeTheBan_removesNobody() {
        world.subscriber(1, VipDuration.ofDays(1));
        world.clock.advance(Duration.ofDays(1));
        // As a renewal landing while a 429 holds every call: after the claim, before the ban goes out.
        world.vipChannel.beforeDecision(this::renew);

        join(service.expireDue());

        assertThat(world.vipChannel.removals()).isEmpty();
        assertThat(world.vipChannel.skippedRemovals()).isEqualTo(1);
        assertThat(status(1)).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(world.notifier.sentTo(1)).isEmpty();
        assertThat(world.subscriptions.lease(1)).as("lease ended").isEmpty();
    }

    @Test
    void aRenewalAtTheVeryMomentOfTheBan_keepsTheRenewal_andLetsTheUserBackWithAFreshLink() {
        world.subscriber(1, VipDuration.ofDays(1));
        world.clock.advance(Duration.ofDays(1));
        world.vipChannel.onRemove(this::renew);

        join(service.expireDue());

        assertThat(status(1)).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(world.subscriptions.history())
                .extracting(change -> change.kind())
                .containsExactly(ChangeKind.EXTENDED);
        assertThat(world.vipChannel.linkRequests())
                .singleElement()
                .satisfies(request -> assertThat(request.userId()).isEqualTo(1L));
        assertThat(world.notifier.sentTo(1))
                .singleElement()
                .isInstanceOfSatisfying(
                        Notice.Readmitted.class,
                        readmitted -> assertThat(readmitted.expiresAt())
                                .isEqualTo(
                                        world.subscriptions.get(1).orElseThrow().expiresAt()));
    }

    @Test
    void aRefusalForGood_endsTheRow_saysWhyInTheHistory_andTellsTheAdminsOnce() {
        world.subscriber(1, VipDuration.ofDays(1));
        world.clock.advance(Duration.ofDays(1));
        world.vipChannel.refuseRemovalOf(1, RemovalRefusal.CHAT_ADMINISTRATOR);

        JobRun run = join(service.expireDue());
        world.clock.advance(Duration.ofMinutes(5));
        join(service.expireDue());

        assertThat(run.done()).isEqualTo(1);
        assertThat(status(1)).isEqualTo(SubscriptionStatus.EXPIRED);
        assertThat(world.subscriptions.history())
                .extracting(change -> change.kind())
                .containsExactly(ChangeKind.REMOVAL_REFUSED);
        assertThat(world.ledger.details()).containsExactly("CHAT_ADMINISTRATOR");
        assertThat(world.vipChannel.removalAttempts()).as("not retried").isEqualTo(1);
        assertThat(world.notifier.sentTo(Gates.JOB_ADMIN))
                .containsExactly(new Notice.RemovalRefused(1, "User 1", RemovalRefusal.CHAT_ADMINISTRATOR));
        assertThat(world.notifier.sentTo(1)).isEmpty();
    }

    @Test
    void anAdminsSubscription_expires_withoutABan() {
        world.subscriber(Gates.JOB_ADMIN, VipDuration.ofDays(1));
        world.clock.advance(Duration.ofDays(1));

        join(service.expireDue());

        assertThat(world.vipChannel.removalAttempts()).isZero();
        assertThat(status(Gates.JOB_ADMIN)).isEqualTo(SubscriptionStatus.EXPIRED);
        assertThat(world.notifier.sentTo(Gates.JOB_ADMIN)).containsExactly(new Notice.AccessExpired());
    }
}
