package io.vipgate.persistence.legacyimport;

import io.vipgate.application.legacyimport.port.out.ImportBatch;
import io.vipgate.application.legacyimport.port.out.ImportedSubscription;
import io.vipgate.application.legacyimport.port.out.ImportedUser;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.freechannel.JoinRequestStatus;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenSecret;
import io.vipgate.domain.user.BotUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Import batches as the legacy validation would hand them over, with fresh ids so tests share a database. */
final class LegacyBatches {

    static final long FREE_CHANNEL = -100_300L;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    private LegacyBatches() {}

    /** A 16-character token text like the legacy bot's. */
    static TokenSecret legacySecret() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            text.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return new TokenSecret(text.toString());
    }

    static ImportedUser user(long id, Instant createdAt) {
        return new ImportedUser(
                new BotUser(id, "Ana " + id, Optional.of("Pérez"), Optional.of("ana" + id), Optional.empty(), true),
                createdAt,
                createdAt.plusSeconds(90));
    }

    static ImportedSubscription active(long userId, Instant joined, Instant expiry, Instant nextReminder) {
        Subscription subscription = new Subscription(
                userId,
                SubscriptionStatus.ACTIVE,
                joined,
                expiry,
                Optional.of(Duration.ofDays(3)),
                Optional.of(nextReminder));
        return new ImportedSubscription(Optional.of(subscription), line(userId, joined, expiry));
    }

    static ImportedSubscription past(long userId, Instant joined, Instant expiry) {
        return new ImportedSubscription(Optional.empty(), line(userId, joined, expiry));
    }

    static InvitationToken token(TokenSecret secret, VipDuration grants, Instant mintedAt, long mintedBy) {
        return new InvitationToken(
                secret.hash(),
                secret.prefix(),
                grants,
                1,
                0,
                mintedAt,
                mintedAt.plus(Duration.ofHours(24)),
                mintedBy,
                false);
    }

    static JoinRequest request(long userId, Instant requestedAt) {
        return new JoinRequest(userId, FREE_CHANNEL, userId, requestedAt, JoinRequestStatus.PENDING);
    }

    static ImportBatch batch(
            List<ImportedUser> users,
            List<ImportedSubscription> subscriptions,
            List<InvitationToken> tokens,
            List<JoinRequest> requests) {
        return new ImportBatch(users, subscriptions, tokens, requests, Optional.empty());
    }

    private static SubscriptionChange line(long userId, Instant joined, Instant expiry) {
        return new SubscriptionChange(
                userId, ChangeKind.IMPORTED, joined, Optional.empty(), Optional.empty(), expiry, Optional.empty());
    }
}
