package io.vipgate.persistence.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.broadcast.port.out.BroadcastJob;
import io.vipgate.application.broadcast.port.out.BroadcastProgress;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.user.BotUser;
import io.vipgate.persistence.Sql;
import io.vipgate.persistence.subscription.PostgresSubscriptionLedgerAdapter;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Broadcasts: recipients fixed at once, each handed out once, a crashed send never repeated; real PostgreSQL. */
@QuarkusTest
class PostgresBroadcastAdapterTest {

    private static final long ADMIN = 1001L;
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final Instant t0 = FarTimes.broadcastFuture();
    private final List<Long> subscribers = new ArrayList<>();
    private final List<Long> broadcasts = new ArrayList<>();

    @Inject
    PostgresBroadcastAdapter store;

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresUserRepositoryAdapter users;

    @Inject
    DataSource database;

    /** Ends this test's subscriptions and broadcasts, so that no later broadcast test finds them. */
    @AfterEach
    void cleanUp() {
        subscribers.forEach(user -> Sql.update(
                database,
                "UPDATE subscription SET status = 'EXPIRED', next_reminder_at = NULL WHERE user_id = ?",
                user));
        broadcasts.forEach(id -> Sql.update(database, "UPDATE broadcast SET status = 'DONE' WHERE id = ?", id));
    }

    private BroadcastJob saved(Lease hold) {
        BroadcastJob saved = Await.result(store.create(ADMIN, "hola", t0, hold)).orElseThrow();
        broadcasts.add(saved.id());
        return saved;
    }

    private long subscriber(boolean reachable) {
        long user = TestIds.user();
        Await.result(users.upsert(BotUser.seen(user, "Cy", null, null, "en")));
        if (!reachable) {
            Await.result(users.markUnreachable(user));
        }
        Await.result(ledger.extend(user, VipDuration.ofDays(1), 1L, t0, ReminderSchedule.DEFAULT));
        subscribers.add(user);
        return user;
    }

    /** A saved broadcast, ready and then claimed by a runner under {@code lease}. */
    private BroadcastJob claimed(Lease lease) {
        Lease hold = Lease.fresh(t0, LEASE);
        BroadcastJob saved = saved(hold);
        Await.result(store.ready(saved.id(), Optional.of(77L), hold));
        Optional<BroadcastJob> next;
        do {
            // an older broadcast left open by an interrupted run may come first; it stays held, out of the way
            next = Await.result(store.claimOpen(t0, lease));
        } while (next.isPresent() && next.get().id() != saved.id());
        return next.orElseThrow();
    }

    private List<Long> drain(BroadcastJob broadcast, Lease lease) {
        List<Long> handed = new ArrayList<>();
        Optional<BotUser> next;
        while ((next = Await.result(store.nextRecipient(broadcast.id(), lease))).isPresent()) {
            handed.add(next.get().id());
        }
        return handed;
    }

    @Test
    void saving_fixesTheReachableActiveSubscribers_andHoldsItUntilReady() {
        long reachable = subscriber(true);
        long blocked = subscriber(false);
        Lease hold = Lease.fresh(t0, LEASE);

        BroadcastJob saved = saved(hold);
        long listed = Sql.one(
                database, Long.class, "SELECT count(*) FROM broadcast_recipient WHERE broadcast_id = ?", saved.id());

        assertThat(saved.total()).isEqualTo((int) listed).isPositive();
        assertThat(Sql.one(
                        database,
                        String.class,
                        "SELECT status FROM broadcast_recipient WHERE broadcast_id = ?" + " AND user_id = ?",
                        saved.id(),
                        reachable))
                .isEqualTo("PENDING");
        assertThat(Sql.one(
                        database,
                        String.class,
                        "SELECT status FROM broadcast_recipient WHERE broadcast_id = ?" + " AND user_id = ?",
                        saved.id(),
                        blocked))
                .isNull();
        assertThat(Sql.one(database, String.class, "SELECT claimed_by FROM broadcast WHERE id = ?", saved.id()))
                .isEqualTo(hold.owner());
        Await.result(store.ready(saved.id(), Optional.of(42L), hold));
        assertThat(Sql.one(database, Long.class, "SELECT progress_message_id FROM broadcast WHERE id = ?", saved.id()))
                .isEqualTo(42L);
        assertThat(Sql.one(database, String.class, "SELECT claimed_by FROM broadcast WHERE id = ?", saved.id()))
                .isNull();
    }

    @Test
    void nobodyActive_savesNothing() {
        Instant noOneLeft = Instant.parse("+290000-01-01T00:00:00Z");

        assertThat(Await.result(store.create(ADMIN, "hola", noOneLeft, Lease.fresh(noOneLeft, LEASE))))
                .isEmpty();
    }

    @Test
    void eachRecipient_isHandedOutOnce_onlyToTheHolder_andTheTallyCloses() {
        long first = subscriber(true);
        long second = subscriber(true);
        Lease lease = Lease.fresh(t0, LEASE);
        BroadcastJob broadcast = claimed(lease);
        assertThat(broadcast.progressMessageId()).contains(77L);

        assertThat(Await.result(store.nextRecipient(broadcast.id(), Lease.fresh(t0, LEASE))))
                .as("not held")
                .isEmpty();
        List<Long> handed = drain(broadcast, lease);
        assertThat(handed).contains(first, second).doesNotHaveDuplicates().hasSize(broadcast.total());
        assertThat(Await.result(store.close(broadcast.id(), lease, t0)))
                .as("sends in flight")
                .isEmpty();

        handed.forEach(user -> Await.result(
                store.recordDelivery(broadcast.id(), user, user == first ? Delivery.BLOCKED : Delivery.SENT)));
        assertThat(Await.result(store.progress(broadcast.id())))
                .isEqualTo(new BroadcastProgress(broadcast.id(), handed.size(), handed.size() - 1, 1, 0));
        assertThat(Await.result(store.close(broadcast.id(), Lease.fresh(t0, LEASE), t0)))
                .as("not the holder")
                .isEmpty();
        assertThat(Await.result(store.close(broadcast.id(), lease, t0)))
                .contains(new BroadcastProgress(broadcast.id(), handed.size(), handed.size() - 1, 1, 0));
        assertThat(Await.result(store.close(broadcast.id(), lease, t0)))
                .as("closed once")
                .isEmpty();
    }

    @Test
    void aRunnerThatDiedMidSend_isTakenOver_andItsRecipientIsNeverSentAgain() {
        subscriber(true);
        subscriber(true);
        Lease dead = Lease.fresh(t0, LEASE);
        BroadcastJob broadcast = claimed(dead);
        long inFlight = Await.result(store.nextRecipient(broadcast.id(), dead))
                .orElseThrow()
                .id();

        Instant later = t0.plus(LEASE);
        Lease next = Lease.fresh(later, LEASE);
        Optional<BroadcastJob> takenOver;
        do {
            takenOver = Await.result(store.claimOpen(later, next));
        } while (takenOver.isPresent() && takenOver.get().id() != broadcast.id());
        assertThat(takenOver).isPresent();
        assertThat(Await.result(store.renew(broadcast.id(), dead)))
                .as("the dead runner lost it")
                .isFalse();

        List<Long> rest = drain(broadcast, next);
        rest.forEach(user -> Await.result(store.recordDelivery(broadcast.id(), user, Delivery.SENT)));

        assertThat(rest).doesNotContain(inFlight).hasSize(broadcast.total() - 1);
        assertThat(Await.result(store.close(broadcast.id(), next, later)))
                .contains(new BroadcastProgress(broadcast.id(), broadcast.total(), broadcast.total() - 1, 0, 1));
    }
}
