package io.vipgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.broadcast.port.out.BroadcastJob;
import io.vipgate.application.broadcast.port.out.BroadcastProgress;
import io.vipgate.application.broadcast.port.out.BroadcastStore;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.user.BotUser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BroadcastStore} does, held against the in-memory fake and the PostgreSQL adapter alike:
 * recipients fixed when it is saved, each handed out once and only to the holder, a send interrupted by a crash never
 * repeated. A broadcast goes to everyone active, so the tests live in a random moment of the far future and end
 * their subscriptions after; they count on the recipients they made, and on the total for everyone.
 */
public abstract class BroadcastStoreContract {

    private static final long ADMIN = 1001L;
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final Instant t0 = FarTimes.contractFuture();
    private final List<Long> subscribers = new ArrayList<>();

    protected abstract BroadcastStore store();

    protected abstract SubscriptionLedger ledger();

    protected abstract UserRepository users();

    /** Ends this test's subscriptions, so that no later broadcast finds them. */
    @AfterEach
    void endThisTestsSubscriptions() {
        subscribers.forEach(user -> Await.result(ledger().revoke(user, ADMIN, t0)));
    }

    private long subscriber(boolean reachable) {
        long user = TestIds.user();
        Await.result(users().upsert(BotUser.seen(user, "Cy", null, "cy", "en")));
        if (!reachable) {
            Await.result(users().markUnreachable(user));
        }
        Await.result(
                ledger().extend(user, VipDuration.ofDays(1), ADMIN, t0.minusSeconds(60), ReminderSchedule.DEFAULT));
        subscribers.add(user);
        return user;
    }

    private BroadcastJob saved(Lease hold) {
        return Await.result(store().create(ADMIN, "hola", t0, hold)).orElseThrow();
    }

    /** Claims open broadcasts until {@code broadcastId} comes; older ones left open stay held, out of the way. */
    private Optional<BroadcastJob> claim(long broadcastId, Instant now, Lease lease) {
        Optional<BroadcastJob> next;
        do {
            next = Await.result(store().claimOpen(now, lease));
        } while (next.isPresent() && next.get().id() != broadcastId);
        return next;
    }

    /** A saved broadcast, made ready, then claimed by a runner under {@code lease}. */
    private BroadcastJob claimed(Lease lease) {
        Lease hold = Lease.fresh(t0, LEASE);
        BroadcastJob saved = saved(hold);
        Await.result(store().ready(saved.id(), Optional.of(77L), hold));
        return claim(saved.id(), t0, lease).orElseThrow();
    }

    private List<BotUser> drain(BroadcastJob broadcast, Lease lease) {
        List<BotUser> handed = new ArrayList<>();
        Optional<BotUser> next;
        while ((next = Await.result(store().nextRecipient(broadcast.id(), lease))).isPresent()) {
            handed.add(next.get());
        }
        return handed;
    }

    private static List<Long> ids(List<BotUser> users) {
        return users.stream().map(BotUser::id).toList();
    }

    @Test
    void saving_fixesTheReachableActiveSubscribers_atOnce() {
        long reachable = subscriber(true);
        long blocked = subscriber(false);
        long revoked = subscriber(true);
        Await.result(ledger().revoke(revoked, ADMIN, t0.minusSeconds(1)));

        Lease hold = Lease.fresh(t0, LEASE);
        BroadcastJob saved = saved(hold);
        long late = subscriber(true);
        Await.result(store().ready(saved.id(), Optional.empty(), hold));
        Lease lease = Lease.fresh(t0, LEASE);
        BroadcastJob claimed = claim(saved.id(), t0, lease).orElseThrow();
        List<BotUser> handed = drain(claimed, lease);

        assertThat(saved.adminId()).isEqualTo(ADMIN);
        assertThat(saved.text()).isEqualTo("hola");
        assertThat(saved.progressMessageId()).isEmpty();
        assertThat(handed).hasSize(saved.total()).contains(BotUser.seen(reachable, "Cy", null, "cy", "en"));
        assertThat(ids(handed)).doesNotContain(blocked, revoked, late).doesNotHaveDuplicates();
    }

    @Test
    void nobodyActive_savesNothing() {
        Instant noOneLeft = Instant.parse("+290000-01-01T00:00:00Z");

        assertThat(Await.result(store().create(ADMIN, "hola", noOneLeft, Lease.fresh(noOneLeft, LEASE))))
                .isEmpty();
    }

    @Test
    void aSavedBroadcast_isHeldUntilReady_thenClaimable_withItsProgressMessage() {
        subscriber(true);
        Lease hold = Lease.fresh(t0, LEASE);
        BroadcastJob saved = saved(hold);

        assertThat(claim(saved.id(), t0, Lease.fresh(t0, LEASE)))
                .as("held until ready")
                .isEmpty();
        Await.result(store().ready(saved.id(), Optional.of(42L), Lease.fresh(t0, LEASE)));
        assertThat(claim(saved.id(), t0, Lease.fresh(t0, LEASE)))
                .as("made ready by someone not holding it")
                .isEmpty();

        Await.result(store().ready(saved.id(), Optional.of(42L), hold));

        assertThat(claim(saved.id(), t0, Lease.fresh(t0, LEASE)))
                .contains(new BroadcastJob(saved.id(), ADMIN, "hola", saved.total(), Optional.of(42L)));
    }

