package io.vipgate.persistence.freechannel;

import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.freechannel.JoinRequestStatus;

/** Maps join-request rows to domain join requests and back. */
public final class JoinRequestMappers {

    private JoinRequestMappers() {}

    public static JoinRequest joinRequest(JoinRequestEntity row) {
        return new JoinRequest(
                row.userId, row.chatId, row.userChatId, row.requestedAt, JoinRequestStatus.valueOf(row.status));
    }

    public static void copy(JoinRequest from, JoinRequestEntity to) {
        to.userId = from.userId();
        to.chatId = from.chatId();
        to.userChatId = from.userChatId();
        to.requestedAt = from.requestedAt();
        to.status = from.status().name();
    }
}
