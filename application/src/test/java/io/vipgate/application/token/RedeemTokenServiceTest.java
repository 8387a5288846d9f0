package io.vipgate.application.token;

import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Fixtures.USER;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.CountingRedemptionAttempts;
import io.vipgate.application.fakes.FakeVipChannel;
import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemorySubscriptionLedger;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryTokenRepository;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.domain.subscription.RedemptionOutcome.Redeemed;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.TokenSecret;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code /start <token>}: rate limit, atomic redemption, then the personal invite link. */
class RedeemTokenServiceTest {

    private static final TokenSecret SECRET = new TokenSecret("AAECAwQFBgcICQoLDA0ODw");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryTokenRepository tokens = new InMemoryTokenRepository();
    private final InMemorySubscriptionRepository subscriptions =
            new InMemorySubscriptionRepository(new InMemoryUserRepository());
    private final InMemorySubscriptionLedger ledger = new InMemorySubscriptionLedger(tokens, subscriptions);
    private final CountingRedemptionAttempts attempts = new CountingRedemptionAttempts(3, Duration.ofMinutes(15));
    private final FakeVipChannel channel = new FakeVipChannel();
    private BotPolicy policy = Fixtures.POLICY;

    private RedemptionOutcome redeem(long userId, String text) {
        return join(new RedeemTokenService(
                        ledger,
                        attempts,
                        io.vipgate.application.fakes.Gates.links(
                                subscriptions,
                                channel,
                                new io.vipgate.application.fakes.InMemoryInviteLinks(),
                                policy,
                                clock),
                        policy,
                        clock)
                .redeem(userId, "Ana", text));
    }

    @Test
    void aLiveToken_startsVip_andCarriesAPersonalInviteLink() {
        tokens.replace(Fixtures.token(SECRET, 30, 1));
        clock.advance(Duration.ofHours(2));

        Redeemed redeemed = (Redeemed) redeem(USER, SECRET.value());

        assertThat(redeemed.stacked()).isFalse();
        assertThat(redeemed.subscription().expiresAt())
                .isEqualTo(clock.instant().plus(Duration.ofDays(30)));
        assertThat(subscriptions.get(USER)).contains(redeemed.subscription());
        assertThat(tokens.get(SECRET.hash()).orElseThrow().uses()).isEqualTo(1);
        assertThat(channel.linkRequests())
                .containsExactly(new FakeVipChannel.LinkRequest(
                        USER, "Ana", clock.instant().plus(Duration.ofHours(1))));
        assertThat(redeemed.inviteLink()).hasValueSatisfying(link -> {
            assertThat(link.url()).startsWith("https://t.me/+");
            assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        });
        assertThat(attempts.failures(USER)).isZero();
    }

    @Test
    void aRedeliveredRedemption_ofATokenThisUserRedeemed_spendsAndStacksNothing_andGivesTheLinkAgain() {
        tokens.replace(Fixtures.token(SECRET, 30, 3));
        Redeemed first = (Redeemed) redeem(USER, SECRET.value());
        clock.advance(Duration.ofMinutes(5));

        RedemptionOutcome again = redeem(USER, SECRET.value());

        assertThat(again).isInstanceOfSatisfying(RedemptionOutcome.AlreadyRedeemed.class, already -> {
            assertThat(already.subscription()).isEqualTo(first.subscription());
            assertThat(already.inviteLink())
                    .hasValueSatisfying(link -> assertThat(link.expiresAt())
                            .isEqualTo(clock.instant().plus(Duration.ofHours(1))));
        });
        assertThat(tokens.get(SECRET.hash()).orElseThrow().uses())
                .as("the other uses are left")
                .isEqualTo(1);
        assertThat(channel.linkRequests()).hasSize(2);
        assertThat(attempts.failures(USER)).isZero();
    }

    @Test
    void aRedeliveredRedemption_whenTelegramCannotMintALinkNow_stillSaysItIsYours() {
        tokens.replace(Fixtures.token(SECRET, 30, 1));
        redeem(USER, SECRET.value());
        channel.failLinks();

        assertThat(redeem(USER, SECRET.value()))
                .isInstanceOfSatisfying(
                        RedemptionOutcome.AlreadyRedeemed.class,
                        already -> assertThat(already.inviteLink()).isEmpty());
        assertThat(redeem(USER + 1, SECRET.value()))
                .as("another user: used up")
                .isInstanceOf(RedemptionOutcome.UsedUpToken.class);
    }

    @Test
    void redeemingWhileActive_stacksOnCurrentExpiry() {
        subscriptions.put(Fixtures.subscription(USER, T0, 5));
        tokens.replace(Fixtures.token(SECRET, 30, 1));
        clock.advance(Duration.ofDays(1));

        Redeemed redeemed = (Redeemed) redeem(USER, SECRET.value());

        assertThat(redeemed.stacked()).isTrue();
        assertThat(redeemed.subscription().expiresAt()).isEqualTo(T0.plus(Duration.ofDays(35)));
    }

