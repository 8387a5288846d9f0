package io.vipgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.jobs.port.out.DueSubscription;
import io.vipgate.application.jobs.port.out.DueSubscriptions;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.subscription.port.out.Ending;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.application.token.port.out.TokenRepository;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenSecret;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SubscriptionLedger} does, held against the in-memory fake and the PostgreSQL adapter alike: each
 * change with its history line, redemptions spending a use once, and the job's writes only under the job's lease.
 * Leases are taken as the jobs take them, through {@link DueSubscriptions}; the tests live in a random moment of the
 * far past, where only earlier job tests' rows are due.
 */
public abstract class SubscriptionLedgerContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ReminderSchedule REMINDERS = ReminderSchedule.DEFAULT;
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final long ADMIN = 1L;
    private static final int ALL = 10_000;

    private final Instant t0 = FarTimes.past();

    protected abstract SubscriptionLedger ledger();

    protected abstract SubscriptionRepository subscriptions();

    protected abstract TokenRepository tokens();

    protected abstract DueSubscriptions due();

    private InvitationToken token(int maxUses) {
        InvitationToken token = InvitationToken.mint(
                TokenSecret.generate(RANDOM), VipDuration.ofDays(30), maxUses, Duration.ofDays(7), ADMIN, t0);
        Await.result(tokens().add(token));
        return token;
    }

    private RedemptionOutcome redeem(InvitationToken token, long userId, Instant at) {
        return Await.result(ledger().redeem(token.hash(), userId, at, REMINDERS));
    }

    private Subscription extended(long userId, VipDuration duration, Instant at) {
        return Await.result(ledger().extend(userId, duration, ADMIN, at, REMINDERS));
    }

    private Optional<Subscription> stored(long userId) {
        return Await.result(subscriptions().find(userId));
    }

    private List<ChangeKind> kinds(long userId) {
        return Await.result(subscriptions().history(userId)).stream()
                .map(SubscriptionChange::kind)
                .toList();
    }

    /** A lease on {@code userId}'s subscription, claimed as the expiry job claims it. */
    private Lease claimedExpiry(long userId, Instant now) {
        Lease lease = Lease.fresh(now, LEASE);
        assertThat(Await.result(due().claimExpiries(now, ALL, lease)))
                .extracting(DueSubscription::userId)
                .contains(userId);
        return lease;
    }

    private Ending ending(long userId, Instant seenExpiresAt, Optional<Lease> lease, Instant now) {
        return new Ending(userId, seenExpiresAt, ChangeKind.REVOKED, Optional.of(ADMIN), Optional.empty(), lease, now);
    }

    @Test
    void redeem_startsASubscription_spendingAUse_withAHistoryLineNamingTheToken() {
        InvitationToken token = token(2);
        long id = TestIds.user();
        Instant at = t0.plusSeconds(60);

        RedemptionOutcome outcome = redeem(token, id, at);

        Subscription expected = Subscription.start(id, VipDuration.ofDays(30), at, REMINDERS);
        assertThat(outcome).isEqualTo(new RedemptionOutcome.Redeemed(expected, false, Optional.empty()));
        assertThat(stored(id)).contains(expected);
        assertThat(Await.result(subscriptions().history(id)))
                .as("a redemption has no admin behind it: the token names it")
                .containsExactly(new SubscriptionChange(
                        id,
                        ChangeKind.REDEEMED,
                        at,
                        Optional.empty(),
                        Optional.empty(),
                        expected.expiresAt(),
                        Optional.of(token.prefix())));
        assertThat(Await.result(tokens().findByHashOrPrefix(token.hash(), "!none")))
                .singleElement()
                .satisfies(found -> assertThat(found.uses()).isEqualTo(1));
    }

    @Test
    void redeem_onAnActiveSubscription_stacksOnItsExpiry() {
        long id = TestIds.user();
        Subscription before = extended(id, VipDuration.ofDays(10), t0);

        RedemptionOutcome outcome = redeem(token(1), id, t0.plusSeconds(60));

        assertThat(outcome).isInstanceOfSatisfying(RedemptionOutcome.Redeemed.class, redeemed -> {
            assertThat(redeemed.stacked()).isTrue();
            assertThat(redeemed.subscription().expiresAt())
                    .isEqualTo(before.expiresAt().plus(Duration.ofDays(30)));
        });
    }

    @Test
    void redeemingAgain_bySameUser_isAlreadyRedeemed_spendingNothing_andStackingNothing() {
        InvitationToken token = token(2);
        long id = TestIds.user();
        Subscription first = ((RedemptionOutcome.Redeemed) redeem(token, id, t0.plusSeconds(60))).subscription();

        RedemptionOutcome again = redeem(token, id, t0.plusSeconds(120));

        assertThat(again).isEqualTo(new RedemptionOutcome.AlreadyRedeemed(first, Optional.empty()));
        assertThat(stored(id)).contains(first);
        assertThat(kinds(id)).containsExactly(ChangeKind.REDEEMED);
        assertThat(redeem(token, TestIds.user(), t0.plusSeconds(180)))
                .as("the repeat spent no use, so the second one is still there")
                .isInstanceOf(RedemptionOutcome.Redeemed.class);
    }

    @Test
    void aTokenWithEveryUseTaken_isUsedUp_forSomeoneNew() {
        InvitationToken token = token(1);
        redeem(token, TestIds.user(), t0.plusSeconds(60));
        long late = TestIds.user();

        assertThat(redeem(token, late, t0.plusSeconds(120))).isEqualTo(new RedemptionOutcome.UsedUpToken());
        assertThat(stored(late)).isEmpty();
        assertThat(kinds(late)).isEmpty();
    }

    @Test
    void unknownExpiredAndRevokedTokens_areRefused_grantingNothing() {
        long id = TestIds.user();
        InvitationToken expired = token(5);
        InvitationToken revoked = token(5);
        Await.result(tokens().revoke(revoked.hash()));

        assertThat(Await.result(ledger().redeem(TokenSecret.generate(RANDOM).hash(), id, t0, REMINDERS)))
                .isEqualTo(new RedemptionOutcome.UnknownToken());
        assertThat(redeem(expired, id, expired.validUntil())).isEqualTo(new RedemptionOutcome.ExpiredToken());
        assertThat(redeem(revoked, id, t0.plusSeconds(60))).isEqualTo(new RedemptionOutcome.RevokedToken());
        assertThat(stored(id)).isEmpty();
        assertThat(kinds(id)).isEmpty();
    }

    @Test
    void extend_startsOrStacks_andALapsedSubscriptionStartsAfreshFromNow() {
        long id = TestIds.user();
        Subscription started = extended(id, VipDuration.ofDays(10), t0);
        Subscription stacked = extended(id, VipDuration.ofDays(5), t0.plus(Duration.ofDays(1)));
        Instant lapsed = t0.plus(Duration.ofDays(20));
        Subscription fresh = extended(id, VipDuration.ofDays(2), lapsed);

        assertThat(started).isEqualTo(Subscription.start(id, VipDuration.ofDays(10), t0, REMINDERS));
        assertThat(stacked.expiresAt()).isEqualTo(t0.plus(Duration.ofDays(15)));
        assertThat(stacked.periodStartedAt()).isEqualTo(t0);
        assertThat(fresh.periodStartedAt()).isEqualTo(lapsed);
        assertThat(fresh.expiresAt()).isEqualTo(lapsed.plus(Duration.ofDays(2)));
        assertThat(stored(id)).contains(fresh);
        assertThat(kinds(id)).containsExactly(ChangeKind.EXTENDED, ChangeKind.EXTENDED, ChangeKind.EXTENDED);
    }

    @Test
    void revoke_endsAnActiveSubscriptionNow_once() {
        long id = TestIds.user();
        extended(id, VipDuration.ofDays(10), t0);
        Instant at = t0.plus(Duration.ofDays(1));

        Optional<Subscription> revoked = Await.result(ledger().revoke(id, ADMIN, at));

        assertThat(revoked).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(SubscriptionStatus.REVOKED);
            assertThat(s.expiresAt()).isEqualTo(at);
        });
        assertThat(stored(id)).isEqualTo(revoked);
        assertThat(Await.result(ledger().revoke(id, ADMIN, at.plusSeconds(1)))).isEmpty();
        assertThat(Await.result(ledger().revoke(TestIds.user(), ADMIN, at))).isEmpty();
        assertThat(kinds(id)).containsExactly(ChangeKind.EXTENDED, ChangeKind.REVOKED);
    }

    @Test
    void end_endsTheSubscriptionTheCallerSaw_andDropsOneRenewedMeanwhile() {
        long id = TestIds.user();
        Subscription seen = extended(id, VipDuration.ofDays(10), t0);
        Instant at = t0.plus(Duration.ofDays(1));
        extended(id, VipDuration.ofDays(5), t0.plusSeconds(1));

        assertThat(Await.result(ledger().end(ending(id, seen.expiresAt(), Optional.empty(), at))))
                .as("renewed since the caller looked")
                .isEmpty();
        assertThat(kinds(id)).containsExactly(ChangeKind.EXTENDED, ChangeKind.EXTENDED);

        Subscription current = stored(id).orElseThrow();
        Optional<Subscription> ended =
                Await.result(ledger().end(ending(id, current.expiresAt(), Optional.empty(), at)));

        assertThat(ended).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(SubscriptionStatus.REVOKED);
            assertThat(s.expiresAt()).isEqualTo(at);
        });
        assertThat(stored(id)).isEqualTo(ended);
        assertThat(Await.result(subscriptions().history(id)).getLast())
                .isEqualTo(new SubscriptionChange(
                        id,
                        ChangeKind.REVOKED,
                        at,
                        Optional.of(ADMIN),
                        Optional.of(current.expiresAt()),
                        at,
                        Optional.empty()));
        assertThat(Await.result(ledger().end(ending(id, current.expiresAt(), Optional.empty(), at))))
                .as("ended already")
                .isEmpty();
    }

    @Test
    void end_ofASubscriptionWhoseTimeIsOver_marksItExpired() {
        long id = TestIds.user();
        Subscription seen = extended(id, VipDuration.ofDays(1), t0);
        Instant over = seen.expiresAt().plusSeconds(30);

        Optional<Subscription> ended = Await.result(ledger().end(ending(id, seen.expiresAt(), Optional.empty(), over)));

        assertThat(ended).contains(seen.expire());
    }

    @Test
    void end_underALease_isTheHoldersAlone() {
        long id = TestIds.user();
        Subscription seen = extended(id, VipDuration.ofDays(1), t0);
        Instant now = seen.expiresAt();
        Lease lease = claimedExpiry(id, now);

        assertThat(Await.result(ledger().end(ending(id, seen.expiresAt(), Optional.of(Lease.fresh(now, LEASE)), now))))
                .as("a stranger's lease")
                .isEmpty();
        assertThat(stored(id)).contains(seen);

        assertThat(Await.result(ledger().end(ending(id, seen.expiresAt(), Optional.of(lease), now))))
                .contains(seen.expire());
        assertThat(kinds(id)).containsExactly(ChangeKind.EXTENDED, ChangeKind.REVOKED);
    }

    @Test
    void expire_underTheLease_marksItExpired_withAHistoryLine_andNotForAStranger() {
        long id = TestIds.user();
        Subscription seen = extended(id, VipDuration.ofDays(1), t0);
        Instant now = seen.expiresAt().plusSeconds(5);
        Lease lease = claimedExpiry(id, now);

        assertThat(Await.result(ledger().expire(id, Lease.fresh(now, LEASE), now)))
                .isEmpty();
        assertThat(stored(id)).contains(seen);

        assertThat(Await.result(ledger().expire(id, lease, now))).contains(seen.expire());
        assertThat(stored(id)).contains(seen.expire());
        assertThat(Await.result(subscriptions().history(id)).getLast())
                .isEqualTo(new SubscriptionChange(
                        id,
                        ChangeKind.EXPIRED,
                        now,
                        Optional.empty(),
                        Optional.of(seen.expiresAt()),
                        seen.expiresAt(),
                        Optional.empty()));
        assertThat(Await.result(ledger().expire(id, lease, now)))
                .as("the lease ended with the expiry")
                .isEmpty();
    }

    @Test
    void expire_ofASubscriptionRenewedAfterTheClaim_changesNothing_butEndsTheLease() {
        long id = TestIds.user();
        Subscription seen = extended(id, VipDuration.ofDays(1), t0);
        Instant now = seen.expiresAt();
        Lease lease = claimedExpiry(id, now);
        Subscription renewed = extended(id, VipDuration.ofDays(3), now);

        assertThat(Await.result(ledger().expire(id, lease, now))).isEmpty();
        assertThat(stored(id)).contains(renewed);
        assertThat(kinds(id)).containsExactly(ChangeKind.EXTENDED, ChangeKind.EXTENDED);
    }

    @Test
    void advanceReminders_storesTheReminderSent_underTheLeaseOnly() {
        long id = TestIds.user();
        Subscription seen = extended(id, VipDuration.ofDays(30), t0);
        Instant threeDaysBefore = seen.nextReminderAt().orElseThrow();
        Lease lease = Lease.fresh(threeDaysBefore, LEASE);
        assertThat(Await.result(due().claimReminders(threeDaysBefore, ALL, lease)))
                .extracting(DueSubscription::userId)
                .contains(id);
        Subscription reminded = seen.remindedAt(Duration.ofDays(3), REMINDERS);

        assertThat(Await.result(ledger().advanceReminders(reminded, Lease.fresh(threeDaysBefore, LEASE))))
                .isFalse();
        assertThat(stored(id)).contains(seen);

        assertThat(Await.result(ledger().advanceReminders(reminded, lease))).isTrue();
        assertThat(stored(id)).contains(reminded);
        assertThat(kinds(id)).as("a reminder writes no history").containsExactly(ChangeKind.EXTENDED);
    }

    @Test
    void advanceReminders_afterAStackSinceTheClaim_storesNothing() {
        long id = TestIds.user();
        Subscription seen = extended(id, VipDuration.ofDays(30), t0);
        Instant threeDaysBefore = seen.nextReminderAt().orElseThrow();
        Lease lease = Lease.fresh(threeDaysBefore, LEASE);
        Await.result(due().claimReminders(threeDaysBefore, ALL, lease));
        Subscription stacked = extended(id, VipDuration.ofDays(30), threeDaysBefore);

        assertThat(Await.result(ledger().advanceReminders(seen.remindedAt(Duration.ofDays(3), REMINDERS), lease)))
                .isFalse();
        assertThat(stored(id)).contains(stacked);
    }
}
