package io.vipgate.domain.freechannel;

import java.time.Instant;
import java.util.Objects;

/** A user's request to join the free channel; one per user, approved once the wait has passed. */
public record JoinRequest(long userId, long chatId, long userChatId, Instant requestedAt, JoinRequestStatus status) {

    public JoinRequest {
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
    }

    public static JoinRequest pending(long userId, long chatId, long userChatId, Instant now) {
        return new JoinRequest(userId, chatId, userChatId, now, JoinRequestStatus.PENDING);
    }

    /**
     * The request after Telegram sent another one for the same user: a pending request keeps its clock
     * (asking again never resets the wait); a settled one (the user left and came back) starts anew.
     */
    public JoinRequest repeated(long newUserChatId, Instant now) {
        if (status == JoinRequestStatus.PENDING) {
            return new JoinRequest(userId, chatId, newUserChatId, requestedAt, status);
        }
        return pending(userId, chatId, newUserChatId, now);
    }

    public Instant approvableAt(FreeChannelWait wait) {
        return requestedAt.plus(wait.value());
    }

    public boolean isApprovable(Instant now, FreeChannelWait wait) {
        return status == JoinRequestStatus.PENDING && !approvableAt(wait).isAfter(now);
    }

    public JoinRequest approved() {
        return new JoinRequest(userId, chatId, userChatId, requestedAt, JoinRequestStatus.APPROVED);
    }

    public JoinRequest dropped() {
        return new JoinRequest(userId, chatId, userChatId, requestedAt, JoinRequestStatus.DROPPED);
    }
}
