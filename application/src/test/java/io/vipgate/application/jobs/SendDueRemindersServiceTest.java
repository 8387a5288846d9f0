package io.vipgate.application.jobs;

import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.JobWorld;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The reminder job: each offset once per period, re-armed by stacking, advanced even when nobody is told. */
class SendDueRemindersServiceTest {

    private static final Duration D3 = Duration.ofDays(3);
    private static final Duration D1 = Duration.ofDays(1);
    private static final Duration H1 = Duration.ofHours(1);

    private final JobWorld world = new JobWorld();
    private final SendDueRemindersService service = service(ReminderSchedule.DEFAULT);

    private SendDueRemindersService service(ReminderSchedule schedule) {
        return new SendDueRemindersService(
                world.dueSubscriptions, world.ledger, world.notifier, schedule, JobWorld.SETTINGS, world.clock);
    }

    /** Runs the job every ten minutes until {@code end}; returns the time left each reminder announced. */
    private List<Duration> runEveryTenMinutesUntil(Instant end) {
        while (world.clock.instant().isBefore(end)) {
            join(service.sendDue());
            world.clock.advance(Duration.ofMinutes(10));
        }
        return reminders(1);
    }

    private List<Duration> reminders(long userId) {
        List<Duration> announced = new ArrayList<>();
        world.notifier.sentTo(userId).forEach(notice -> announced.add(((Notice.ExpiryReminder) notice).timeLeft()));
        return announced;
    }

    @Test
    void eachReminder_goesOutOnce_atItsOffset() {
        Subscription subscription = world.subscriber(1, VipDuration.ofDays(7));

        assertThat(runEveryTenMinutesUntil(subscription.expiresAt())).containsExactly(D3, D1, H1);
        assertThat(world.notifier.sentTo(1)).first().isEqualTo(new Notice.ExpiryReminder(subscription.expiresAt(), D3));
    }

    @Test
    void runningTwiceAtTheSameMoment_sendsOnce() {
        Subscription subscription = world.subscriber(1, VipDuration.ofDays(7));
        world.clock.set(subscription.expiresAt().minus(D1));

        join(service.sendDue());
        join(service.sendDue());

        assertThat(reminders(1)).containsExactly(D1);
        assertThat(world.subscriptions.get(1).orElseThrow().nextReminderAt())
                .contains(subscription.expiresAt().minus(H1));
    }

    @Test
    void stackingMoreTime_reArmsTheRemindersAhead() {
        Subscription subscription = world.subscriber(1, VipDuration.ofDays(7));
        world.clock.set(subscription.expiresAt().minus(D3));
        join(service.sendDue());
        world.clock.advance(Duration.ofDays(1));

        Subscription stacked = join(
                world.ledger.extend(1, VipDuration.ofDays(7), 99, world.clock.instant(), ReminderSchedule.DEFAULT));

        assertThat(runEveryTenMinutesUntil(stacked.expiresAt())).containsExactly(D3, D3, D1, H1);
    }

    @Test
    void anUnreachableUser_isSkipped_butTheReminderAdvances() {
        Subscription subscription = world.subscriber(1, VipDuration.ofDays(7));
        world.user(1, false);
        world.clock.set(subscription.expiresAt().minus(D3));

        assertThat(join(service.sendDue()).done()).isEqualTo(1);

        assertThat(world.notifier.sent()).isEmpty();
        assertThat(world.subscriptions.get(1).orElseThrow().lastReminder()).contains(D3);
    }

    @Test
    void aFailedDelivery_isNotRetried_soNobodyGetsTheSameReminderTwice() {
        Subscription subscription = world.subscriber(1, VipDuration.ofDays(7));
        world.notifier.answerFor(1, Delivery.FAILED);
        world.clock.set(subscription.expiresAt().minus(D3));

        join(service.sendDue());
        world.clock.advance(Duration.ofHours(1));
        join(service.sendDue());

        assertThat(reminders(1)).containsExactly(D3);
    }

    @Test
    void aBrokenNotifier_doesNotStopTheOthers() {
        world.subscriber(1, VipDuration.ofDays(7));
        Subscription other = world.subscriber(2, VipDuration.ofDays(7));
        world.notifier.breakPromise();
        world.clock.set(other.expiresAt().minus(D3));

        assertThat(join(service.sendDue()).done()).isEqualTo(2);
        assertThat(world.subscriptions.get(2).orElseThrow().lastReminder()).contains(D3);
    }

    @Test
    void aScheduleChangedSinceArming_isFollowed_withoutAStaleReminder() {
        ReminderSchedule twoDays = ReminderSchedule.of(List.of(VipDuration.ofDays(2)));
        Subscription subscription = world.subscriber(1, VipDuration.ofDays(7));
        SendDueRemindersService changed = service(twoDays);

        world.clock.set(subscription.expiresAt().minus(D3));
        join(changed.sendDue());
        assertThat(world.notifier.sent()).isEmpty();
        assertThat(world.subscriptions.get(1).orElseThrow().nextReminderAt())
                .contains(subscription.expiresAt().minus(Duration.ofDays(2)));

        world.clock.set(subscription.expiresAt().minus(Duration.ofDays(2)));
        join(changed.sendDue());
        assertThat(reminders(1)).containsExactly(Duration.ofDays(2));
    }

    @Test
    void anExpiredSubscription_getsNoReminder() {
        Subscription subscription = world.subscriber(1, VipDuration.ofDays(7));
        world.clock.set(subscription.expiresAt());

        assertThat(join(service.sendDue()).done()).isZero();
        assertThat(world.notifier.sent()).isEmpty();
    }

    @Test
    void theReminderIsSent_onlyOnceItsAdvanceIsCommitted() {
        Subscription subscription = world.subscriber(1, VipDuration.ofDays(7));
        world.clock.set(subscription.expiresAt().minus(D3));
        List<Optional<Duration>> storedWhenSent = new ArrayList<>();
        Notifier watching = (recipient, notice) -> {
            storedWhenSent.add(
                    world.subscriptions.get(recipient.id()).orElseThrow().lastReminder());
            return CompletableFuture.completedFuture(Delivery.SENT);
        };
        SendDueRemindersService service = new SendDueRemindersService(
                world.dueSubscriptions,
                world.ledger,
                watching,
                ReminderSchedule.DEFAULT,
                JobWorld.SETTINGS,
                world.clock);

        join(service.sendDue());

        assertThat(storedWhenSent).containsExactly(Optional.of(D3));
    }

    @Test
    void aCommitThatFails_sendsNothing_andTheRetrySendsOnce() {
        Subscription subscription = world.subscriber(1, VipDuration.ofDays(7));
        world.clock.set(subscription.expiresAt().minus(D3));
        world.ledger.failWrites();

        assertThat(join(service.sendDue()).failed()).isEqualTo(1);
        assertThat(world.notifier.sent())
                .as("a runner dying here would have sent it already")
                .isEmpty();

        world.ledger.healWrites();
        world.clock.advance(JobWorld.SETTINGS.retryDelay());
        join(service.sendDue());

        assertThat(world.notifier.sentTo(1)).hasSize(1);
        assertThat(world.subscriptions.get(1).orElseThrow().lastReminder()).contains(D3);
    }
}
