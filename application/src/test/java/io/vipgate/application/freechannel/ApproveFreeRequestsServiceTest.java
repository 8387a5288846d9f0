package io.vipgate.application.freechannel;

import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.JobWorld;
import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.freechannel.JoinRequestStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The free-channel job: approves after the wait and not before; settled counts as done; failures wait and retry. */
class ApproveFreeRequestsServiceTest {

    private static final long FREE = -100200L;

    private final JobWorld world = new JobWorld();
    private final ApproveFreeRequestsService service = new ApproveFreeRequestsService(
            world.dueRequests, world.settings, world.freeChannel, world.notifier, JobWorld.SETTINGS, world.clock);

    private void requested(long userId, boolean reachable) {
        world.user(userId, reachable);
        world.requests.put(JoinRequest.pending(userId, FREE, userId, world.clock.instant()));
    }

    private JoinRequestStatus status(long userId) {
        return world.requests.get(userId).orElseThrow().status();
    }

    @Test
    void aRequest_isApprovedOnceTheWaitIsOver_andNotBefore() {
        requested(1, true);
        world.clock.advance(FreeChannelWait.DEFAULT.value().minusSeconds(1));
        assertThat(join(service.approveDue()).done()).isZero();
        assertThat(world.freeChannel.approvals()).isEmpty();

        world.clock.advance(Duration.ofSeconds(1));
        assertThat(join(service.approveDue()).done()).isEqualTo(1);

        assertThat(world.freeChannel.approvals()).containsExactly(1L);
        assertThat(status(1)).isEqualTo(JoinRequestStatus.APPROVED);
        assertThat(world.notifier.sentTo(1)).containsExactly(new Notice.FreeRequestApproved());
        join(service.approveDue());
        assertThat(world.freeChannel.approvals()).as("once").containsExactly(1L);
    }

    @Test
    void aWaitOfZero_approvesAtOnce_andANewWaitCountsFromTheNextRun() {
        requested(1, true);
        join(service.approveDue());
        assertThat(world.freeChannel.approvals()).isEmpty();

        join(world.settings.setFreeChannelWait(FreeChannelWait.ofMinutes(0), 99));

        assertThat(join(service.approveDue()).done()).isEqualTo(1);
    }

    @Test
    void aRequestTelegramAlreadySettled_countsAsDone_withoutAMessage() {
        requested(1, true);
        world.freeChannel.answer(1, JoinDecision.ALREADY_SETTLED);
        world.clock.advance(FreeChannelWait.DEFAULT.value());

        assertThat(join(service.approveDue()).done()).isEqualTo(1);

        assertThat(status(1)).isEqualTo(JoinRequestStatus.APPROVED);
        assertThat(world.notifier.sent()).isEmpty();
    }

    @Test
    void aFailedApproval_doesNotStopTheOthers_andIsRetriedAfterTheDelay() {
        requested(1, true);
        requested(2, true);
        world.freeChannel.answer(1, JoinDecision.FAILED);
        world.clock.advance(FreeChannelWait.DEFAULT.value());

        JobRun run = join(service.approveDue());

        assertThat(run.done()).isEqualTo(1);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(status(1)).isEqualTo(JoinRequestStatus.PENDING);
        assertThat(status(2)).isEqualTo(JoinRequestStatus.APPROVED);

        world.freeChannel.answer(1, JoinDecision.DONE);
        join(service.approveDue());
        assertThat(status(1)).as("before the retry delay").isEqualTo(JoinRequestStatus.PENDING);
        world.clock.advance(JobWorld.SETTINGS.retryDelay());
        join(service.approveDue());
        assertThat(status(1)).isEqualTo(JoinRequestStatus.APPROVED);
        assertThat(world.freeChannel.approvals()).containsExactly(1L, 2L, 1L);
    }

    @Test
    void anUnreachableUser_isApproved_withoutAMessage() {
        requested(1, false);
        world.clock.advance(FreeChannelWait.DEFAULT.value());

        join(service.approveDue());

        assertThat(status(1)).isEqualTo(JoinRequestStatus.APPROVED);
        assertThat(world.notifier.sent()).isEmpty();
    }

    @Test
    void aBrokenNotifier_doesNotUndoTheApproval() {
        requested(1, true);
        world.notifier.breakPromise();
        world.clock.advance(FreeChannelWait.DEFAULT.value());

        assertThat(join(service.approveDue()).done()).isEqualTo(1);
        assertThat(status(1)).isEqualTo(JoinRequestStatus.APPROVED);
    }
}
