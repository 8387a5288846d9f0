package io.vipgate.application.freechannel;

import io.vipgate.application.freechannel.port.in.ApproveFreeRequestsUseCase;
import io.vipgate.application.freechannel.port.out.DueJoinRequest;
import io.vipgate.application.freechannel.port.out.DueJoinRequests;
import io.vipgate.application.freechannel.port.out.FreeChannel;
import io.vipgate.application.freechannel.port.out.SettingsRepository;
import io.vipgate.application.jobs.JobSettings;
import io.vipgate.application.jobs.LeasedBatches;
import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.domain.freechannel.FreeChannelWait;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Approves free-channel join requests whose wait is over. A request Telegram already settled (the user is inside,
 * or the request is gone) counts as done. The user is told after the commit, as a courtesy: Telegram lets the bot
 * write to someone who never started it only for a while after their request, so this message may not arrive.
 */
public final class ApproveFreeRequestsService implements ApproveFreeRequestsUseCase {

    private final DueJoinRequests due;
    private final SettingsRepository settings;
    private final FreeChannel channel;
    private final Notifier notifier;
    private final JobSettings job;
    private final Clock clock;

    public ApproveFreeRequestsService(
            DueJoinRequests due,
            SettingsRepository settings,
            FreeChannel channel,
            Notifier notifier,
            JobSettings job,
            Clock clock) {
        this.due = due;
        this.settings = settings;
        this.channel = channel;
        this.notifier = notifier;
        this.job = job;
        this.clock = clock;
    }

    /** Reads the wait once per run, so that {@code /setwait} takes effect on the next run. */
    @Override
    public CompletionStage<JobRun> approveDue() {
        return settings.freeChannelWait()
                .thenCompose(wait -> new LeasedBatches<>(new Approvals(wait), job, clock).run());
    }

    private CompletionStage<Void> approve(DueJoinRequest row, Lease lease) {
        return channel.approve(row.userId()).thenCompose(decision -> switch (decision) {
            case DONE -> due.settle(row.request().approved(), lease).thenCompose(settled -> tell(row, settled));
            case ALREADY_SETTLED -> due.settle(row.request().approved(), lease).thenAccept(settled -> {});
            case FAILED -> CompletableFuture.failedFuture(new LeasedBatches.RetryLater("Telegram did not approve"));
        });
    }

    private CompletionStage<Void> tell(DueJoinRequest row, boolean settled) {
        if (!settled || !row.user().reachable()) {
            return CompletableFuture.completedFuture(null);
        }
        return LeasedBatches.attempt(() -> notifier.send(row.user(), new Notice.FreeRequestApproved()))
                .exceptionally(failure -> Delivery.FAILED)
                .thenAccept(delivery -> {});
    }

    /** The rows of this job, for one wait. */
    private final class Approvals implements LeasedBatches.Rows<DueJoinRequest> {

        private final FreeChannelWait wait;

        Approvals(FreeChannelWait wait) {
            this.wait = wait;
        }

        @Override
        public CompletionStage<List<DueJoinRequest>> claim(Instant now, int limit, Lease lease) {
            return due.claimApprovable(now, wait, limit, lease);
        }

        @Override
        public CompletionStage<Void> handle(DueJoinRequest row, Lease lease) {
            return approve(row, lease);
        }

        @Override
        public CompletionStage<Void> release(DueJoinRequest row, Lease lease, Instant retryAt) {
            return due.release(row.userId(), lease, retryAt);
        }

        @Override
        public long userId(DueJoinRequest row) {
            return row.userId();
        }
    }
}
