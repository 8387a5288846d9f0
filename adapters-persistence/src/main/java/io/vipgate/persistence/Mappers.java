package io.vipgate.persistence;

import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.freechannel.JoinRequestStatus;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenHash;
import io.vipgate.domain.user.BotUser;
import java.time.Duration;
import java.util.Optional;

/** Maps rows to domain values and back; entities never leave this package. */
final class Mappers {

    private Mappers() {
    }

    static InvitationToken token(TokenEntity row) {
        return new InvitationToken(new TokenHash(row.hash), row.prefix, VipDuration.ofMinutes(row.grantsMinutes),
                row.maxUses, row.uses, row.mintedAt, row.validUntil, row.mintedBy, row.revoked);
    }

    static TokenEntity tokenRow(InvitationToken token) {
        TokenEntity row = new TokenEntity();
        row.hash = token.hash().hex();
        row.prefix = token.prefix();
        row.grantsMinutes = Math.toIntExact(token.grants().toMinutes());
        row.maxUses = token.maxUses();
        row.uses = token.uses();
        row.mintedAt = token.mintedAt();
        row.validUntil = token.validUntil();
        row.mintedBy = token.mintedBy();
        row.revoked = token.revoked();
        return row;
    }

    static Subscription subscription(SubscriptionEntity row) {
        return new Subscription(row.userId, SubscriptionStatus.valueOf(row.status), row.periodStartedAt,
                row.expiresAt, Optional.ofNullable(row.lastReminderSeconds).map(Duration::ofSeconds),
                Optional.ofNullable(row.nextReminderAt));
    }

    static void copy(Subscription from, SubscriptionEntity to) {
        to.userId = from.userId();
        to.status = from.status().name();
        to.periodStartedAt = from.periodStartedAt();
        to.expiresAt = from.expiresAt();
        to.lastReminderSeconds = from.lastReminder().map(Duration::toSeconds).orElse(null);
        to.nextReminderAt = from.nextReminderAt().orElse(null);
    }

    static HistoryEntity historyRow(SubscriptionChange change, Long tokenId) {
        HistoryEntity row = new HistoryEntity();
        row.userId = change.userId();
        row.kind = change.kind().name();
        row.at = change.at();
        row.actorId = change.actorId().orElse(null);
        row.tokenId = tokenId;
        row.previousExpiresAt = change.previousExpiry().orElse(null);
        row.newExpiresAt = change.newExpiry();
        return row;
    }

    static SubscriptionChange change(HistoryEntity row, String tokenPrefix) {
        return new SubscriptionChange(row.userId, ChangeKind.valueOf(row.kind), row.at,
                Optional.ofNullable(row.actorId), Optional.ofNullable(row.previousExpiresAt), row.newExpiresAt,
                Optional.ofNullable(tokenPrefix));
    }

    static BotUser user(UserEntity row) {
        return new BotUser(row.id, row.firstName, Optional.ofNullable(row.lastName),
                Optional.ofNullable(row.username), Optional.ofNullable(row.languageCode), row.reachable);
    }

    static JoinRequest joinRequest(JoinRequestEntity row) {
        return new JoinRequest(row.userId, row.chatId, row.userChatId, row.requestedAt,
                JoinRequestStatus.valueOf(row.status));
    }

    static void copy(JoinRequest from, JoinRequestEntity to) {
        to.userId = from.userId();
        to.chatId = from.chatId();
        to.userChatId = from.userChatId();
        to.requestedAt = from.requestedAt();
        to.status = from.status().name();
    }
}
