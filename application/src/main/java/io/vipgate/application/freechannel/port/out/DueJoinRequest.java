package io.vipgate.application.freechannel.port.out;

import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.user.BotUser;
import java.util.Objects;

/** A free-channel join request the approval job has claimed, with its user. */
public record DueJoinRequest(JoinRequest request, BotUser user) {

    public DueJoinRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(user, "user");
    }

    public long userId() {
        return request.userId();
    }
}
