package io.vipgate.application.broadcast;

import static io.vipgate.application.fakes.Stages.failureOf;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase;
import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase.BroadcastStart;
import io.vipgate.application.broadcast.port.out.BroadcastProgress;
import io.vipgate.application.fakes.JobWorld;
import io.vipgate.application.fakes.StuckNotifier;
import io.vipgate.application.jobs.JobSettings;
import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** {@code /broadcast}: saved with its recipients, sent on by the job, progress edited, one copy per person. */
class BroadcastServiceTest {

    private static final long ADMIN = 9;
    private static final JobSettings BATCH_OF_TWO = new JobSettings(2, Duration.ofSeconds(30), Duration.ZERO);

    private final JobWorld world = new JobWorld();
    private final StartBroadcastService start =
            new StartBroadcastService(world.broadcasts, world.users, world.reporter, BATCH_OF_TWO, world.clock);
    private final DeliverBroadcastsService deliver = new DeliverBroadcastsService(
            world.broadcasts, world.users, world.notifier, world.reporter, BATCH_OF_TWO, world.clock);

    private long started(String text) {
        BroadcastStart answer = join(start.start(ADMIN, text));
        assertThat(answer).isInstanceOf(BroadcastStart.Started.class);
        return ((BroadcastStart.Started) answer).broadcastId();
    }

    @Test
    void aBroadcast_goesToEveryReachableActiveVip_once_withProgressAndATally() {
        LongStream.rangeClosed(1, 5).forEach(id -> world.subscriber(id, VipDuration.ofDays(5)));
        world.user(3, false);
        world.subscriber(6, VipDuration.ofDays(1));
        world.clock.advance(Duration.ofDays(2));
        world.notifier.answerFor(4, Delivery.BLOCKED);

        long id = started("  Hello <everyone>\nsee you  ");
        JobRun run = join(deliver.deliver());

        assertThat(world.notifier.sent())
                .extracting(sent -> sent.recipient().id())
                .containsExactly(1L, 2L, 4L, 5L);
        assertThat(world.notifier.sentTo(1)).containsExactly(new Notice.Broadcast("Hello <everyone>\nsee you"));
        assertThat(run.done()).isEqualTo(3);
        assertThat(world.reporter.opened()).containsExactly(new BroadcastProgress(id, 4, 0, 0, 0));
        assertThat(world.reporter.edits())
                .extracting(edit -> edit.progress().done())
                .containsExactly(2, 4);
        assertThat(world.reporter.edits()).extracting(edit -> edit.messageId()).containsOnly(500L);
        assertThat(world.reporter.finished()).containsExactly(new BroadcastProgress(id, 4, 3, 1, 0));
        assertThat(world.broadcasts.isDone(id)).isTrue();

        join(deliver.deliver());
        assertThat(world.notifier.sent()).as("nothing twice").hasSize(4);
    }

    @Test
    void nobodyToSendTo_savesNothing() {
        world.subscriber(1, VipDuration.ofDays(1));
        world.user(1, false);

        assertThat(join(start.start(ADMIN, "hi"))).isInstanceOf(BroadcastStart.NoRecipients.class);
        assertThat(world.reporter.opened()).isEmpty();
    }

    @Test
    void aBlankOrTooLongText_isRefused() {
        assertThat(failureOf(() -> start.start(ADMIN, "   "))).isInstanceOf(IllegalArgumentException.class);
        assertThat(failureOf(() -> start.start(ADMIN, "x".repeat(StartBroadcastUseCase.MAX_TEXT_LENGTH + 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProgressMessageThatCannotBePosted_costsTheEdits_notTheBroadcast() {
        world.subscriber(1, VipDuration.ofDays(1));
        world.reporter.refusePosting();

        long id = started("hi");
        join(deliver.deliver());

        assertThat(world.notifier.sentTo(1)).hasSize(1);
        assertThat(world.reporter.edits()).isEmpty();
        assertThat(world.reporter.finished()).containsExactly(new BroadcastProgress(id, 1, 1, 0, 0));
    }

    @Test
    void someoneWhoBlockedTheBotSinceTheBroadcastWasSaved_isCountedBlocked_andNotSentTo() {
        world.subscriber(1, VipDuration.ofDays(1));
        long id = started("hi");
        world.user(1, false);

        join(deliver.deliver());

        assertThat(world.notifier.sent()).isEmpty();
        assertThat(world.reporter.finished()).containsExactly(new BroadcastProgress(id, 1, 0, 1, 0));
    }

    @Test
    void aRunnerThatDiesMidway_isTakenOverAfterItsLease_andNobodyGetsTwoCopies() {
        LongStream.rangeClosed(1, 5).forEach(id -> world.subscriber(id, VipDuration.ofDays(5)));
        long id = started("hi");
        StuckNotifier dying = new StuckNotifier(world.notifier, 3);
        DeliverBroadcastsService doomed = new DeliverBroadcastsService(
                world.broadcasts, world.users, dying, world.reporter, BATCH_OF_TWO, world.clock);

        assertThat(doomed.deliver().toCompletableFuture().isDone())
                .as("stuck sending to user 3")
                .isFalse();
        assertThat(join(deliver.deliver()).done())
                .as("held by the stuck runner")
                .isZero();

        world.clock.advance(BATCH_OF_TWO.lease());
        join(deliver.deliver());

        assertThat(world.notifier.sent())
                .extracting(sent -> sent.recipient().id())
                .containsExactly(1L, 2L, 4L, 5L);
        assertThat(world.broadcasts.recipients(id)).containsEntry(3L, "FAILED");
        assertThat(world.reporter.finished()).containsExactly(new BroadcastProgress(id, 5, 4, 0, 1));
    }

    @Test
    void whileTheStarterHoldsIt_theJobLeavesTheBroadcastAlone() {
        world.subscriber(1, VipDuration.ofDays(1));
        join(world.broadcasts.create(
                ADMIN, "hi", world.clock.instant(), Lease.fresh(world.clock.instant(), Duration.ofSeconds(30))));

        join(deliver.deliver());
        assertThat(world.notifier.sent()).isEmpty();

        world.clock.advance(Duration.ofSeconds(30));
        join(deliver.deliver());
        assertThat(world.notifier.sent()).hasSize(1);
    }
}
