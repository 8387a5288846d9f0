package io.vipgate.persistence.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.domain.subscription.RedemptionOutcome.Redeemed;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.MintedToken;
import io.vipgate.domain.token.TokenSecret;
import io.vipgate.persistence.Tokens;
import io.vipgate.persistence.token.PostgresTokenRepositoryAdapter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Redemption, stacking, extension and revocation against a real PostgreSQL. */
@QuarkusTest
class PostgresSubscriptionLedgerAdapterTest {

    private static final ReminderSchedule REMINDERS = ReminderSchedule.DEFAULT;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresSubscriptionRepositoryAdapter subscriptions;

    @Inject
    PostgresTokenRepositoryAdapter tokens;

    @Test
    void redeemingLiveToken_startsSubscription_andWritesHistoryWithTokenPrefix() {
        MintedToken minted = Tokens.stored(tokens, VipDuration.ofDays(30), 1, now, Duration.ofDays(7));
        long user = TestIds.user();

        RedemptionOutcome outcome = Await.result(ledger.redeem(minted.token().hash(), user, now, REMINDERS));

        assertThat(outcome).isInstanceOf(Redeemed.class);
        Subscription subscription = ((Redeemed) outcome).subscription();
        assertThat(((Redeemed) outcome).stacked()).isFalse();
        assertThat(subscription.expiresAt()).isEqualTo(now.plus(Duration.ofDays(30)));
        assertThat(Await.result(subscriptions.find(user))).contains(subscription);
        List<SubscriptionChange> history = Await.result(subscriptions.history(user));
        assertThat(history).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ChangeKind.REDEEMED);
            assertThat(line.tokenPrefix()).contains(minted.secret().prefix());
            assertThat(line.previousExpiry()).isEmpty();
            assertThat(line.newExpiry()).isEqualTo(subscription.expiresAt());
        });
    }

    @Test
    void aSecondRedemptionOfTheSameTokenByTheSameUser_isAlreadyRedeemed_spendingAndStackingNothing() {
        MintedToken minted = Tokens.stored(tokens, VipDuration.ofDays(30), 3, now, Duration.ofDays(7));
        long user = TestIds.user();
        Redeemed first = (Redeemed) Await.result(ledger.redeem(minted.token().hash(), user, now, REMINDERS));

        RedemptionOutcome again =
                Await.result(ledger.redeem(minted.token().hash(), user, now.plusSeconds(90), REMINDERS));

        assertThat(again)
                .isInstanceOfSatisfying(
                        RedemptionOutcome.AlreadyRedeemed.class,
                        already -> assertThat(already.subscription()).isEqualTo(first.subscription()));
        assertThat(Await.result(subscriptions.history(user))).hasSize(1);
        assertThat(Await.result(tokens.findByHashOrPrefix(
                        minted.token().hash(), minted.secret().prefix())))
                .singleElement()
                .satisfies(token -> assertThat(token.uses()).isEqualTo(1));
        assertThat(Await.result(ledger.redeem(minted.token().hash(), TestIds.user(), now, REMINDERS)))
                .as("another user still gets a use")
                .isInstanceOf(Redeemed.class);
    }

    @Test
    void redeemingWhileActive_stacksOnCurrentExpiry() {
        long user = TestIds.user();
        Instant firstExpiry =
                redeem(user, VipDuration.ofDays(10), now).subscription().expiresAt();

        Redeemed second = redeem(user, VipDuration.ofDays(5), now.plus(Duration.ofDays(1)));

        assertThat(second.stacked()).isTrue();
        assertThat(second.subscription().expiresAt()).isEqualTo(firstExpiry.plus(Duration.ofDays(5)));
        assertThat(Await.result(subscriptions.history(user)))
                .extracting(SubscriptionChange::previousExpiry)
                .containsExactly(Optional.empty(), Optional.of(firstExpiry));
    }

    @Test
    void redeemingAfterExpiry_startsFromNow() {
        long user = TestIds.user();
        redeem(user, VipDuration.ofDays(1), now.minus(Duration.ofDays(3)));

        Redeemed renewed = redeem(user, VipDuration.ofDays(2), now);

        assertThat(renewed.stacked()).isFalse();
        assertThat(renewed.subscription().expiresAt()).isEqualTo(now.plus(Duration.ofDays(2)));
        assertThat(renewed.subscription().periodStartedAt()).isEqualTo(now);
    }

    @Test
    void unknownExpiredRevokedAndUsedTokens_eachGetTheirOwnAnswer() {
        long user = TestIds.user();
        MintedToken expired =
                Tokens.stored(tokens, VipDuration.ofDays(1), 1, now.minus(Duration.ofDays(8)), Duration.ofDays(7));
        MintedToken revoked = Tokens.stored(tokens, VipDuration.ofDays(1), 1, now, Duration.ofDays(7));
        Await.result(tokens.revoke(revoked.token().hash()));
        MintedToken used = Tokens.stored(tokens, VipDuration.ofDays(1), 1, now, Duration.ofDays(7));
        Await.result(ledger.redeem(used.token().hash(), TestIds.user(), now, REMINDERS));

        assertThat(Await.result(ledger.redeem(
                        TokenSecret.generate(new java.util.Random()).hash(), user, now, REMINDERS)))
                .isInstanceOf(RedemptionOutcome.UnknownToken.class);
        assertThat(Await.result(ledger.redeem(expired.token().hash(), user, now, REMINDERS)))
                .isInstanceOf(RedemptionOutcome.ExpiredToken.class);
        assertThat(Await.result(ledger.redeem(revoked.token().hash(), user, now, REMINDERS)))
                .isInstanceOf(RedemptionOutcome.RevokedToken.class);
        assertThat(Await.result(ledger.redeem(used.token().hash(), user, now, REMINDERS)))
                .isInstanceOf(RedemptionOutcome.UsedUpToken.class);
        assertThat(Await.result(subscriptions.find(user))).isEmpty();
    }

    @Test
    void tokenWhoseValidityEndsAtTheMomentOfRedemption_isExpired() {
        MintedToken minted = Tokens.stored(tokens, VipDuration.ofDays(1), 1, now, Duration.ofDays(7));

        RedemptionOutcome outcome = Await.result(ledger.redeem(
                minted.token().hash(), TestIds.user(), minted.token().validUntil(), REMINDERS));

        assertThat(outcome).isInstanceOf(RedemptionOutcome.ExpiredToken.class);
    }

    @Test
    void extend_grantsTimeToUnknownUser_andStacksForActiveOne() {
        long user = TestIds.user();

        Subscription first = Await.result(ledger.extend(user, VipDuration.ofDays(3), 7L, now, REMINDERS));
        Subscription second = Await.result(ledger.extend(user, VipDuration.ofDays(2), 7L, now, REMINDERS));

        assertThat(first.expiresAt()).isEqualTo(now.plus(Duration.ofDays(3)));
        assertThat(second.expiresAt()).isEqualTo(now.plus(Duration.ofDays(5)));
        assertThat(Await.result(subscriptions.history(user))).allSatisfy(line -> {
            assertThat(line.kind()).isEqualTo(ChangeKind.EXTENDED);
            assertThat(line.actorId()).contains(7L);
        });
    }

    @Test
    void revoke_endsActiveSubscriptionNow_andIsEmptyForNonSubscriber() {
        long user = TestIds.user();
        Await.result(ledger.extend(user, VipDuration.ofDays(3), 7L, now, REMINDERS));

        Optional<Subscription> revoked = Await.result(ledger.revoke(user, 7L, now.plusSeconds(60)));

        assertThat(revoked).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(SubscriptionStatus.REVOKED);
            assertThat(s.expiresAt()).isEqualTo(now.plusSeconds(60));
        });
        assertThat(Await.result(subscriptions.find(user)).orElseThrow().status())
                .isEqualTo(SubscriptionStatus.REVOKED);
        assertThat(Await.result(ledger.revoke(user, 7L, now.plusSeconds(61)))).isEmpty();
        assertThat(Await.result(ledger.revoke(TestIds.user(), 7L, now))).isEmpty();
        assertThat(Await.result(subscriptions.history(user)))
                .extracting(SubscriptionChange::kind)
                .containsExactly(ChangeKind.EXTENDED, ChangeKind.REVOKED);
    }

    private Redeemed redeem(long user, VipDuration grants, Instant at) {
        MintedToken minted = Tokens.stored(tokens, grants, 1, at, Duration.ofDays(7));
        return (Redeemed) Await.result(ledger.redeem(minted.token().hash(), user, at, REMINDERS));
    }
}
