package io.vipgate.application.gate;

import io.vipgate.application.gate.port.in.SweepVipChannelUseCase;
import io.vipgate.application.gate.port.out.ChannelMembers;
import io.vipgate.application.gate.port.out.GateObserver;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.application.jobs.AsyncLoop;
import io.vipgate.application.jobs.JobTally;
import io.vipgate.application.jobs.LeasedBatches;
import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.user.BotUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Asks Telegram ({@code getChatMember}, one call at a time and paced by the client like a send) about up to
 * {@code batchSize} users believed inside without the right, each at most once per {@code recheck}, and turns away
 * those still there. A failed question leaves the user for the next run.
 */
public final class SweepVipChannelService implements SweepVipChannelUseCase {

    private final ChannelMembers members;
    private final VipChannel channel;
    private final UserRepository users;
    private final TurnAway turnAway;
    private final int batchSize;
    private final Duration recheck;
    private final Clock clock;

    public SweepVipChannelService(
            ChannelMembers members,
            VipChannel channel,
            UserRepository users,
            VipRemovals removals,
            Notifier notifier,
            GateObserver observer,
            int batchSize,
            Duration recheck,
            Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the sweep's batch size is at least 1");
        }
        this.members = members;
        this.channel = channel;
        this.users = users;
        this.turnAway = new TurnAway(removals, members, notifier, observer, clock);
        this.batchSize = batchSize;
        this.recheck = recheck;
        this.clock = clock;
    }

    @Override
    public CompletionStage<JobRun> sweep() {
        Instant now = clock.instant();
        JobTally tally = new JobTally();
        return members.insideWithoutRight(now, now.minus(recheck), batchSize)
                .thenCompose(suspects -> AsyncLoop.forEach(suspects, userId -> one(userId, tally)))
                .thenApply(ignored -> tally.run());
    }

    private CompletionStage<Void> one(long userId, JobTally tally) {
        return LeasedBatches.attempt(() -> channel.memberStatus(userId)
                        .thenCompose(status -> members.checked(userId, clock.instant())
                                .thenCompose(checked -> members.seen(userId, status, clock.instant()))
                                .thenCompose(seen -> status.participant()
                                        ? turnAwayKnown(userId)
                                        : CompletableFuture.<Void>completedFuture(null))))
                .handle((done, failure) -> {
                    if (failure == null) {
                        tally.done();
                    } else {
                        tally.failed(userId, JobTally.describe(failure));
                    }
                    return null;
                });
    }

    private CompletionStage<Void> turnAwayKnown(long userId) {
        return users.find(userId)
                .thenCompose(found ->
                        turnAway.apply(found.orElseGet(() -> BotUser.seen(userId, "", null, null, null)), "sweep"))
                .thenAccept(check -> {});
    }
}
