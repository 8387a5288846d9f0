package io.vipgate.persistence.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.gate.port.out.Removal;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.application.jobs.ExpireDueSubscriptionsService;
import io.vipgate.application.jobs.JobSettings;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.domain.gate.MemberStatus;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.InviteLink;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.persistence.gate.GateParts;
import io.vipgate.persistence.gate.PostgresInviteLinksAdapter;
import io.vipgate.persistence.subscription.PostgresSubscriptionLedgerAdapter;
import io.vipgate.persistence.subscription.PostgresSubscriptionRepositoryAdapter;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A renewal committed in PostgreSQL while the expiry job is removing the user: before the ban (a 429 pause) it stops
 * the ban; at the very moment of the ban it survives the expiry, and the user is let back in with a fresh link.
 */
@QuarkusTest
class RemovalRaceTest {

    private final Instant t0 = FarTimes.past();
    private final Clock clock = Clock.fixed(t0.plus(Duration.ofDays(1)), ZoneOffset.UTC);

    @Inject
    PostgresDueSubscriptionsAdapter due;

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresSubscriptionRepositoryAdapter subscriptions;

    @Inject
    PostgresInviteLinksAdapter links;

    @Inject
    PostgresUserRepositoryAdapter users;

    /** Other job tests' rows may be due at the same moment: every notice is kept with its recipient. */
    private final Collection<java.util.Map.Entry<Long, Notice>> told = new ConcurrentLinkedQueue<>();

    private final Notifier notifier = (user, notice) -> {
        told.add(java.util.Map.entry(user.id(), notice));
        return CompletableFuture.completedFuture(Delivery.SENT);
    };

    private void renew(long userId) {
        Await.result(ledger.extend(userId, VipDuration.ofDays(30), 1L, clock.instant(), ReminderSchedule.DEFAULT));
    }

    private void expireWith(VipChannel channel) {
        Await.result(new ExpireDueSubscriptionsService(
                        due,
                        ledger,
                        GateParts.removals(channel, subscriptions, links, users, notifier, clock),
                        notifier,
                        new JobSettings(50, Duration.ofMinutes(5), Duration.ofMinutes(1)),
                        clock)
                .expireDue());
    }

    private long dueSubscriber() {
        long user = TestIds.user();
        Await.result(ledger.extend(user, VipDuration.ofDays(1), 1L, t0, ReminderSchedule.DEFAULT));
        return user;
    }

    @Test
    void aRenewalCommittedAtTheMomentOfTheBan_keepsTheUser_andTheyGetAFreshLink() {
        long user = dueSubscriber();
        Collection<Long> removals = new ConcurrentLinkedQueue<>();
        Collection<Long> minted = new ConcurrentLinkedQueue<>();
        LongConsumer renewAtBan = userId -> {
            if (userId == user) {
                renew(userId);
            }
        };

        expireWith(new RemovalsOnlyChannel(removals, minted, renewAtBan));

        assertThat(Await.result(subscriptions.find(user)))
                .get()
                .satisfies(s -> assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE));
        assertThat(Await.result(subscriptions.history(user)))
                .extracting(change -> change.kind())
                .containsExactly(ChangeKind.EXTENDED, ChangeKind.EXTENDED);
        assertThat(minted).containsOnlyOnce(user);
        assertThat(toldTo(user)).singleElement().isInstanceOf(Notice.Readmitted.class);
    }

    @Test
    void aRenewalCommittedBeforeTheBanGoesOut_removesNobody() {
        long user = dueSubscriber();
        Collection<Long> removals = new ConcurrentLinkedQueue<>();
        VipChannel renewingFirst = new Delegate(new RemovalsOnlyChannel(removals), userId -> {
            if (userId == user) {
                renew(userId);
            }
        });

        expireWith(renewingFirst);

        assertThat(removals).doesNotContain(user);
        assertThat(Await.result(subscriptions.find(user)))
                .get()
                .satisfies(s -> assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE));
        assertThat(toldTo(user)).isEmpty();
    }

    private java.util.List<Notice> toldTo(long user) {
        return told.stream()
                .filter(entry -> entry.getKey() == user)
                .map(java.util.Map.Entry::getValue)
                .toList();
    }

    /** Runs {@code beforeDecision} before the removal asks for the committed state, as a 429 pause would let it. */
    private record Delegate(VipChannel channel, LongConsumer beforeDecision) implements VipChannel {

        @Override
        public CompletionStage<InviteLink> createInviteLink(long userId, String name, Instant expiresAt) {
            return channel.createInviteLink(userId, name, expiresAt);
        }

        @Override
        public CompletionStage<Void> revokeInviteLink(String url) {
            return channel.revokeInviteLink(url);
        }

        @Override
        public CompletionStage<JoinDecision> decideJoinRequest(long userId, boolean approve) {
            return channel.decideJoinRequest(userId, approve);
        }

        @Override
        public CompletionStage<Removal> remove(long userId, Supplier<CompletionStage<Boolean>> stillWanted) {
            // Off the event loop: the hook blocks on a commit of its own.
            return CompletableFuture.runAsync(() -> beforeDecision.accept(userId))
                    .thenCompose(ran -> channel.remove(userId, stillWanted));
        }

        @Override
        public CompletionStage<MemberStatus> memberStatus(long userId) {
            return channel.memberStatus(userId);
        }
    }
}
