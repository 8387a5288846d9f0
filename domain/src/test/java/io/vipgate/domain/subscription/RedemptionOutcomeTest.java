package io.vipgate.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which answers to {@code /start <token>} count as a failed attempt for the rate limit. */
class RedemptionOutcomeTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final RedemptionOutcome.Redeemed REDEEMED = new RedemptionOutcome.Redeemed(
            Subscription.start(1L, VipDuration.ofDays(1), T0, ReminderSchedule.DEFAULT), false, Optional.empty());

    @Test
    void badTokens_areFailures() {
        assertThat(new RedemptionOutcome.UnknownToken().isFailure()).isTrue();
        assertThat(new RedemptionOutcome.ExpiredToken().isFailure()).isTrue();
        assertThat(new RedemptionOutcome.RevokedToken().isFailure()).isTrue();
        assertThat(new RedemptionOutcome.UsedUpToken().isFailure()).isTrue();
    }

    @Test
    void aRedemption_andARateLimitAnswer_areNotFailures() {
        assertThat(REDEEMED.isFailure()).isFalse();
        assertThat(new RedemptionOutcome.TooManyAttempts(Duration.ofMinutes(5)).isFailure())
                .isFalse();
    }

    @Test
    void withInviteLink_attachesTheLink_keepingTheRest() {
        InviteLink link = new InviteLink("https://t.me/+abc", T0.plusSeconds(3600));
        RedemptionOutcome.Redeemed withLink = REDEEMED.withInviteLink(link);
        assertThat(withLink.inviteLink()).contains(link);
        assertThat(withLink.subscription()).isEqualTo(REDEEMED.subscription());
        assertThat(withLink.stacked()).isEqualTo(REDEEMED.stacked());
    }
}
