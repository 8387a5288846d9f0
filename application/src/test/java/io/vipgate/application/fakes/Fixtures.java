package io.vipgate.application.fakes;

import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Shared test values: a start instant, a policy and ready-made subscriptions and tokens. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    public static final long ADMIN = 1L;
    public static final long USER = 42L;
    public static final BotPolicy POLICY = policy(Duration.ofDays(7), Duration.ofHours(1));

    private Fixtures() {}

    public static BotPolicy policy(Duration tokenValidity, Duration inviteLinkLifetime) {
        return new BotPolicy(Set.of(ADMIN), ReminderSchedule.DEFAULT, tokenValidity, inviteLinkLifetime);
    }

    /** A subscription started at {@code startedAt} for {@code days} days. */
    public static Subscription subscription(long userId, Instant startedAt, long days) {
        return Subscription.start(userId, VipDuration.ofDays(days), startedAt, ReminderSchedule.DEFAULT);
    }

    public static InvitationToken token(TokenSecret secret, long days, int maxUses) {
        return InvitationToken.mint(secret, VipDuration.ofDays(days), maxUses, Duration.ofDays(7), ADMIN, T0);
    }
}
