package io.vipgate.application.fakes;

import io.vipgate.application.freechannel.port.out.DueJoinRequest;
import io.vipgate.application.freechannel.port.out.DueJoinRequests;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.freechannel.JoinRequestStatus;
import io.vipgate.domain.user.BotUser;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Claims over the in-memory join requests, as the SQL does: approvable, unheld, oldest first. */
public final class InMemoryDueJoinRequests implements DueJoinRequests {

    private final InMemoryJoinRequestRepository requests;
    private final InMemoryUserRepository users;

    public InMemoryDueJoinRequests(InMemoryJoinRequestRepository requests, InMemoryUserRepository users) {
        this.requests = requests;
        this.users = users;
    }

    @Override
    public synchronized CompletionStage<List<DueJoinRequest>> claimApprovable(
            Instant now, FreeChannelWait wait, int limit, Lease lease) {
        List<DueJoinRequest> claimed = requests.all().stream()
                .filter(request -> request.isApprovable(now, wait))
                .filter(request -> requests.lease(request.userId())
                        .map(held -> !held.until().isAfter(now))
                        .orElse(true))
                .sorted(Comparator.comparing(JoinRequest::requestedAt).thenComparing(JoinRequest::userId))
                .limit(limit)
                .map(request -> new DueJoinRequest(
                        request,
                        users.get(request.userId())
                                .orElseGet(() -> BotUser.seen(request.userId(), "", null, null, null))))
                .toList();
        claimed.forEach(row -> requests.hold(row.userId(), lease));
        return CompletableFuture.completedFuture(claimed);
    }

    @Override
    public synchronized CompletionStage<Boolean> settle(JoinRequest settled, Lease lease) {
        boolean held = heldBy(settled.userId(), lease)
                && requests.get(settled.userId())
                        .filter(stored -> stored.status() == JoinRequestStatus.PENDING)
                        .isPresent();
        if (held) {
            requests.put(settled);
            requests.clearLease(settled.userId());
        }
        return CompletableFuture.completedFuture(held);
    }

    @Override
    public synchronized CompletionStage<Void> release(long userId, Lease lease, Instant retryAt) {
        if (heldBy(userId, lease)) {
            requests.hold(userId, new Lease(lease.owner(), retryAt));
        }
        return CompletableFuture.completedFuture(null);
    }

    private boolean heldBy(long userId, Lease lease) {
        return requests.lease(userId)
                .map(held -> held.owner().equals(lease.owner()))
                .orElse(false);
    }
}