    @Test
    void inviteLinkExpiry_isNowPlusThePolicyLifetime() {
        policy = Fixtures.policy(Duration.ofDays(7), Duration.ofMinutes(90));
        tokens.replace(Fixtures.token(SECRET, 30, 1));
        clock.advance(Duration.ofMinutes(17));

        Redeemed redeemed = (Redeemed) redeem(USER, SECRET.value());

        assertThat(redeemed.inviteLink().orElseThrow().expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(107)));
        assertThat(channel.linkRequests().getFirst().expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(107)));
    }

    @Test
    void whenTelegramCannotMintALink_theRedemptionStandsWithoutOne() {
        tokens.replace(Fixtures.token(SECRET, 30, 1));
        channel.failLinks();

        RedemptionOutcome outcome = redeem(USER, SECRET.value());

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Redeemed.class, r -> assertThat(r.inviteLink()).isEmpty());
        assertThat(subscriptions.get(USER)).isPresent();
        assertThat(channel.linkRequests()).hasSize(1);
        assertThat(attempts.failures(USER)).isZero();
    }

    @Test
    void aRateLimitedUser_neverReachesTheLedger() {
        tokens.replace(Fixtures.token(SECRET, 30, 1));
        for (int i = 0; i < 3; i++) {
            attempts.recordFailure(USER);
        }

        RedemptionOutcome outcome = redeem(USER, SECRET.value());

        assertThat(outcome).isEqualTo(new RedemptionOutcome.TooManyAttempts(Duration.ofMinutes(15)));
        assertThat(ledger.redeemCalls()).isZero();
        assertThat(tokens.get(SECRET.hash()).orElseThrow().uses()).isZero();
        assertThat(channel.linkRequests()).isEmpty();
        assertThat(attempts.failures(USER)).isEqualTo(3);
    }

    @Test
    void malformedText_isAnUnknownToken_countsAsAFailure_andNeverReachesTheLedger() {
        String[] garbage = {"hello world", "", "short", "AAECAwQFBgcI+QoLDA0ODw", "x".repeat(65), null};
        for (int i = 0; i < garbage.length; i++) {
            long userId = 100L + i;
            assertThat(redeem(userId, garbage[i])).as("%s", garbage[i]).isEqualTo(new RedemptionOutcome.UnknownToken());
            assertThat(attempts.failures(userId)).isEqualTo(1);
        }
        assertThat(ledger.redeemCalls()).isZero();
    }

    @Test
    void repeatedFailures_blockTheUser_evenForAGoodTokenAfterwards() {
        tokens.replace(Fixtures.token(SECRET, 30, 1));
        for (int i = 0; i < 3; i++) {
            assertThat(redeem(USER, "guess" + i)).isEqualTo(new RedemptionOutcome.UnknownToken());
        }
        assertThat(redeem(USER, SECRET.value())).isInstanceOf(RedemptionOutcome.TooManyAttempts.class);
        assertThat(tokens.get(SECRET.hash()).orElseThrow().uses()).isZero();
    }

    @Test
    void aWellFormedButUnknownToken_isUnknown_andRecordedAsAFailure() {
        assertThat(redeem(USER, SECRET.value())).isEqualTo(new RedemptionOutcome.UnknownToken());
        assertThat(ledger.redeemCalls()).isEqualTo(1);
        assertThat(attempts.failures(USER)).isEqualTo(1);
    }

    @Test
    void expiredRevokedAndUsedUpTokens_eachGetTheirAnswer_andCountAsFailures() {
        tokens.replace(Fixtures.token(SECRET, 30, 1).revokedNow());
        assertThat(redeem(USER, SECRET.value())).isEqualTo(new RedemptionOutcome.RevokedToken());

        TokenSecret expiring = new TokenSecret("expiringTOKEN_0000000a");
        tokens.replace(Fixtures.token(expiring, 30, 1));
        clock.advance(Duration.ofDays(7));
        assertThat(redeem(USER, expiring.value())).isEqualTo(new RedemptionOutcome.ExpiredToken());

        assertThat(attempts.failures(USER)).isEqualTo(2);
        assertThat(subscriptions.get(USER)).isEmpty();
        assertThat(channel.linkRequests()).isEmpty();
    }

    @Test
    void aSingleUseToken_hasOneWinner_theNextUserIsToldItIsUsedUp() {
        tokens.replace(Fixtures.token(SECRET, 30, 1));

        assertThat(redeem(100L, SECRET.value())).isInstanceOf(Redeemed.class);
        assertThat(redeem(200L, SECRET.value())).isEqualTo(new RedemptionOutcome.UsedUpToken());

        assertThat(subscriptions.get(200L)).isEmpty();
        assertThat(attempts.failures(100L)).isZero();
        assertThat(attempts.failures(200L)).isEqualTo(1);
    }

    @Test
    void theSubscriptionFollowsThePolicyReminders() {
        policy = new BotPolicy(
                Set.of(), ReminderSchedule.of(List.of(VipDuration.ofDays(2))), Duration.ofDays(7), Duration.ofHours(1));
        tokens.replace(Fixtures.token(SECRET, 30, 1));
        Redeemed redeemed = (Redeemed) redeem(USER, SECRET.value());
        assertThat(redeemed.subscription().nextReminderAt())
                .contains(redeemed.subscription().expiresAt().minus(Duration.ofDays(2)));
    }
}
