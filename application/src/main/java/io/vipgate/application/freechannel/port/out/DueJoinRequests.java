package io.vipgate.application.freechannel.port.out;

import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Claims free-channel join requests whose wait is over, under a {@link Lease}, for the approval job. */
public interface DueJoinRequests {

    /** Up to {@code limit} pending requests with {@code requested_at + wait <= now}, oldest first, unheld. */
    CompletionStage<List<DueJoinRequest>> claimApprovable(Instant now, FreeChannelWait wait, int limit, Lease lease);

    /**
     * Stores the new status of a claimed request ({@link JoinRequest#approved()} or {@link JoinRequest#dropped()})
     * and ends the lease; false, changing nothing, when the request is no longer pending under this lease.
     */
    CompletionStage<Boolean> settle(JoinRequest settled, Lease lease);

    /** Gives a claimed request back, claimable again from {@code retryAt}; does nothing if {@code lease} lost it. */
    CompletionStage<Void> release(long userId, Lease lease, Instant retryAt);
}