    @Test
    void aBroadcastNeverMadeReady_isClaimableOnceItsHoldRunsOut() {
        subscriber(true);
        Lease hold = Lease.fresh(t0, LEASE);
        BroadcastJob saved = saved(hold);

        assertThat(claim(saved.id(), hold.until().minusSeconds(1), Lease.fresh(t0, LEASE)))
                .isEmpty();
        assertThat(claim(saved.id(), hold.until(), Lease.fresh(hold.until(), LEASE)))
                .hasValueSatisfying(job -> assertThat(job.progressMessageId()).isEmpty());
    }

    @Test
    void aClaimedBroadcast_isNotClaimedAgain_whileItsLeaseLivesOrIsRenewed() {
        subscriber(true);
        Lease lease = Lease.fresh(t0, LEASE);
        BroadcastJob broadcast = claimed(lease);

        assertThat(claim(broadcast.id(), t0, Lease.fresh(t0, LEASE))).isEmpty();
        Lease renewed = lease.renewed(t0.plusSeconds(20), LEASE);
        assertThat(Await.result(store().renew(broadcast.id(), renewed))).isTrue();
        assertThat(claim(broadcast.id(), lease.until(), Lease.fresh(lease.until(), LEASE)))
                .as("renewed past the first lease")
                .isEmpty();
        assertThat(Await.result(store().renew(broadcast.id(), Lease.fresh(t0, LEASE))))
                .as("renewed by a stranger")
                .isFalse();
    }

    @Test
    void eachRecipient_isHandedOutOnce_onlyToTheHolder_andTheTallyCloses() {
        long first = subscriber(true);
        long second = subscriber(true);
        Lease lease = Lease.fresh(t0, LEASE);
        BroadcastJob broadcast = claimed(lease);
        assertThat(broadcast.progressMessageId()).contains(77L);

        assertThat(Await.result(store().nextRecipient(broadcast.id(), Lease.fresh(t0, LEASE))))
                .as("not held")
                .isEmpty();
        List<Long> handed = ids(drain(broadcast, lease));
        assertThat(handed).contains(first, second).doesNotHaveDuplicates().hasSize(broadcast.total());
        assertThat(Await.result(store().close(broadcast.id(), lease, t0)))
                .as("sends in flight")
                .isEmpty();

        handed.forEach(user -> Await.result(
                store().recordDelivery(broadcast.id(), user, user == first ? Delivery.BLOCKED : Delivery.SENT)));
        BroadcastProgress tally = new BroadcastProgress(broadcast.id(), handed.size(), handed.size() - 1, 1, 0);
        assertThat(Await.result(store().progress(broadcast.id()))).isEqualTo(tally);
        assertThat(Await.result(store().close(broadcast.id(), Lease.fresh(t0, LEASE), t0)))
                .as("not the holder")
                .isEmpty();
        assertThat(Await.result(store().close(broadcast.id(), lease, t0))).contains(tally);
        assertThat(Await.result(store().close(broadcast.id(), lease, t0)))
                .as("closed once")
                .isEmpty();
        assertThat(Await.result(store().renew(broadcast.id(), lease)))
                .as("a closed broadcast is nobody's")
                .isFalse();
        assertThat(claim(broadcast.id(), t0.plus(LEASE), Lease.fresh(t0.plus(LEASE), LEASE)))
                .as("a closed broadcast is never claimed again")
                .isEmpty();
    }

    @Test
    void aRunnerThatDiedMidSend_isTakenOver_andItsRecipientIsNeverSentAgain() {
        subscriber(true);
        subscriber(true);
        Lease dead = Lease.fresh(t0, LEASE);
        BroadcastJob broadcast = claimed(dead);
        long inFlight = Await.result(store().nextRecipient(broadcast.id(), dead))
                .orElseThrow()
                .id();

        Instant later = dead.until();
        Lease next = Lease.fresh(later, LEASE);
        assertThat(claim(broadcast.id(), later, next)).isPresent();
        assertThat(Await.result(store().renew(broadcast.id(), dead)))
                .as("the dead runner lost it")
                .isFalse();
        assertThat(Await.result(store().nextRecipient(broadcast.id(), dead)))
                .as("nor may it go on sending")
                .isEmpty();

        List<Long> rest = ids(drain(broadcast, next));
        rest.forEach(user -> Await.result(store().recordDelivery(broadcast.id(), user, Delivery.SENT)));

        assertThat(rest).doesNotContain(inFlight).hasSize(broadcast.total() - 1);
        assertThat(Await.result(store().close(broadcast.id(), next, later)))
                .contains(new BroadcastProgress(broadcast.id(), broadcast.total(), broadcast.total() - 1, 0, 1));
    }
}
