package io.vipgate.application.jobs;

import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.JobWorld;
import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The expiry job: out of the channel, marked expired, then told; once per row, retried when Telegram fails. */
class ExpireDueSubscriptionsServiceTest {

    private final JobWorld world = new JobWorld();

    private ExpireDueSubscriptionsService service(JobSettings settings) {
        return new ExpireDueSubscriptionsService(
                world.dueSubscriptions,
                world.ledger,
                io.vipgate.application.fakes.Gates.removals(world),
                world.notifier,
                settings,
                world.clock);
    }

    private final ExpireDueSubscriptionsService service = service(JobWorld.SETTINGS);

    private SubscriptionStatus status(long userId) {
        return world.subscriptions.get(userId).orElseThrow().status();
    }

    @Test
    void atExpiry_theUserIsRemovedToldAndExpired_withOneHistoryLine() {
        world.subscriber(1, VipDuration.ofDays(2));
        world.clock.advance(Duration.ofDays(2).minusSeconds(1));
        assertThat(join(service.expireDue()).done()).as("one second early").isZero();

        world.clock.advance(Duration.ofSeconds(1));
        JobRun run = join(service.expireDue());

        assertThat(run.done()).isEqualTo(1);
        assertThat(world.vipChannel.removals()).containsExactly(1L);
        assertThat(world.notifier.sentTo(1)).containsExactly(new Notice.AccessExpired());
        assertThat(status(1)).isEqualTo(SubscriptionStatus.EXPIRED);
        assertThat(world.subscriptions.history())
                .singleElement()
                .satisfies(change -> assertThat(change.kind()).isEqualTo(ChangeKind.EXPIRED));
        assertThat(world.subscriptions.lease(1)).as("lease ended").isEmpty();
        assertThat(join(service.expireDue()).done())
                .as("a second run finds nothing")
                .isZero();
        assertThat(world.vipChannel.removals()).containsExactly(1L);
    }

    @Test
    void anUnreachableUser_isStillRemoved_butNotMessaged() {
        world.subscriber(1, VipDuration.ofDays(1));
        world.user(1, false);
        world.clock.advance(Duration.ofDays(2));

        join(service.expireDue());

        assertThat(world.vipChannel.removals()).containsExactly(1L);
        assertThat(world.notifier.sent()).isEmpty();
        assertThat(status(1)).isEqualTo(SubscriptionStatus.EXPIRED);
    }

    @Test
    void aMessageThatDoesNotArrive_doesNotKeepTheUserActive() {
        world.subscriber(1, VipDuration.ofDays(1));
        world.subscriber(2, VipDuration.ofDays(1));
        world.notifier.answerFor(1, Delivery.BLOCKED);
        world.notifier.answerFor(2, Delivery.FAILED);
        world.clock.advance(Duration.ofDays(1));

        assertThat(join(service.expireDue()).done()).isEqualTo(2);
        assertThat(status(1)).isEqualTo(SubscriptionStatus.EXPIRED);
        assertThat(status(2)).isEqualTo(SubscriptionStatus.EXPIRED);
    }

    @Test
    void aRemovalFailingForOneUser_doesNotStopTheBatch_andIsRetriedAfterTheDelay() {
        LongStream.rangeClosed(1, 3).forEach(id -> world.subscriber(id, VipDuration.ofDays(1)));
        world.vipChannel.failRemovalOf(2);
        world.clock.advance(Duration.ofDays(1));

        JobRun first = join(service.expireDue());

        assertThat(first.done()).isEqualTo(2);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.problems()).singleElement().asString().startsWith("user 2: ");
        assertThat(status(2)).as("not expired while still inside").isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(world.notifier.sentTo(2)).isEmpty();

