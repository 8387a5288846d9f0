package io.vipgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.freechannel.port.out.DueJoinRequest;
import io.vipgate.application.freechannel.port.out.DueJoinRequests;
import io.vipgate.application.freechannel.port.out.JoinRequestRepository;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.user.BotUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DueJoinRequests} claims and settles, held against the in-memory fake and the PostgreSQL adapter
 * alike. The tests live in a random moment of the far past, where only earlier job tests' requests are due, and look
 * for their own among what is claimed.
 */
public abstract class DueJoinRequestsContract {

    private static final long CHAT = -100_777L;
    private static final FreeChannelWait WAIT = FreeChannelWait.ofMinutes(5);
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final int ALL = 10_000;

    private final Instant t0 = FarTimes.past();

    protected abstract DueJoinRequests due();

    protected abstract JoinRequestRepository requests();

    protected abstract UserRepository users();

    private BotUser user() {
        BotUser user = BotUser.seen(TestIds.user(), "Eve", null, "eve", "en");
        Await.result(users().upsert(user));
        return user;
    }

    private JoinRequest requested(BotUser user, Instant at) {
        return Await.result(requests().record(JoinRequest.pending(user.id(), CHAT, user.id() + 1, at)));
    }

    private List<Long> claimed(Instant now, Lease lease) {
        return Await.result(due().claimApprovable(now, WAIT, ALL, lease)).stream()
                .map(DueJoinRequest::userId)
                .toList();
    }

    @Test
    void requestsWhoseWaitIsOver_areClaimedWithTheirUsers_oldestFirst() {
        BotUser older = user();
        BotUser newer = user();
        BotUser waiting = user();
        JoinRequest first = requested(older, t0);
        JoinRequest second = requested(newer, t0.plusSeconds(30));
        requested(waiting, t0.plusSeconds(61));
        Instant now = t0.plusSeconds(60).plus(WAIT.value());

        List<DueJoinRequest> claimed = Await.result(due().claimApprovable(now, WAIT, ALL, Lease.fresh(now, LEASE)));

        assertThat(claimed)
                .filteredOn(row -> row.userId() == older.id() || row.userId() == newer.id())
                .containsExactly(new DueJoinRequest(first, older), new DueJoinRequest(second, newer));
        assertThat(claimed).extracting(DueJoinRequest::userId).doesNotContain(waiting.id());
    }

    @Test
    void aRequest_isApprovableTheMomentItsWaitIsOver() {
        BotUser eve = user();
        requested(eve, t0);
        Instant approvable = t0.plus(WAIT.value());

        assertThat(claimed(approvable.minusSeconds(1), Lease.fresh(t0, LEASE))).doesNotContain(eve.id());
        assertThat(claimed(approvable, Lease.fresh(approvable, LEASE))).contains(eve.id());
    }

    @Test
    void aClaim_takesNoMoreThanItsLimit() {
        requested(user(), t0);
        requested(user(), t0);
        Instant now = t0.plus(WAIT.value());

        assertThat(Await.result(due().claimApprovable(now, WAIT, 1, Lease.fresh(now, LEASE))))
                .hasSize(1);
    }

    @Test
    void aClaimedRequest_isHeldUntilTheLeaseRunsOut() {
        BotUser eve = user();
        requested(eve, t0);
        Instant now = t0.plus(WAIT.value());
        Lease lease = Lease.fresh(now, LEASE);

        assertThat(claimed(now, lease)).contains(eve.id());
        assertThat(claimed(lease.until().minusSeconds(1), Lease.fresh(now, LEASE)))
                .doesNotContain(eve.id());
        assertThat(claimed(lease.until(), Lease.fresh(lease.until(), LEASE))).contains(eve.id());
    }

    @Test
    void settle_storesTheOutcome_underTheLeaseOnly_once() {
        BotUser eve = user();
        JoinRequest request = requested(eve, t0);
        Instant now = t0.plus(WAIT.value());
        Lease lease = Lease.fresh(now, LEASE);
        claimed(now, lease);

        assertThat(Await.result(due().settle(request.approved(), Lease.fresh(now, LEASE))))
                .as("a stranger's lease")
                .isFalse();
        assertThat(Await.result(requests().find(eve.id()))).contains(request);

        assertThat(Await.result(due().settle(request.approved(), lease))).isTrue();
        assertThat(Await.result(requests().find(eve.id()))).contains(request.approved());
        assertThat(Await.result(due().settle(request.dropped(), lease)))
                .as("settled already")
                .isFalse();
        assertThat(Await.result(requests().find(eve.id()))).contains(request.approved());
        Instant later = lease.until();
        assertThat(claimed(later, Lease.fresh(later, LEASE)))
                .as("settled requests are never due")
                .doesNotContain(eve.id());
    }

    @Test
    void aDroppedRequest_isStoredDropped() {
        BotUser eve = user();
        JoinRequest request = requested(eve, t0);
        Instant now = t0.plus(WAIT.value());
        Lease lease = Lease.fresh(now, LEASE);
        claimed(now, lease);

        assertThat(Await.result(due().settle(request.dropped(), lease))).isTrue();
        assertThat(Await.result(requests().find(eve.id()))).contains(request.dropped());
    }

    @Test
    void aReleasedRequest_isClaimableFromItsRetryTime_andOnlyItsHolderMayReleaseIt() {
        BotUser eve = user();
        requested(eve, t0);
        Instant now = t0.plus(WAIT.value());
        Lease lease = Lease.fresh(now, LEASE);
        claimed(now, lease);

        Await.result(due().release(eve.id(), Lease.fresh(now, LEASE), now));
        assertThat(claimed(now, Lease.fresh(now, LEASE)))
                .as("a stranger's release")
                .doesNotContain(eve.id());

        Await.result(due().release(eve.id(), lease, now.plusSeconds(60)));
        assertThat(claimed(now.plusSeconds(59), Lease.fresh(now, LEASE))).doesNotContain(eve.id());
        assertThat(claimed(now.plusSeconds(60), Lease.fresh(now, LEASE))).contains(eve.id());
    }
}
