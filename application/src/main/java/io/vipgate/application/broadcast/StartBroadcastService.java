package io.vipgate.application.broadcast;

import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase;
import io.vipgate.application.broadcast.port.out.BroadcastJob;
import io.vipgate.application.broadcast.port.out.BroadcastProgress;
import io.vipgate.application.broadcast.port.out.BroadcastReporter;
import io.vipgate.application.broadcast.port.out.BroadcastStore;
import io.vipgate.application.jobs.JobSettings;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.user.KnownUsers;
import io.vipgate.application.user.port.out.UserRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Saves an admin's broadcast with its recipients and posts the admin's progress message; the broadcast job sends
 * it. The broadcast is held back until the progress message is known, so that every edit goes to that one message.
 */
public final class StartBroadcastService implements StartBroadcastUseCase {

    private final BroadcastStore store;
    private final UserRepository users;
    private final BroadcastReporter reporter;
    private final JobSettings job;
    private final Clock clock;

    public StartBroadcastService(
            BroadcastStore store, UserRepository users, BroadcastReporter reporter, JobSettings job, Clock clock) {
        this.store = store;
        this.users = users;
        this.reporter = reporter;
        this.job = job;
        this.clock = clock;
    }

    @Override
    public CompletionStage<BroadcastStart> start(long adminId, String text) {
        String message = text == null ? "" : text.strip();
        if (message.isEmpty() || message.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("a broadcast is 1 to " + MAX_TEXT_LENGTH + " characters");
        }
        Lease hold = Lease.fresh(clock.instant(), job.lease());
        return store.create(adminId, message, clock.instant(), hold)
                .thenCompose(saved -> saved.isEmpty()
                        ? CompletableFuture.completedFuture(new BroadcastStart.NoRecipients())
                        : open(saved.get(), hold));
    }

    /** A progress message that cannot be posted costs the edits, not the broadcast. */
    private CompletionStage<BroadcastStart> open(BroadcastJob saved, Lease hold) {
        BroadcastProgress nothingYet = new BroadcastProgress(saved.id(), saved.total(), 0, 0, 0);
        return KnownUsers.find(users, saved.adminId())
                .thenCompose(admin -> reporter.open(admin, nothingYet))
                .exceptionally(failure -> Optional.empty())
                .thenCompose(messageId -> store.ready(saved.id(), messageId, hold))
                // Saved all the same: once the hold runs out the job sends it, so the admin must not send it again.
                .exceptionally(failure -> null)
                .thenApply(ready -> new BroadcastStart.Started(saved.id(), saved.total()));
    }
}