        world.vipChannel.healRemovals();
        assertThat(join(service.expireDue()).done())
                .as("before the retry delay")
                .isZero();
        world.clock.advance(JobWorld.SETTINGS.retryDelay());
        assertThat(join(service.expireDue()).done()).isEqualTo(1);
        assertThat(status(2)).isEqualTo(SubscriptionStatus.EXPIRED);
    }

    @Test
    void aCommitThatFailsAfterTheTelegramCalls_leavesTheRowToBeRetried_andTheRetryActsOnce() {
        world.subscriber(1, VipDuration.ofDays(1));
        world.clock.advance(Duration.ofDays(1));
        world.ledger.failWrites();

        assertThat(join(service.expireDue()).failed()).isEqualTo(1);
        assertThat(status(1)).isEqualTo(SubscriptionStatus.ACTIVE);

        world.ledger.healWrites();
        world.clock.advance(JobWorld.SETTINGS.retryDelay());
        join(service.expireDue());

        assertThat(world.vipChannel.removals())
                .as("the ban is repeated, harmlessly")
                .containsExactly(1L, 1L);
        assertThat(status(1)).isEqualTo(SubscriptionStatus.EXPIRED);
        assertThat(world.subscriptions.history()).hasSize(1);
    }

    @Test
    void aRowHeldByARunnerThatDied_waitsForItsLease_thenIsTakenOver() {
        world.subscriber(1, VipDuration.ofDays(1));
        world.clock.advance(Duration.ofDays(1));
        Lease dead = Lease.fresh(world.clock.instant(), Duration.ofMinutes(10));
        assertThat(join(world.dueSubscriptions.claimExpiries(world.clock.instant(), 10, dead)))
                .hasSize(1);

        assertThat(join(service.expireDue()).done()).as("held").isZero();
        world.clock.advance(Duration.ofMinutes(10));
        assertThat(join(service.expireDue()).done()).isEqualTo(1);

        assertThat(join(world.ledger.expire(1, dead, world.clock.instant())))
                .as("the dead runner's commit")
                .isEmpty();
        assertThat(world.subscriptions.history()).hasSize(1);
    }

    @Test
    void aRenewalWhileTheUserIsBeingRemoved_keepsTheRenewal() {
        world.subscriber(1, VipDuration.ofDays(1));
        world.clock.advance(Duration.ofDays(1));
        world.vipChannel.onRemove(userId -> join(world.ledger.extend(
                userId, VipDuration.ofDays(30), 99, world.clock.instant(), ReminderSchedule.DEFAULT)));

        join(service.expireDue());

        assertThat(status(1)).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(world.subscriptions.history())
                .extracting(change -> change.kind())
                .containsExactly(ChangeKind.EXTENDED);
        assertThat(world.subscriptions.lease(1)).as("lease ended all the same").isEmpty();
    }

    @Test
    void theUserIsTold_onlyOnceTheExpiryIsCommitted() {
        world.subscriber(1, VipDuration.ofDays(1));
        world.clock.advance(Duration.ofDays(1));
        List<SubscriptionStatus> statusWhenTold = new ArrayList<>();
        Notifier watching = (recipient, notice) -> {
            statusWhenTold.add(status(recipient.id()));
            return CompletableFuture.completedFuture(Delivery.SENT);
        };
        ExpireDueSubscriptionsService service = new ExpireDueSubscriptionsService(
                world.dueSubscriptions,
                world.ledger,
                io.vipgate.application.fakes.Gates.removals(world),
                watching,
                JobWorld.SETTINGS,
                world.clock);

        join(service.expireDue());

        assertThat(statusWhenTold).containsExactly(SubscriptionStatus.EXPIRED);
    }

    @Test
    void aCommitThatFails_tellsNobody_andTheRetryTellsOnce() {
        world.subscriber(1, VipDuration.ofDays(1));
        world.clock.advance(Duration.ofDays(1));
        world.ledger.failWrites();

        join(service.expireDue());
        assertThat(world.notifier.sentTo(1))
                .as("a runner dying here would have told the user already")
                .isEmpty();

        world.ledger.healWrites();
        world.clock.advance(JobWorld.SETTINGS.retryDelay());
        join(service.expireDue());

        assertThat(world.notifier.sentTo(1)).containsExactly(new Notice.AccessExpired());
        assertThat(status(1)).isEqualTo(SubscriptionStatus.EXPIRED);
    }

    @Test
    void aLeaseTakenOverDuringTheRemoval_leavesTheExpiryAndTheMessageToTheNewHolder() {
        world.subscriber(1, VipDuration.ofDays(1));
        world.clock.advance(Duration.ofDays(1));
        Lease[] other = new Lease[1];
        world.vipChannel.onRemove(userId -> {
            if (other[0] == null) {
                // This runner stalled past its lease, and another one claimed the row meanwhile.
                world.clock.advance(JobWorld.SETTINGS.lease());
                other[0] = Lease.fresh(world.clock.instant(), JobWorld.SETTINGS.lease());
                join(world.dueSubscriptions.claimExpiries(world.clock.instant(), 10, other[0]));
            }
        });

        join(service.expireDue());

        assertThat(world.notifier.sent()).as("the stalled runner tells nobody").isEmpty();
        assertThat(status(1)).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(world.subscriptions.lease(1)).contains(other[0]);
    }
}
